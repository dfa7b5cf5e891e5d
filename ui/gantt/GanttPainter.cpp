#include "gantt/GanttPainter.h"
#include <QCoreApplication>

#include <QFontMetrics>
#include <algorithm>
#include <vector>

#include "gantt/GanttLegend.h"
#include "gantt/LaneBinner.h"
#include "gantt/WakeArrows.h"
#include "model/RunRecording.h"
#include "model/UnitTime.h"

namespace ts::ui {
namespace {
constexpr int kRightMargin = 12;
constexpr int kGroupGap = 10;  // between the CPU lanes and the thread lanes

int axisHeight(const GanttStyle& s) { return QFontMetrics(s.smallFont()).height() + 14; }
}  // namespace

GanttPainter::GanttPainter(const GanttStyle& style, const RunRecording& recording, int firstThread,
                           GanttParts parts)
    : style_(style), recording_(recording), labelWidth_(measureLabels()), firstThread_(std::max(0, firstThread)),
      parts_(parts) {}

QRect GanttPainter::chartRect(const QRect& area) const {
    // As paint() lays the legend out: 14 px below the lanes, 8 px in from each side (a
    // narrower legend may wrap into one more row, which must not fall off the bottom).
    const int legend = parts_.legend ? GanttLegend(style_, recording_).height(area.width() - 16) + 14 : 0;
    return QRect(area.left() + labelWidth(), area.top() + axisHeight(style_),
                 std::max(1, area.width() - labelWidth() - kRightMargin),
                 std::max(1, area.height() - axisHeight(style_) - legend));
}

GanttPainter::Lanes GanttPainter::lanes(const QRect& chart) const {
    const int cpus = recording_.cpuCount();
    const int threads = parts_.threadLanes ? recording_.threadCount() : 0;
    const int h = std::clamp((chart.height() - kGroupGap) / std::max(1, cpus + threads), style_.minLaneHeight(),
                             style_.maxLaneHeight());
    const int threadTop = chart.top() + cpus * h + kGroupGap;
    // Lanes below a readable height would tell nothing: show what fits and let the view scroll.
    const int fit = std::max(1, (chart.bottom() + 1 - threadTop) / h);
    const int shown = std::min(threads, fit);
    const int first = std::clamp(firstThread_, 0, std::max(0, threads - shown));
    return Lanes{chart.top(), h, cpus, threadTop, first, shown};
}

int GanttPainter::visibleThreadLanes(const QRect& area) const { return lanes(chartRect(area)).shown; }

QRect GanttPainter::laneRect(const QRect& area, int lane) const {
    const QRect chart = chartRect(area);
    const Lanes l = lanes(chart);
    const int y = lane < l.cpuCount ? l.top + lane * l.height : l.threadY(lane - l.cpuCount);
    return QRect(chart.left(), y, chart.width(), l.height);
}

void GanttPainter::paint(QPainter& p, const QRect& area, const TimeAxis& axis, Time cursor) const {
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(area, style_.background());
    const QRect chart = chartRect(area);
    const Lanes l = lanes(chart);
    paintAxis(p, area, QRect(chart.topLeft(), QPoint(chart.right(), l.bottom())),
              axis, cursor);
    paintLabels(p, area, l);
    p.save();
    p.setClipRect(chart);
    for (int c = 0; c < l.cpuCount; ++c) {
        paintCpuLane(p, chart, l.top + c * l.height, l.height, c, axis, cursor);
    }
    for (int t = l.first; t < l.first + l.shown; ++t) {
        paintThreadLane(p, chart, l.threadY(t), l.height, t, axis, cursor);
    }
    paintMarks(p, chart, l, axis, cursor);
    TimeAxis visible = axis;
    visible.width = chart.width();
    WakeArrows::paint(p, recording_, chart, visible, cursor, style_,
                      [&l](int tid) { return l.threadY(tid) + l.height / 2; });
    // The cursor: "now". Right of it nothing has happened yet.
    const double cx = axis.xOf(cursor);
    if (cx >= 0 && cx <= chart.width()) {
        const int x = chart.left() + static_cast<int>(cx);
        const int bottom = l.bottom();
        if (chart.right() - x > 260) {
            p.setPen(QColor(160, 160, 160));
            p.setFont(style_.smallFont());
            p.drawText(QRect(x + 10, chart.top(), chart.right() - x - 10, bottom - chart.top()),
                       Qt::AlignCenter, QCoreApplication::translate("GanttPainter", "the future: not simulated yet"));
        }
        p.setPen(QPen(style_.cursorColour(), style_.lineWidth() + 1));
        p.drawLine(x, chart.top(), x, bottom);
    }
    p.restore();
    if (!parts_.legend) return;
    const int lanesBottom = l.bottom();
    GanttLegend(style_, recording_)
        .paint(p, QRect(area.left() + 8, lanesBottom + 14, area.width() - 16,
                        std::max(0, area.bottom() - lanesBottom - 14)));
}

void GanttPainter::paintAxis(QPainter& p, const QRect& area, const QRect& chart,
                             const TimeAxis& axis, Time cursor) const {
    const QFont font = style_.smallFont();
    const QFontMetrics fm(font);
    p.setFont(font);
    const Time unit = TimeAxis::unitNs(recording_.unit());
    const int top = area.top();
    const Time step = axis.tickStep(fm.horizontalAdvance(QStringLiteral("000.000")) + 24);
    TimeAxis visible = axis;
    visible.width = chart.width();
    for (Time t : visible.ticks(fm.horizontalAdvance(QStringLiteral("000.000")) + 24)) {
        const int x = chart.left() + static_cast<int>(visible.xOf(t));
        p.setPen(style_.gridLine());
        p.drawLine(x, chart.top(), x, chart.bottom());
        p.setPen(style_.foreground());
        p.drawLine(x, chart.top() - 5, x, chart.top());
        const QString text = QString::fromStdString(TimeAxis::label(t, unit, step));
        p.drawText(QRect(x - 60, top + 2, 120, chart.top() - top - 7), Qt::AlignHCenter | Qt::AlignBottom, text);
    }
    p.drawText(QRect(area.left() + 6, top + 2, labelWidth() - 12, chart.top() - top - 7),
               Qt::AlignLeft | Qt::AlignBottom,
               QCoreApplication::translate("GanttPainter", "time (%1)").arg(QString::fromStdString(recording_.unit())));
    // The current time, boxed on the axis above the cursor line.
    const double cx = visible.xOf(cursor);
    if (cx >= 0 && cx <= chart.width()) {
        const QString now = UnitTime::format(cursor, recording_.unit());
        const int w = fm.horizontalAdvance(now) + 10;
        // Centred on the cursor, but kept whole at the chart's edges.
        const int left = std::clamp(chart.left() + static_cast<int>(cx) - w / 2, chart.left() - w / 2,
                                    area.right() - w - 2);
        const QRect box(left, top + 1, w, chart.top() - top - 4);
        p.fillRect(box, style_.cursorColour());
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, now);
    }
}

void GanttPainter::paintLabels(QPainter& p, const QRect& area, const Lanes& l) const {
    const QFont font = style_.labelFont();
    const QFontMetrics fm(font);
    p.setFont(font);
    const int width = labelWidth() - 10;
    for (int c = 0; c < l.cpuCount; ++c) {
        const QRect r(area.left() + 6, l.top + c * l.height, width, l.height);
        p.setPen(style_.foreground());
        if (l.height >= fm.height() - 4) p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("CPU %1").arg(c));
    }
    const int swatch = std::min(l.height - 4, fm.height() - 4);
    for (int t = l.first; t < l.first + l.shown; ++t) {
        const int y = l.threadY(t);
        p.fillRect(QRect(area.left() + 6, y + (l.height - swatch) / 2, swatch, swatch), style_.threadColour(t));
        if (l.height < fm.height() - 4) continue;  // too many lanes for names: colours only
        p.setPen(style_.foreground());
        const QRect r(area.left() + 10 + swatch, y, width - swatch - 4, l.height);
        p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(laneName(t), Qt::ElideRight, r.width()));
    }
}

int GanttPainter::measureLabels() const {
    // Wide enough for the longest lane name, within reason: the chart keeps most of the width.
    const QFontMetrics fm(style_.labelFont());
    int widest = 0;
    for (int t = 0; t < std::min(recording_.threadCount(), 64); ++t) {
        widest = std::max(widest, fm.horizontalAdvance(laneName(t)));
    }
    return std::clamp(widest + fm.height() + 24, style_.labelColumnWidth(), 3 * style_.labelColumnWidth() / 2 + 40);
}

QString GanttPainter::laneName(int tid) const {
    const int pid = recording_.processOf(tid);
    const auto& proc = recording_.kernel().processes()[static_cast<std::size_t>(pid)];
    const QString thread = QString::fromStdString(recording_.threadName(tid));
    // One process (a program): its threads' names say it all. Several: say whose thread it is.
    if (proc.threads.size() <= 1 || recording_.processCount() == 1) return thread;
    return QString::fromStdString(proc.name) + QLatin1Char('/') + thread;
}

void GanttPainter::paintCpuLane(QPainter& p, const QRect& chart, int y, int h, int cpu,
                                const TimeAxis& axis, Time cursor) const {
    const auto& tracks = recording_.changes().cpuTracks();
    if (static_cast<std::size_t>(cpu) >= tracks.size()) return;
    const QFont font = style_.labelFont();
    const QFontMetrics fm(font);
    p.setFont(font);
    const int inset = h >= 12 ? 2 : 0;
    TimeAxis a = axis;
    a.width = chart.width();
    LaneBinner::bin(tracks[static_cast<std::size_t>(cpu)], a, cursor,
                    [&](int x0, int x1, std::uint32_t v) {
        const auto phase = static_cast<Cpu::Phase>(v & 0xFF);
        const int tid = static_cast<int>(v >> 8) - 1;
        if (phase == Cpu::Phase::Idle || tid < 0) return;
        const QRect r(chart.left() + x0, y + inset, x1 - x0, h - 2 * inset);
        const QColor colour = style_.threadColour(tid);
        if (phase == Cpu::Phase::Switching) {
            // Overhead: nobody's work gets done. Hatched over a pale tint of the incoming thread.
            p.fillRect(r, colour.lighter(170));
            p.fillRect(r, QBrush(QColor(60, 60, 60), Qt::BDiagPattern));
            return;
        }
        p.fillRect(r, colour);
        if (h < fm.height() || r.width() < 24) return;  // no room for a name: skip measuring
        const QString name = QString::fromStdString(recording_.threadName(tid));
        if (r.width() >= fm.horizontalAdvance(name) + 6) {
            p.setPen(GanttStyle::textOn(colour));
            p.drawText(r, Qt::AlignCenter, name);
        }
    });
    p.setPen(style_.laneSeparator());
    p.drawLine(chart.left(), y + h - 1, chart.right(), y + h - 1);
}

void GanttPainter::paintThreadLane(QPainter& p, const QRect& chart, int y, int h, int tid,
                                   const TimeAxis& axis, Time cursor) const {
    const auto& tracks = recording_.changes().threadTracks();
    if (static_cast<std::size_t>(tid) >= tracks.size()) return;
    TimeAxis a = axis;
    a.width = chart.width();
    const int inset = h >= 12 ? 2 : 0;
    const int full = h - 2 * inset;
    const QColor colour = style_.threadColour(tid);
    LaneBinner::bin(tracks[static_cast<std::size_t>(tid)], a, cursor,
                    [&](int x0, int x1, std::uint32_t v) {
        const auto state = static_cast<ThreadState>(v & 0xFF);
        const auto reason = static_cast<BlockReason>((v >> 8) & 0xFF);
        const int x = chart.left() + x0;
        const int w = x1 - x0;
        switch (state) {
            case ThreadState::Running:
                p.fillRect(QRect(x, y + inset, w, full), colour);
                break;
            case ThreadState::Ready: {
                // A thin bar: present, able to run, but not given a CPU.
                const int bar = std::max(2, full * 2 / 5);
                p.fillRect(QRect(x, y + (h - bar) / 2, w, bar), style_.readyColour());
                break;
            }
            case ThreadState::Blocked: {
                const int bar = std::max(3, full * 3 / 4);
                const QRect r(x, y + (h - bar) / 2, w, bar);
                p.fillRect(r, style_.blockedFill(reason));
                p.fillRect(r, style_.blockedPattern(reason));
                break;
            }
            case ThreadState::New:
            case ThreadState::Terminated:
                break;
        }
    });
    p.setPen(style_.laneSeparator());
    p.drawLine(chart.left(), y + h - 1, chart.right(), y + h - 1);
}

void GanttPainter::paintMarks(QPainter& p, const QRect& chart, const Lanes& l,
                              const TimeAxis& axis, Time cursor) const {
    const auto& marks = recording_.trace().marks();
    TimeAxis a = axis;
    a.width = chart.width();
    const Time from = a.start;
    const Time to = std::min(a.end(), cursor);
    // A job released before the view may have its deadline in it.
    Time longestDeadline = 0;
    for (const Process& proc : recording_.kernel().processes()) {
        if (proc.period > 0) longestDeadline = std::max(longestDeadline, proc.deadline);
    }
    const auto first = std::lower_bound(marks.begin(), marks.end(), from - longestDeadline,
                                        [](const MarkEvent& m, Time t) { return m.time < t; });
    const auto last = std::upper_bound(first, marks.end(), to,
                                       [](Time t, const MarkEvent& m) { return t < m.time; });
    // Markers closer than a few pixels say nothing but "many": when zoomed far out, skip them.
    if (last - first > 3 * chart.width()) return;
    const int s = std::max(3, std::min(l.height / 4, 7));
    std::vector<int> lastX(static_cast<std::size_t>(l.cpuCount + recording_.threadCount()), -100);
    for (auto it = first; it != last; ++it) {
        const int x = chart.left() + static_cast<int>(a.xOf(it->time));
        if (it->kind == MarkEvent::Kind::JobRelease) {
            paintRelease(p, chart, l, a, *it, s);
            continue;
        }
        if (it->time < from) continue;
        if (it->kind == MarkEvent::Kind::TimerInterrupt) {
            int& seen = lastX[static_cast<std::size_t>(it->arg)];
            if (x - seen < 2) continue;
            seen = x;
            const int top = l.top + it->arg * l.height;
            const QPoint tri[3] = {QPoint(x - s, top), QPoint(x + s, top), QPoint(x, top + s + 1)};
            p.setPen(Qt::NoPen);
            p.setBrush(style_.markColour());
            p.drawPolygon(tri, 3);
            p.setBrush(Qt::NoBrush);
        } else if (it->kind == MarkEvent::Kind::DeadlineMiss) {
            const auto& proc = recording_.kernel().processes()[static_cast<std::size_t>(it->id)];
            if (proc.threads.empty() || !l.showsThread(proc.threads.front())) continue;
            const int cy = l.threadY(proc.threads.front()) + l.height / 2;
            p.setPen(QPen(style_.missColour(), style_.lineWidth() + 1));
            p.drawLine(x - s, cy - s, x + s, cy + s);
            p.drawLine(x - s, cy + s, x + s, cy - s);
        }
    }
}

void GanttPainter::paintRelease(QPainter& p, const QRect& chart, const Lanes& l, const TimeAxis& a,
                                const MarkEvent& release, int s) const {
    // Real-time diagrams' notation: an arrow up where a job is released; an arrow down at its
    // deadline, drawn only where the deadline is not the next release (which has its arrow).
    const auto& proc = recording_.kernel().processes()[static_cast<std::size_t>(release.id)];
    if (proc.threads.empty() || !l.showsThread(proc.threads.front())) return;
    const int top = l.threadY(proc.threads.front()) + 1;
    const int length = std::min(3 * s, l.height / 2);
    p.setPen(QPen(style_.markColour(), style_.lineWidth()));
    p.setBrush(style_.markColour());
    if (release.time >= a.start) {
        const int x = chart.left() + static_cast<int>(a.xOf(release.time));
        p.drawLine(x, top + 2, x, top + length);
        const QPoint head[3] = {QPoint(x, top), QPoint(x - s + 1, top + s), QPoint(x + s - 1, top + s)};
        p.drawPolygon(head, 3);
    }
    const Time deadline = release.time + proc.deadline;
    if (proc.deadline != proc.period && deadline >= a.start && deadline <= a.end()) {
        const int x = chart.left() + static_cast<int>(a.xOf(deadline));
        p.drawLine(x, top, x, top + length - 2);
        const QPoint head[3] = {QPoint(x, top + length), QPoint(x - s + 1, top + length - s),
                                QPoint(x + s - 1, top + length - s)};
        p.drawPolygon(head, 3);
    }
    p.setBrush(Qt::NoBrush);
}

}  // namespace ts::ui
