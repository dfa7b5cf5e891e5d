#pragma once
// The Gantt chart's mapping between simulated time and pixels: a plain value (the time at x = 0
// and the nanoseconds one pixel spans) with zoom, pan, fit and "nice" tick marks (1-2-5 steps)
// labelled in the scenario's unit. Qt-free, so it is tested on its own with data tables.
#include <string>
#include <string_view>
#include <vector>

#include "kernel/Time.h"

namespace ts::ui {

struct TimeAxis {
    static constexpr double kMinNsPerPixel = 0.01;   // 100 pixels per nanosecond
    static constexpr double kMaxNsPerPixel = 1e12;   // 1000 s per pixel

    Time start = 0;            // the time at x = 0
    double nsPerPixel = 1e5;   // 0.1 ms per pixel
    int width = 1;             // pixels

    double xOf(Time t) const { return static_cast<double>(t - start) / nsPerPixel; }
    Time timeAt(double x) const;
    Time end() const { return timeAt(width); }

    // Shows [from, to] across `pixels` columns.
    void fit(Time from, Time to, int pixels);
    // factor > 1 zooms in; the time under x stays under x.
    void zoomAround(double x, double factor);
    // Moves the content right by dx pixels (a drag to the right shows earlier times).
    void panPixels(double dx);

    // The tick spacing: the smallest 1, 2 or 5 times a power of ten that leaves at least
    // `minPixels` between ticks.
    Time tickStep(double minPixels) const;
    // The tick times inside [start, end()].
    std::vector<Time> ticks(double minPixels) const;

    // Nanoseconds in one `unit` ("ns", "us", "ms", "s"); ms when unknown.
    static Time unitNs(std::string_view unit);
    // `t` in units of `unitSize` ns, with as many decimals as `step` needs: (2500000, 1e6,
    // 500000) -> "2.5".
    static std::string label(Time t, Time unitSize, Time step);
};

}  // namespace ts::ui
