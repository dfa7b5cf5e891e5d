#pragma once
// One policy's run in the Compare window: a heading with the policy and its averages, and a
// small Gantt chart of the run (CPU lanes, and thread lanes on request) painted by GanttPainter
// on the window's shared time axis. The wheel zooms and a drag pans every chart at once;
// a double click fits the whole comparison.
#include <QWidget>

#include "classroom/PolicyComparison.h"
#include "gantt/GanttStyle.h"

namespace ts::ui {

class RunRecording;
class SharedTimeAxis;

class PolicyGantt : public QWidget {
    Q_OBJECT
public:
    PolicyGantt(const RunRecording& recording, const ComparisonRow& row, SharedTimeAxis& axis,
                QWidget* parent = nullptr);

    void setGanttStyle(const GanttStyle& style);
    void setThreadLanes(bool shown);
    // The heading above the chart: "rr:4ms   waiting 5 ms   turnaround 12 ms ...".
    QString heading() const;
    // Where the lanes are painted, in this widget's coordinates; the shared axis spans its width.
    QRect chartRect() const;
    const ComparisonRow& row() const { return row_; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void keepHeight();
    int headingHeight() const;
    QRect ganttArea() const;

    const RunRecording& recording_;
    ComparisonRow row_;
    SharedTimeAxis& axis_;
    GanttStyle style_;
    bool threadLanes_ = false;
    QPoint lastDrag_;
};

}  // namespace ts::ui
