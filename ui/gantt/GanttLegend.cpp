#include "gantt/GanttLegend.h"
#include <QCoreApplication>

#include <QFontMetrics>
#include <algorithm>

#include "gantt/WakeArrows.h"
#include "model/RunRecording.h"

namespace ts::ui {

GanttLegend::GanttLegend(const GanttStyle& style, const RunRecording& recording) : style_(style) {
    entries_.push_back({Swatch::Running, BlockReason::None, QCoreApplication::translate("GanttLegend", "running (thread's colour)")});
    entries_.push_back({Swatch::Ready, BlockReason::None, QCoreApplication::translate("GanttLegend", "ready, waiting for a CPU")});
    if (recording.kernel().machine().contextSwitch > 0) {
        entries_.push_back({Swatch::Switch, BlockReason::None, QCoreApplication::translate("GanttLegend", "context switch")});
    }
    const std::uint32_t seen = recording.changes().reasonsSeen();
    for (int r = 1; r <= static_cast<int>(BlockReason::Gil); ++r) {
        if (seen & (1u << r)) {
            const auto reason = static_cast<BlockReason>(r);
            entries_.push_back({Swatch::Blocked, reason,
                                QCoreApplication::translate("GanttLegend", "blocked: %1").arg(GanttStyle::reasonName(reason))});
        }
    }
    const bool timer = recording.hasTimerInterrupts();
    const bool miss = recording.hasDeadlineMisses();
    if (timer) entries_.push_back({Swatch::Timer, BlockReason::None, QCoreApplication::translate("GanttLegend", "timer interrupt")});
    if (recording.hasJobReleases()) {
        entries_.push_back({Swatch::Release, BlockReason::None, QCoreApplication::translate("GanttLegend", "job released")});
        // A deadline of its own only where one is not its period (GanttPainter::paintRelease).
        const auto& processes = recording.kernel().processes();
        if (std::any_of(processes.begin(), processes.end(),
                        [](const Process& p) { return p.period > 0 && p.deadline != p.period; })) {
            entries_.push_back({Swatch::Deadline, BlockReason::None, QCoreApplication::translate("GanttLegend", "deadline")});
        }
    }
    if (miss) entries_.push_back({Swatch::Miss, BlockReason::None, QCoreApplication::translate("GanttLegend", "deadline missed")});
    if (recording.hasWakeUps()) {
        entries_.push_back({Swatch::Wake, BlockReason::None, QCoreApplication::translate("GanttLegend", "wakes a waiting thread")});
    }
    entries_.push_back({Swatch::Cursor, BlockReason::None, QCoreApplication::translate("GanttLegend", "now")});
}

int GanttLegend::height(int width) const { return layout(nullptr, QRect(0, 0, width, 0)); }

void GanttLegend::paint(QPainter& painter, const QRect& area) const { layout(&painter, area); }

int GanttLegend::layout(QPainter* painter, const QRect& area) const {
    const QFont font = style_.smallFont();
    const QFontMetrics fm(font);
    const int rowHeight = fm.height() + 8;
    const int box = fm.height();
    int x = area.left() + 4;
    int y = area.top() + 4;
    if (painter) painter->setFont(font);
    for (const Entry& e : entries_) {
        const int w = box * 2 + 6 + fm.horizontalAdvance(e.text) + 18;
        if (x + w > area.right() && x > area.left() + 4) {
            x = area.left() + 4;
            y += rowHeight;
        }
        if (painter) {
            paintSwatch(*painter, QRect(x, y, box * 2, box), e);
            painter->setPen(style_.foreground());
            painter->drawText(QRect(x + box * 2 + 6, y, w, box), Qt::AlignVCenter | Qt::AlignLeft, e.text);
        }
        x += w;
    }
    return y + rowHeight - area.top() + 2;
}

void GanttLegend::paintSwatch(QPainter& painter, const QRect& box, const Entry& entry) const {
    painter.setPen(Qt::NoPen);
    switch (entry.swatch) {
        case Swatch::Running: {
            const int third = box.width() / 3;
            for (int i = 0; i < 3; ++i) {
                painter.fillRect(QRect(box.left() + i * third, box.top(), third, box.height()),
                                 style_.threadColour(i));
            }
            break;
        }
        case Swatch::Ready: {
            const int h = std::max(3, box.height() * 2 / 5);
            painter.fillRect(QRect(box.left(), box.center().y() - h / 2, box.width(), h),
                             style_.readyColour());
            break;
        }
        case Swatch::Switch:
            painter.fillRect(box, QColor(235, 235, 235));
            painter.fillRect(box, QBrush(QColor(60, 60, 60), Qt::BDiagPattern));
            break;
        case Swatch::Blocked:
            painter.fillRect(box, style_.blockedFill(entry.reason));
            painter.fillRect(box, style_.blockedPattern(entry.reason));
            break;
        case Swatch::Timer: {
            const QPoint c = box.center();
            const int s = box.height() / 2;
            const QPoint tri[3] = {QPoint(c.x() - s, box.top()), QPoint(c.x() + s, box.top()),
                                   QPoint(c.x(), box.top() + s + 2)};
            painter.setBrush(style_.markColour());
            painter.drawPolygon(tri, 3);
            break;
        }
        case Swatch::Release:
        case Swatch::Deadline: {
            const bool up = entry.swatch == Swatch::Release;
            const int x = box.center().x();
            const int s = std::max(3, box.height() / 3);
            painter.setPen(QPen(style_.markColour(), style_.lineWidth()));
            painter.setBrush(style_.markColour());
            painter.drawLine(x, box.top() + 1, x, box.bottom() - 1);
            const int tip = up ? box.top() : box.bottom();
            const int base = up ? tip + s : tip - s;
            const QPoint head[3] = {QPoint(x, tip), QPoint(x - s + 1, base), QPoint(x + s - 1, base)};
            painter.drawPolygon(head, 3);
            break;
        }
        case Swatch::Miss:
            painter.setPen(QPen(style_.missColour(), style_.lineWidth() + 1));
            painter.drawLine(box.topLeft() + QPoint(box.width() / 4, 0),
                             box.bottomRight() - QPoint(box.width() / 4, 0));
            painter.drawLine(box.bottomLeft() + QPoint(box.width() / 4, 0),
                             box.topRight() - QPoint(box.width() / 4, 0));
            break;
        case Swatch::Wake: {
            painter.setPen(QPen(WakeArrows::colour(), style_.lineWidth() + 1));
            painter.setBrush(WakeArrows::colour());
            const int x = box.center().x();
            painter.drawLine(x, box.top(), x, box.bottom());
            const QPoint head[3] = {QPoint(x, box.bottom()), QPoint(x - 4, box.bottom() - 7),
                                    QPoint(x + 4, box.bottom() - 7)};
            painter.drawPolygon(head, 3);
            break;
        }
        case Swatch::Cursor:
            painter.setPen(QPen(style_.cursorColour(), style_.lineWidth() + 1));
            painter.drawLine(box.center().x(), box.top(), box.center().x(), box.bottom());
            break;
    }
    painter.setBrush(Qt::NoBrush);
}

}  // namespace ts::ui
