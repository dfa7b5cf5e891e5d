#pragma once
// Finds scenarios/default.json, which `timeslice` without arguments runs: next to a build
// inside the source tree, in an installed share/ folder, or in the source tree this binary
// was built from.
#include <optional>
#include <string>
#include <vector>

namespace ts::app {

class DefaultScenario {
  public:
    // `argv0` is a fallback for finding the executable where /proc/self/exe is missing.
    static std::vector<std::string> candidates(const std::string& argv0);
    static std::optional<std::string> locate(const std::string& argv0);
};

}  // namespace ts::app
