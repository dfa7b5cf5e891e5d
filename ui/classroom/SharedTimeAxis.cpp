#include "classroom/SharedTimeAxis.h"

#include <algorithm>

namespace ts::ui {

void SharedTimeAxis::setEnd(Time end) {
    end_ = std::max<Time>(1, end);
    userZoomed_ = false;
    fit();
}

void SharedTimeAxis::setWidth(int pixels) {
    if (pixels == axis_.width) return;
    axis_.width = std::max(1, pixels);
    if (userZoomed_) {
        emit changed();
    } else {
        fit();
    }
}

void SharedTimeAxis::fit() {
    userZoomed_ = false;
    axis_.fit(0, end_, axis_.width);
    emit changed();
}

void SharedTimeAxis::zoomAround(double x, double factor) {
    userZoomed_ = true;
    axis_.zoomAround(x, factor);
    emit changed();
}

void SharedTimeAxis::panPixels(double dx) {
    userZoomed_ = true;
    axis_.panPixels(dx);
    emit changed();
}

}  // namespace ts::ui
