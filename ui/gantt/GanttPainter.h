#pragma once
// Paints one frame of the Gantt chart from a recording: the time axis, a lane per CPU (who
// runs, context switches hatched), a lane per thread (running, ready, blocked by reason),
// timer interrupts and deadline misses as markers, the cursor, and the legend. Everything after
// the cursor stays blank: when stepping, the future is not known yet. One pixel column is one
// bin, so the cost does not grow with the trace. The widget, the exports, the screenshot and
// the benchmark all paint through this class.
#include <QPainter>
#include <QRect>

#include "gantt/GanttStyle.h"
#include "gantt/TimeAxis.h"

namespace ts::ui {

class RunRecording;

class GanttPainter {
public:
    GanttPainter(const GanttStyle& style, const RunRecording& recording);

    // The part of `area` where lanes are drawn; TimeAxis::width should equal its width.
    QRect chartRect(const QRect& area) const;
    void paint(QPainter& painter, const QRect& area, const TimeAxis& axis, Time cursor) const;
    // Where lane `lane` is drawn: CPU lanes first (0 .. cpus-1), then one per thread by tid.
    QRect laneRect(const QRect& area, int lane) const;

private:
    struct Lanes {
        int top;
        int height;      // of one lane
        int cpuCount;
        int threadTop;   // y of the first thread lane
    };
    Lanes lanes(const QRect& chart) const;
    void paintAxis(QPainter& p, const QRect& area, const QRect& chart, const TimeAxis& axis,
                   Time cursor) const;
    void paintLabels(QPainter& p, const QRect& area, const Lanes& l) const;
    void paintCpuLane(QPainter& p, const QRect& chart, int y, int h, int cpu,
                      const TimeAxis& axis, Time cursor) const;
    void paintThreadLane(QPainter& p, const QRect& chart, int y, int h, int tid,
                         const TimeAxis& axis, Time cursor) const;
    void paintMarks(QPainter& p, const QRect& chart, const Lanes& l, const TimeAxis& axis,
                    Time cursor) const;
    QString laneName(int tid) const;
    int measureLabels() const;
    int labelWidth() const { return labelWidth_; }

    const GanttStyle& style_;
    const RunRecording& recording_;
    int labelWidth_;  // the lane-name column, measured once per painter
};

}  // namespace ts::ui
