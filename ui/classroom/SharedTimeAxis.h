#pragma once
// The one time axis of the Compare window: every policy's small Gantt chart paints with it,
// so the same instant is at the same x in all of them, and a zoom or a pan in any chart moves
// all of them together.
#include <QObject>

#include "gantt/TimeAxis.h"

namespace ts::ui {

class SharedTimeAxis : public QObject {
    Q_OBJECT
public:
    explicit SharedTimeAxis(QObject* parent = nullptr) : QObject(parent) {}

    const TimeAxis& axis() const { return axis_; }
    // The span fit() shows, [0, end]: the end of the longest run.
    void setEnd(Time end);
    // The charts' width in pixels; until the user zooms, the axis keeps fitting it.
    void setWidth(int pixels);

    void fit();
    void zoomAround(double x, double factor);
    void panPixels(double dx);

signals:
    void changed();

private:
    TimeAxis axis_;
    Time end_ = 1;
    bool userZoomed_ = false;
};

}  // namespace ts::ui
