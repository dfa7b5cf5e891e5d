#pragma once
// The generator's settings as `timeslice generate` spells them: distributions "exp:50ms",
// "uniform:1ms:10ms", "normal:50ms:10ms", "fixed:5ms" (or just "5ms"); arrival patterns
// "zero", "uniform:200ms", "poisson:10ms"; priority ranges "0:5". Durations carry a unit, as
// everywhere on the command line. Parsing returns nullopt and sets `error` on a fault.
#include <optional>
#include <string>
#include <string_view>

#include "random/DurationDistribution.h"
#include "workload/WorkloadGeneratorOptions.h"

namespace ts {

class GeneratorOptionText {
  public:
    static std::optional<DurationDistribution> parseDistribution(std::string_view text,
                                                                 std::string* error);
    static std::string formatDistribution(const DurationDistribution& distribution);

    static std::optional<ArrivalPattern> parseArrival(std::string_view text, std::string* error);
    static std::string formatArrival(const ArrivalPattern& arrival);

    static std::optional<PriorityRange> parsePriorities(std::string_view text, std::string* error);
    static std::string formatPriorities(const PriorityRange& range);
};

}  // namespace ts
