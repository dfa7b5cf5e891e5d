#include "workload/GeneratedNumbers.h"

#include "scenario/Duration.h"
#include "scenario/JsonText.h"

namespace ts {

Time GeneratedNumbers::unitScale(const WorkloadGeneratorOptions& options) {
    return durationUnitScale(options.unit).value_or(kMillisecond);
}

Time GeneratedNumbers::powerOfTenStep(Time detail, Time scale) {
    Time step = 1;
    while (step * 10 <= detail && step * 10 <= scale) step *= 10;
    return step;
}

Time GeneratedNumbers::roundTo(Time ns, Time step) {
    return (ns + step / 2) / step * step;
}

Time GeneratedNumbers::largestBelowMax(Time step) {
    return (kMaxDuration - 1) / step * step;
}

std::string GeneratedNumbers::inUnit(Time ns, Time scale) {
    std::string text = std::to_string(ns / scale);
    const Time rest = ns % scale;
    if (rest == 0) return text;
    std::string fraction = std::to_string(rest);
    const std::size_t digits = std::to_string(scale).size() - 1;
    fraction.insert(0, digits - fraction.size(), '0');
    while (fraction.back() == '0') fraction.pop_back();
    return text + "." + fraction;
}

std::string GeneratedNumbers::machineText(const WorkloadGeneratorOptions& options, Time scale,
                                          Time until) {
    std::string text =
        "{\"cpus\": " + std::to_string(options.cpus) + ", \"policy\": " + quoteJson(options.policy);
    if (options.quantum > 0) text += ", \"quantum\": " + inUnit(options.quantum, scale);
    if (until > 0) text += ", \"until\": " + inUnit(until, scale);
    return text + "}";
}

}  // namespace ts
