#pragma once
// The generator's settings as `timeslice generate` spells them: distributions "exp:50ms",
// "uniform:1ms:10ms", "normal:50ms:10ms", "fixed:5ms" (or just "5ms"); arrival patterns
// "zero", "uniform:200ms", "poisson:10ms"; priority ranges "0:5"; a periodic task set's
// utilisation "0.8" (or "80%") and period range "10ms:100ms". Durations carry a unit, as
// everywhere on the command line. Parsing returns nullopt and sets `error` on a fault.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

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

    static std::optional<double> parseUtilisation(std::string_view text, std::string* error);
    // The shortest text that reads back as the same number: 0.8 is "0.8".
    static std::string formatUtilisation(double utilisation);

    // "LO:HI", two positive durations; LO above HI is left to the generator's problem().
    static std::optional<std::pair<Time, Time>> parsePeriods(std::string_view text,
                                                             std::string* error);
    static std::string formatPeriods(Time shortest, Time longest);
};

}  // namespace ts
