#pragma once
// The arrows from a release, a set() or a notify to the thread it wakes (issue 4): for every
// recorded SyncOp that woke a thread or handed it a lock, a line from the waker's lane to the
// woken thread's lane at that instant, with its head on the woken thread.
#include <QPainter>
#include <QRect>
#include <functional>

#include "gantt/GanttStyle.h"
#include "gantt/TimeAxis.h"

namespace ts::ui {

class RunRecording;

class WakeArrows {
public:
    // `laneCentre(tid)` gives the y of a thread's lane; `chart` is where lanes are drawn.
    static void paint(QPainter& p, const RunRecording& recording, const QRect& chart,
                      const TimeAxis& axis, Time cursor, const GanttStyle& style,
                      const std::function<int(int)>& laneCentre);
    static QColor colour() { return QColor(110, 40, 150); }
};

}  // namespace ts::ui
