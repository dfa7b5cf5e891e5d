#include "gantt/TimeAxis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ts::ui {

Time TimeAxis::timeAt(double x) const {
    return start + static_cast<Time>(std::llround(x * nsPerPixel));
}

void TimeAxis::fit(Time from, Time to, int pixels) {
    width = std::max(1, pixels);
    start = from;
    const double span = static_cast<double>(std::max<Time>(1, to - from));
    nsPerPixel = std::clamp(span / width, kMinNsPerPixel, kMaxNsPerPixel);
}

void TimeAxis::zoomAround(double x, double factor) {
    if (factor <= 0) return;
    const double anchor = static_cast<double>(start) + x * nsPerPixel;
    nsPerPixel = std::clamp(nsPerPixel / factor, kMinNsPerPixel, kMaxNsPerPixel);
    start = static_cast<Time>(std::llround(anchor - x * nsPerPixel));
}

void TimeAxis::panPixels(double dx) {
    start -= static_cast<Time>(std::llround(dx * nsPerPixel));
}

Time TimeAxis::tickStep(double minPixels) const {
    const double wanted = std::max(1.0, minPixels * nsPerPixel);
    Time power = 1;
    while (static_cast<double>(power) * 10 <= wanted) power *= 10;
    for (Time m : {Time{1}, Time{2}, Time{5}, Time{10}}) {
        if (static_cast<double>(power * m) >= wanted) return power * m;
    }
    return power * 10;
}

std::vector<Time> TimeAxis::ticks(double minPixels) const {
    const Time step = tickStep(minPixels);
    // The first multiple of step at or after start (start may be negative while panning).
    Time t = start >= 0 ? (start + step - 1) / step * step : -((-start) / step * step);
    std::vector<Time> out;
    for (const Time last = end(); t <= last; t += step) out.push_back(t);
    return out;
}

Time TimeAxis::unitNs(std::string_view unit) {
    if (unit == "ns") return kNanosecond;
    if (unit == "us") return kMicrosecond;
    if (unit == "s") return kSecond;
    return kMillisecond;
}

std::string TimeAxis::label(Time t, Time unitSize, Time step) {
    int decimals = 0;
    for (Time s = step; s < unitSize && s % unitSize != 0 && decimals < 9; s *= 10) ++decimals;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals,
                  static_cast<double>(t) / static_cast<double>(unitSize));
    return buf;
}

}  // namespace ts::ui
