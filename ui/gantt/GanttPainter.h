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

namespace ts {
struct MarkEvent;
}

namespace ts::ui {

class RunRecording;

// What a GanttPainter draws besides the axis and the CPU lanes. The Compare window's small
// charts, one per policy, show the CPU lanes only (the textbook's one bar per run), no legend.
struct GanttParts {
    bool threadLanes = true;
    bool legend = true;
};

class GanttPainter {
public:

    // `firstThread`: the thread lane shown first under the CPU lanes, when more threads exist
    // than fit at a readable height (the view scrolls them; CPU lanes stay put).
    GanttPainter(const GanttStyle& style, const RunRecording& recording, int firstThread = 0,
                 GanttParts parts = {});

    // The part of `area` where lanes are drawn; TimeAxis::width should equal its width.
    QRect chartRect(const QRect& area) const;
    void paint(QPainter& painter, const QRect& area, const TimeAxis& axis, Time cursor) const;
    // Where lane `lane` is drawn: CPU lanes first (0 .. cpus-1), then one per thread by tid.
    QRect laneRect(const QRect& area, int lane) const;
    // How many thread lanes fit in `area` at once (all of them when nothing needs scrolling).
    int visibleThreadLanes(const QRect& area) const;

private:
    struct Lanes {
        int top;
        int height;      // of one lane
        int cpuCount;
        int threadTop;   // y of the first thread lane shown
        int first;       // the first thread shown
        int shown;       // how many thread lanes are shown
        // Where thread `tid`'s lane starts (outside the chart when it is scrolled away).
        int threadY(int tid) const { return threadTop + (tid - first) * height; }
        int bottom() const { return threadTop + shown * height; }
        bool showsThread(int tid) const { return tid >= first && tid < first + shown; }
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
    // A periodic task's job: its release, and its deadline where that is not the next release.
    void paintRelease(QPainter& p, const QRect& chart, const Lanes& l, const TimeAxis& a,
                      const MarkEvent& release, int size) const;
    QString laneName(int tid) const;
    int measureLabels() const;
    int labelWidth() const { return labelWidth_; }

    const GanttStyle& style_;
    const RunRecording& recording_;
    int labelWidth_;  // the lane-name column, measured once per painter
    int firstThread_;
    GanttParts parts_;
};

}  // namespace ts::ui
