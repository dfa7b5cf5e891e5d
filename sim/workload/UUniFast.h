#pragma once
// Splits a total utilisation among n tasks, every split equally likely (Bini & Buttazzo's
// UUniFast): the remainder after each task is the total scaled by u^(1/k), a uniform draw to
// the k-th root, which is how the sum of k uniform shares is distributed. A total above 1 could
// give one task more than the whole CPU, so such splits are drawn again (Davis & Burns'
// UUniFast-Discard), which keeps the accepted ones uniform.
#include <optional>
#include <vector>

#include "random/Random.h"

namespace ts {

class UUniFast {
  public:
    // How many splits are drawn before giving up on one with every share at most 1.
    static constexpr int kAttempts = 1000;

    // n shares (n >= 1) of `total` (> 0), none above 1; nullopt when kAttempts draws all had
    // a share above 1 (the total is too close to n).
    static std::optional<std::vector<double>> split(int n, double total, Random& rng);
};

}  // namespace ts
