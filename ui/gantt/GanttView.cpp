#include "gantt/GanttView.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

#include "gantt/GanttPainter.h"
#include "model/RunRecording.h"
#include "model/UnitTime.h"
#include "panels/TableCells.h"

namespace ts::ui {

GanttView::GanttView(QWidget* parent) : QWidget(parent), lanesBar_(new QScrollBar(Qt::Vertical, this)) {
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(400, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    lanesBar_->hide();
    lanesBar_->setToolTip(tr("Scroll the thread lanes (Shift+wheel, Page Up/Down)"));
    connect(lanesBar_, &QScrollBar::valueChanged, this, [this](int v) {
        firstThread_ = v;
        update();
    });
}

void GanttView::setRecording(const RunRecording* recording) {
    recording_ = recording;
    cursor_ = 0;
    userZoomed_ = false;
    firstThread_ = 0;
    updateScrollBar();
    fit();
}

void GanttView::setCursor(Time t) {
    cursor_ = t;
    keepCursorVisible();
    // Threads appear as a program starts them: the lanes may now overflow.
    updateScrollBar();
    update();
}

QRect GanttView::chartArea() const {
    QRect area = rect();
    if (lanesBar_->isVisibleTo(this)) area.setRight(area.right() - lanesBar_->width());
    return area;
}

void GanttView::updateScrollBar() {
    if (!recording_) {
        lanesBar_->hide();
        return;
    }
    const int threads = recording_->threadCount();
    // Measured on the whole width first: the bar appears only when the lanes do not fit there.
    const int shownFull = GanttPainter(style_, *recording_).visibleThreadLanes(rect());
    const bool needed = shownFull < threads;
    if (needed != lanesBar_->isVisibleTo(this)) {
        lanesBar_->setVisible(needed);
        lanesBar_->setGeometry(width() - lanesBar_->sizeHint().width(), 0, lanesBar_->sizeHint().width(), height());
    }
    if (!needed) {
        if (firstThread_ != 0) firstThread_ = 0;
        return;
    }
    const int shown = GanttPainter(style_, *recording_).visibleThreadLanes(chartArea());
    lanesBar_->setRange(0, threads - shown);
    lanesBar_->setPageStep(shown);
    lanesBar_->setSingleStep(1);
    lanesBar_->setValue(std::min(firstThread_, threads - shown));
}

void GanttView::scrollThreadLanes(int first) {
    updateScrollBar();
    if (lanesBar_->isVisibleTo(this)) lanesBar_->setValue(first);
}

void GanttView::setStyle(const GanttStyle& style) {
    style_ = style;
    updateScrollBar();
    update();
}

Time GanttView::fitEnd() const {
    if (!recording_) return 100 * kMillisecond;
    if (recording_->complete()) return std::max<Time>(recording_->endTime(), 1);
    // While the run is still being recorded, show the cursor with room ahead of it.
    const Time unit = TimeAxis::unitNs(recording_->unit());
    return std::max(cursor_ + cursor_ / 4, 20 * unit);
}

void GanttView::fit() {
    userZoomed_ = false;
    axis_ = axisFor(chartArea());
    axis_.fit(0, fitEnd(), axis_.width);
    update();
}

void GanttView::zoom(double factor) {
    userZoomed_ = true;
    axis_.zoomAround(axis_.xOf(cursor_) >= 0 && axis_.xOf(cursor_) <= axis_.width
                         ? axis_.xOf(cursor_) : axis_.width / 2.0, factor);
    update();
}

TimeAxis GanttView::axisFor(const QRect& area) const {
    TimeAxis a = axis_;
    if (recording_) a.width = GanttPainter(style_, *recording_, firstThread_).chartRect(area).width();
    return a;
}

void GanttView::keepCursorVisible() {
    if (!recording_) return;
    if (!userZoomed_) {
        // Not zoomed by hand: the whole run fits. An unfinished run pages: when the cursor
        // nears the right edge the span doubles, rather than rescaling at every frame.
        if (recording_->complete()) {
            axis_.fit(0, fitEnd(), axis_.width);
        } else if (cursor_ > axis_.start + static_cast<Time>(axis_.nsPerPixel * axis_.width * 0.9)) {
            axis_.fit(0, std::max(2 * cursor_, fitEnd()), axis_.width);
        }
        return;
    }
    const double x = axis_.xOf(cursor_);
    if (x < 0 || x > axis_.width) axis_.start = cursor_ - static_cast<Time>(axis_.nsPerPixel * axis_.width * 0.8);
}

void GanttView::render(QPainter& painter, const QRect& area) const {
    if (!recording_) {
        painter.fillRect(area, style_.background());
        painter.drawText(area, Qt::AlignCenter, tr("Open a scenario (Ctrl+O)"));
        return;
    }
    // An export may be another size than the widget: keep the same time span across it.
    TimeAxis a = axisFor(area);
    a.nsPerPixel = axis_.nsPerPixel * axis_.width / std::max(1, a.width);
    GanttPainter(style_, *recording_, firstThread_).paint(painter, area, a, cursor_);
}

QString GanttView::describeAt(const QPoint& pos) const {
    if (!recording_) return {};
    const GanttPainter painter(style_, *recording_, firstThread_);
    const QRect chart = painter.chartRect(chartArea());
    const Time t = axis_.timeAt(pos.x() - chart.left());
    if (!chart.contains(pos) || t < 0 || t > cursor_) return {};
    const int cpus = recording_->cpuCount();
    const int lanes = cpus + recording_->threadCount();
    int lane = 0;
    while (lane < lanes && !painter.laneRect(chartArea(), lane).contains(pos)) ++lane;
    if (lane == lanes) return {};
    const ChangeLog& log = recording_->changes();
    const StepTrack& track = lane < cpus ? log.cpuTracks()[static_cast<std::size_t>(lane)]
                                         : log.threadTracks()[static_cast<std::size_t>(lane - cpus)];
    const std::size_t i = track.indexAt(t);
    if (i >= track.size()) return {};
    const std::string& unit = recording_->unit();
    const Time until = i + 1 < track.size() ? std::min(track.timeAt(i + 1), cursor_) : cursor_;
    const QString span = tr("from %1 to %2").arg(UnitTime::format(track.timeAt(i), unit),
                                                  UnitTime::format(until, unit));
    const std::uint32_t v = track.valueAt(i);
    if (lane < cpus) {
        const int tid = static_cast<int>(v >> 8) - 1;
        const auto phase = static_cast<Cpu::Phase>(v & 0xFF);
        const QString who = QString::fromStdString(recording_->threadName(tid));
        if (phase == Cpu::Phase::Idle) return tr("CPU %1: idle %2").arg(lane).arg(span);
        if (phase == Cpu::Phase::Switching) return tr("CPU %1: switching context to %2 %3").arg(lane).arg(who, span);
        return tr("CPU %1: runs %2 %3").arg(lane).arg(who, span);
    }
    const QString who = QString::fromStdString(recording_->threadName(lane - cpus));
    const auto state = static_cast<ThreadState>(v & 0xFF);
    const auto reason = static_cast<BlockReason>((v >> 8) & 0xFF);
    const QString what = state == ThreadState::Blocked
                             ? tr("blocked (%1)").arg(GanttStyle::reasonName(reason))
                             : TableCells::threadStateText(state);
    return tr("%1: %2 %3").arg(who, what, span);
}

bool GanttView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void GanttView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    render(painter, chartArea());
}

void GanttView::resizeEvent(QResizeEvent*) {
    const Time end = axis_.end();
    lanesBar_->setGeometry(width() - lanesBar_->sizeHint().width(), 0, lanesBar_->sizeHint().width(), height());
    updateScrollBar();
    axis_ = axisFor(chartArea());
    if (userZoomed_) axis_.fit(axis_.start, end, axis_.width);
    else axis_.fit(0, fitEnd(), axis_.width);
}

void GanttView::wheelEvent(QWheelEvent* event) {
    // Some platforms turn Shift+wheel into a horizontal wheel: either axis scrolls the lanes.
    const QPoint delta = event->angleDelta();
    const double steps = (delta.y() != 0 ? delta.y() : delta.x()) / 120.0;
    if (steps == 0 || !recording_) return;
    if (event->modifiers() & Qt::ShiftModifier) {
        if (lanesBar_->isVisibleTo(this)) lanesBar_->setValue(lanesBar_->value() - static_cast<int>(std::lround(3 * steps)));
        return;
    }
    const QRect chart = GanttPainter(style_, *recording_, firstThread_).chartRect(chartArea());
    userZoomed_ = true;
    axis_.zoomAround(event->position().x() - chart.left(), std::pow(1.25, steps));
    update();
}

void GanttView::mousePressEvent(QMouseEvent* event) {
    pressAt_ = lastDrag_ = event->pos();
    dragging_ = false;
}

void GanttView::mouseMoveEvent(QMouseEvent* event) {
    if (!(event->buttons() & Qt::LeftButton)) return;
    if (!dragging_ && (event->pos() - pressAt_).manhattanLength() < 4) return;
    dragging_ = true;
    userZoomed_ = true;
    axis_.panPixels(event->pos().x() - lastDrag_.x());
    lastDrag_ = event->pos();
    update();
}

void GanttView::mouseReleaseEvent(QMouseEvent* event) {
    if (dragging_ || !recording_) return;
    const QRect chart = GanttPainter(style_, *recording_, firstThread_).chartRect(chartArea());
    if (!chart.contains(event->pos())) return;
    emit timeClicked(std::max<Time>(0, axis_.timeAt(event->pos().x() - chart.left())));
}

void GanttView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoom(1.5); break;
        case Qt::Key_Minus: zoom(1 / 1.5); break;
        case Qt::Key_F: fit(); break;
        case Qt::Key_PageDown: lanesBar_->setValue(lanesBar_->value() + lanesBar_->pageStep()); break;
        case Qt::Key_PageUp: lanesBar_->setValue(lanesBar_->value() - lanesBar_->pageStep()); break;
        default: QWidget::keyPressEvent(event);
    }
}

}  // namespace ts::ui
