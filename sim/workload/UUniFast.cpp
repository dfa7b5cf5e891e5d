#include "workload/UUniFast.h"

#include <algorithm>
#include <cmath>

namespace ts {

std::optional<std::vector<double>> UUniFast::split(int n, double total, Random& rng) {
    std::vector<double> shares(static_cast<std::size_t>(n));
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        double rest = total;
        for (int i = 0; i + 1 < n; ++i) {
            // What the remaining n - i - 1 tasks share after this one.
            const double next = rest * std::pow(rng.uniform01(), 1.0 / (n - i - 1));
            shares[static_cast<std::size_t>(i)] = rest - next;
            rest = next;
        }
        shares.back() = rest;
        if (std::all_of(shares.begin(), shares.end(), [](double u) { return u <= 1.0; })) {
            return shares;
        }
    }
    return std::nullopt;
}

}  // namespace ts
