#pragma once
// Turns a recorded decision into the one short sentence the GUI's explanation panel and the
// report show, e.g. "P2 has the shortest remaining time (2ms)."
#include <string>
#include <string_view>

#include "kernel/Decision.h"

namespace ts {

class DecisionText {
public:
    // `chosen` and `other` are the display names of Decision::tid and Decision::other.
    static std::string describe(const Decision& d, std::string_view chosen, std::string_view other);
};

}  // namespace ts
