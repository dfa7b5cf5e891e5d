#include "workload/WorkloadGenerator.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "policies/PolicyFactory.h"
#include "random/Random.h"
#include "scenario/Duration.h"
#include "scenario/JsonText.h"
#include "workload/GeneratedNumbers.h"
#include "workload/GeneratorOptionText.h"
#include "workload/PeriodicTaskGenerator.h"

namespace ts {
namespace {

constexpr int kMaxCpus = 256;
constexpr int kPriorityLimit = 1000;  // the loader's range for "priority"

// Independent random streams, so that asking for more bursts does not move the arrivals.
constexpr std::uint64_t kArrivalStream = 0;
constexpr std::uint64_t kPriorityStream = 1;
constexpr std::uint64_t kFirstBurstStream = 2;

using N = GeneratedNumbers;

std::string distributionProblem(const DurationDistribution& d, const std::string& what) {
    if (d.a < 1 || d.a >= kMaxDuration || d.b < 0 || d.b >= kMaxDuration) {
        return what + " lengths must be positive and below " + formatDuration(kMaxDuration);
    }
    if (d.kind == DurationDistribution::Kind::Uniform && d.a > d.b) {
        return what + " uniform minimum is above its maximum";
    }
    return {};
}

std::string unitProblem(const std::string& unit) {
    if (durationUnitScale(unit)) return {};
    return "unknown unit '" + unit + "' (use " + durationUnitList() + ")";
}

// The smallest length a distribution tells apart from its neighbours; 0 when it draws nothing.
Time detailOf(const DurationDistribution& d) {
    switch (d.kind) {
        case DurationDistribution::Kind::Fixed:
            return 0;
        case DurationDistribution::Kind::Exponential:
            return d.a / 10;
        case DurationDistribution::Kind::Uniform:
            return d.b > d.a ? std::min(d.a, d.b - d.a) : 0;
        case DurationDistribution::Kind::Normal:
            return d.b > 0 ? d.b / 2 : 0;
    }
    return 0;
}

Time drawLength(const DurationDistribution& d, Random& rng, Time step) {
    if (d.isFixed()) return d.a;
    Time length = N::roundTo(d.draw(rng), step);
    if (d.kind == DurationDistribution::Kind::Uniform) {
        length = std::clamp(length, d.a, d.b);
    } else {
        length = std::max(length, step);  // a burst is never empty
    }
    return std::min(length, N::largestBelowMax(step));
}

std::vector<Time> drawArrivals(const WorkloadGeneratorOptions& options, Time step) {
    std::vector<Time> arrivals(static_cast<std::size_t>(options.processes), 0);
    Random rng = Random::stream(options.seed, kArrivalStream);
    const ArrivalPattern& pattern = options.arrival;
    if (pattern.kind == ArrivalPattern::Kind::Uniform) {
        for (Time& arrival : arrivals) {
            const Time drawn =
                static_cast<Time>(rng.below(static_cast<std::uint64_t>(pattern.span) + 1));
            arrival = std::min(N::roundTo(drawn, step), pattern.span);
        }
        std::sort(arrivals.begin(), arrivals.end());
    } else if (pattern.kind == ArrivalPattern::Kind::Poisson) {
        // The first process opens the run; the gaps after it are exponential.
        Time now = 0;
        for (std::size_t i = 1; i < arrivals.size(); ++i) {
            const Time gap = DurationDistribution::exponential(pattern.span).draw(rng);
            now = std::min(now + N::roundTo(gap, step), N::largestBelowMax(step));
            arrivals[i] = now;
        }
    }
    return arrivals;
}

std::string describeDistribution(const DurationDistribution& d) {
    switch (d.kind) {
        case DurationDistribution::Kind::Fixed:
            return "all " + formatDuration(d.a);
        case DurationDistribution::Kind::Exponential:
            return "exponential with mean " + formatDuration(d.a);
        case DurationDistribution::Kind::Uniform:
            return "uniform from " + formatDuration(d.a) + " to " + formatDuration(d.b);
        case DurationDistribution::Kind::Normal:
            return "normal with mean " + formatDuration(d.a) + " and standard deviation " +
                   formatDuration(d.b);
    }
    return {};
}

std::string describeArrival(const ArrivalPattern& arrival) {
    switch (arrival.kind) {
        case ArrivalPattern::Kind::AllAtZero:
            return "all at time 0";
        case ArrivalPattern::Kind::Uniform:
            return "spread uniformly over 0 to " + formatDuration(arrival.span);
        case ArrivalPattern::Kind::Poisson:
            return "a Poisson process with a mean gap of " + formatDuration(arrival.span);
    }
    return {};
}

std::string description(const WorkloadGeneratorOptions& options) {
    std::string text =
        "Made by: " + WorkloadGenerator::commandLine(options) +
        " (the same command makes the same file). Arrivals: " + describeArrival(options.arrival) +
        ". " + std::to_string(options.cpuBursts) + " CPU burst" +
        (options.cpuBursts == 1 ? "" : "s") + " per process, " +
        describeDistribution(options.cpuBurst);
    if (options.ioBurst && options.cpuBursts > 1) {
        text += "; between them I/O bursts, " + describeDistribution(*options.ioBurst);
    }
    text += ". Lengths are drawn once, rounded to " +
            formatDuration(WorkloadGenerator::resolution(options)) +
            ", and written as plain numbers.";
    return text;
}

}  // namespace

std::string WorkloadGenerator::problem(const WorkloadGeneratorOptions& options) {
    if (options.periodic) {
        if (std::string p = unitProblem(options.unit); !p.empty()) return p;
        if (std::string p = PeriodicTaskGenerator::problem(options); !p.empty()) return p;
        return machineProblem(options);
    }
    using Options = WorkloadGeneratorOptions;
    if (options.processes < 1 || options.processes > Options::kMaxProcesses) {
        return "the number of processes must be from 1 to " +
               std::to_string(Options::kMaxProcesses);
    }
    if (options.cpuBursts < 1 || options.cpuBursts > Options::kMaxCpuBursts) {
        return "the number of CPU bursts per process must be from 1 to " +
               std::to_string(Options::kMaxCpuBursts);
    }
    if (std::string p = unitProblem(options.unit); !p.empty()) return p;
    if (options.arrival.kind != ArrivalPattern::Kind::AllAtZero &&
        (options.arrival.span < 1 || options.arrival.span >= kMaxDuration)) {
        return "the arrival window or mean gap must be positive and below " +
               formatDuration(kMaxDuration);
    }
    if (std::string p = distributionProblem(options.cpuBurst, "CPU burst"); !p.empty()) return p;
    if (options.ioBurst) {
        if (std::string p = distributionProblem(*options.ioBurst, "I/O burst"); !p.empty())
            return p;
    }
    if (options.priorities) {
        const PriorityRange& range = *options.priorities;
        if (range.lowest < -kPriorityLimit || range.highest > kPriorityLimit) {
            return "priorities must be from -1000 to 1000";
        }
        if (range.lowest > range.highest) return "the lowest priority number is above the highest";
    }
    return machineProblem(options);
}

std::string WorkloadGenerator::machineProblem(const WorkloadGeneratorOptions& options) {
    if (!PolicyFactory::known(options.policy)) return "unknown policy '" + options.policy + "'";
    if (options.quantum < 0 || options.quantum >= kMaxDuration) {
        return "the quantum must be below " + formatDuration(kMaxDuration);
    }
    if (PolicyFactory::needsQuantum(options.policy) && options.quantum == 0) {
        return "policy '" + options.policy + "' needs a quantum";
    }
    if (options.cpus < 1 || options.cpus > kMaxCpus)
        return "the number of CPUs must be from 1 to 256";
    return {};
}

Time WorkloadGenerator::resolution(const WorkloadGeneratorOptions& options) {
    if (options.periodic) return PeriodicTaskGenerator::resolution(options);
    const Time scale = N::unitScale(options);
    Time step = scale;
    auto consider = [&](Time detail) {
        if (detail > 0) step = std::min(step, N::powerOfTenStep(detail, scale));
    };
    consider(detailOf(options.cpuBurst));
    if (options.ioBurst) consider(detailOf(*options.ioBurst));
    if (options.arrival.kind == ArrivalPattern::Kind::Uniform) consider(options.arrival.span / 100);
    if (options.arrival.kind == ArrivalPattern::Kind::Poisson) consider(options.arrival.span / 10);
    return step;
}

std::string WorkloadGenerator::commandLine(const WorkloadGeneratorOptions& options) {
    if (options.periodic) return PeriodicTaskGenerator::commandLine(options);
    std::string line = "timeslice generate --processes " + std::to_string(options.processes) +
                       " --seed " + std::to_string(options.seed) + " --arrival " +
                       GeneratorOptionText::formatArrival(options.arrival) + " --cpu-burst " +
                       GeneratorOptionText::formatDistribution(options.cpuBurst);
    if (options.ioBurst) {
        line += " --io-burst " + GeneratorOptionText::formatDistribution(*options.ioBurst);
    }
    line += " --bursts " + std::to_string(options.cpuBursts);
    if (options.priorities) {
        line += " --priorities " + GeneratorOptionText::formatPriorities(*options.priorities);
    }
    line += " --policy " + options.policy;
    if (options.quantum > 0) line += " --quantum " + formatDuration(options.quantum);
    line += " --cpus " + std::to_string(options.cpus);
    if (options.unit != "ms") line += " --unit " + options.unit;
    return line;
}

std::string WorkloadGenerator::generate(const WorkloadGeneratorOptions& options) {
    if (const std::string p = problem(options); !p.empty()) throw std::invalid_argument(p);
    if (options.periodic) return PeriodicTaskGenerator::generate(options);
    const Time scale = N::unitScale(options);
    const Time step = resolution(options);
    const std::vector<Time> arrivals = drawArrivals(options, step);
    Random priorityRng = Random::stream(options.seed, kPriorityStream);

    std::string out = "{\n";
    out +=
        "  \"title\": " +
        quoteJson("Random workload: " + std::to_string(options.processes) + " process" +
                  (options.processes == 1 ? "" : "es") + ", seed " + std::to_string(options.seed)) +
        ",\n";
    out += "  \"description\": " + quoteJson(description(options)) + ",\n";
    out += "  \"unit\": " + quoteJson(options.unit) + ",\n";
    out += "  \"machine\": " + N::machineText(options, scale) + ",\n";
    out += "  \"processes\": [\n";
    for (int i = 0; i < options.processes; ++i) {
        Random burstRng =
            Random::stream(options.seed, kFirstBurstStream + static_cast<std::uint64_t>(i));
        out += "    {\"name\": \"P" + std::to_string(i + 1) +
               "\", \"arrival\": " + N::inUnit(arrivals[static_cast<std::size_t>(i)], scale);
        if (options.priorities) {
            const PriorityRange& range = *options.priorities;
            const auto span = static_cast<std::uint64_t>(range.highest - range.lowest) + 1;
            out += ", \"priority\": " +
                   std::to_string(range.lowest + static_cast<int>(priorityRng.below(span)));
        }
        out += ", \"bursts\": [";
        for (int k = 0; k < options.cpuBursts; ++k) {
            if (k > 0 && options.ioBurst) {
                out +=
                    ", {\"io\": " + N::inUnit(drawLength(*options.ioBurst, burstRng, step), scale) +
                    "}";
            }
            out += std::string(k > 0 ? ", " : "") +
                   "{\"cpu\": " + N::inUnit(drawLength(options.cpuBurst, burstRng, step), scale) +
                   "}";
        }
        out += "]}";
        out += i + 1 < options.processes ? ",\n" : "\n";
    }
    out += "  ]\n}\n";
    return out;
}

}  // namespace ts
