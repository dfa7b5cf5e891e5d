#include "panels/UtilisationSeries.h"

#include <algorithm>

namespace ts::ui {

std::vector<double> UtilisationSeries::compute(const std::vector<Slice>& slices, Time end,
                                               int cpus, int windows) {
    std::vector<double> busy(static_cast<std::size_t>(std::max(1, windows)), 0.0);
    if (end <= 0 || cpus <= 0) return busy;
    const double width = static_cast<double>(end) / static_cast<double>(busy.size());
    for (const Slice& s : slices) {
        if (s.kind != Slice::Kind::Run) continue;
        // Spread the slice over the windows it overlaps.
        auto first = static_cast<std::size_t>(static_cast<double>(s.start) / width);
        for (std::size_t w = std::min(first, busy.size() - 1); w < busy.size(); ++w) {
            const double from = std::max(static_cast<double>(s.start), static_cast<double>(w) * width);
            const double to = std::min(static_cast<double>(s.end), static_cast<double>(w + 1) * width);
            if (to <= from) break;
            busy[w] += to - from;
        }
    }
    for (double& b : busy) b = std::clamp(b / (width * cpus), 0.0, 1.0);
    return busy;
}

}  // namespace ts::ui
