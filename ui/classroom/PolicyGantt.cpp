#include "classroom/PolicyGantt.h"

#include <QFontMetrics>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

#include "classroom/SharedTimeAxis.h"
#include "gantt/GanttPainter.h"
#include "model/RunRecording.h"
#include "model/UnitTime.h"

namespace ts::ui {
namespace {

// The painter's gap between the CPU lanes and the thread lanes, and the axis row above them.
constexpr int kGroupGap = 10;
int axisRowHeight(const GanttStyle& style) { return QFontMetrics(style.smallFont()).height() + 14; }

}  // namespace

PolicyGantt::PolicyGantt(const RunRecording& recording, const ComparisonRow& row, SharedTimeAxis& axis,
                         QWidget* parent)
    : QWidget(parent), recording_(recording), row_(row), axis_(axis) {
    keepHeight();
    setToolTip(tr("Wheel: zoom every chart; drag: pan; double click: fit the whole comparison"));
    connect(&axis_, &SharedTimeAxis::changed, this, qOverload<>(&QWidget::update));
}

void PolicyGantt::setGanttStyle(const GanttStyle& style) {
    style_ = style;
    keepHeight();
}

void PolicyGantt::setThreadLanes(bool shown) {
    threadLanes_ = shown;
    keepHeight();
}

void PolicyGantt::keepHeight() {
    // A fixed height, so that many policies scroll in the window instead of squeezing the lanes.
    setFixedHeight(sizeHint().height());
    update();
}

QString PolicyGantt::heading() const {
    const std::string unit = recording_.unit();
    const auto time = [&unit](const std::optional<Time>& t) {
        return t ? UnitTime::format(*t, unit) : QStringLiteral("-");
    };
    return tr("%1    average waiting %2    turnaround %3    response %4    context switches %5")
        .arg(QString::fromStdString(row_.label), time(row_.averages.waiting), time(row_.averages.turnaround),
             time(row_.averages.response), QString::number(row_.contextSwitches));
}

int PolicyGantt::headingHeight() const { return QFontMetrics(style_.labelFont()).height() + 10; }

QRect PolicyGantt::ganttArea() const { return rect().adjusted(0, headingHeight(), 0, 0); }

QRect PolicyGantt::chartRect() const {
    const GanttPainter painter(style_, recording_, 0, GanttParts{threadLanes_, false});
    return painter.chartRect(ganttArea());
}

QSize PolicyGantt::sizeHint() const {
    const int cpuLane = style_.maxLaneHeight() / 2;
    const int threadLane = style_.minLaneHeight() + 4;
    const int lanes = recording_.cpuCount() * cpuLane + kGroupGap +
                      (threadLanes_ ? recording_.threadCount() * threadLane : 0);
    return {800, headingHeight() + axisRowHeight(style_) + lanes + 6};
}

void PolicyGantt::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), style_.background());
    QFont bold = style_.labelFont();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(style_.foreground());
    p.drawText(rect().adjusted(8, 4, -8, 0).intersected(QRect(0, 0, width(), headingHeight())),
               Qt::AlignLeft | Qt::AlignVCenter, heading());
    const GanttPainter painter(style_, recording_, 0, GanttParts{threadLanes_, false});
    TimeAxis axis = axis_.axis();
    axis.width = painter.chartRect(ganttArea()).width();
    // kNever as "now": a finished run has no future to hide.
    painter.paint(p, ganttArea(), axis, kNever);
    // Where this run ended, when it ended before the longest one.
    const double endX = axis.xOf(recording_.endTime());
    const QRect chart = chartRect();
    if (endX >= 0 && endX < chart.width() - 2) {
        const int x = chart.left() + static_cast<int>(endX);
        p.setPen(QPen(style_.foreground(), style_.lineWidth(), Qt::DashLine));
        p.drawLine(x, chart.top(), x, chart.bottom());
    }
    p.setPen(style_.laneSeparator());
    p.drawLine(0, height() - 1, width(), height() - 1);
}

void PolicyGantt::resizeEvent(QResizeEvent*) { axis_.setWidth(chartRect().width()); }

void PolicyGantt::wheelEvent(QWheelEvent* event) {
    const double x = event->position().x() - chartRect().left();
    axis_.zoomAround(x, std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void PolicyGantt::mousePressEvent(QMouseEvent* event) { lastDrag_ = event->position().toPoint(); }

void PolicyGantt::mouseMoveEvent(QMouseEvent* event) {
    if (!(event->buttons() & Qt::LeftButton)) return;
    const QPoint now = event->position().toPoint();
    axis_.panPixels(now.x() - lastDrag_.x());
    lastDrag_ = now;
}

void PolicyGantt::mouseDoubleClickEvent(QMouseEvent*) { axis_.fit(); }

}  // namespace ts::ui
