#pragma once
// A 64-bit fingerprint of everything a run reports: metrics, counters, every slice, every
// decision and output line. Two runs with the same fingerprint reported the same thing; a test
// pins one per scenario, in every build type (OMNeT++'s fingerprints, for our kernel).
#include <cstdint>
#include <string>

#include "report/RunReport.h"

namespace ts {

class Fingerprint {
public:
    static std::uint64_t of(const RunReport& report);
    // 16 lower-case hex digits.
    static std::string hex(std::uint64_t fingerprint);
};

}  // namespace ts
