#include "workload/PeriodicTaskGenerator.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "policies/PolicyFactory.h"
#include "random/Random.h"
#include "scenario/Duration.h"
#include "scenario/JsonText.h"
#include "workload/GeneratedNumbers.h"
#include "workload/GeneratorOptionText.h"
#include "workload/UUniFast.h"

namespace ts {
namespace {

using N = GeneratedNumbers;

// Independent streams, so that a change of the period range keeps the utilisations.
constexpr std::uint64_t kUtilisationStream = 0;
constexpr std::uint64_t kPeriodStream = 1;

std::string fixed3(double value) {
    char buffer[32];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3);
    return std::string(buffer, result.ptr);
}

// The whole steps of `step` inside [lo, hi]: first and last; first > last when there are none.
std::pair<Time, Time> grid(Time lo, Time hi, Time step) {
    return {(lo + step - 1) / step * step, hi / step * step};
}

// The largest of 1, 2 or 5 times `fine` times a power of ten that is at most `limit`; `fine`
// when none is.
Time roundStepUpTo(Time limit, Time fine) {
    Time step = fine;
    for (Time power = fine; power <= limit; power *= 10) {
        for (Time multiple : {1, 2, 5}) {
            if (power * multiple <= limit) step = power * multiple;
        }
    }
    return step;
}

// A drawn period on a round step: the range's step, or for a long period up to an eighth of it
// (a period of 430 ms becomes 450 ms), so that a wide range keeps a short hyperperiod. The
// period stays inside the range, on a coarser step while one has whole steps there.
Time roundPeriod(double drawn, const PeriodicTaskSet& p, Time rangeStep, Time fine) {
    const Time coarse = std::max(rangeStep, roundStepUpTo(static_cast<Time>(drawn) / 8, fine));
    for (Time step : {coarse, rangeStep, fine, Time{1}}) {
        const auto [first, last] = grid(p.shortestPeriod, p.longestPeriod, step);
        if (first <= last)
            return std::clamp(N::roundTo(static_cast<Time>(drawn), step), first, last);
    }
    return p.shortestPeriod;
}

// Least common multiple of the periods; 0 once it passes `cap`.
Time hyperperiodUpTo(const std::vector<PeriodicTaskGenerator::Task>& tasks, Time cap) {
    Time lcm = 1;
    for (const PeriodicTaskGenerator::Task& task : tasks) {
        const Time factor = task.period / std::gcd(lcm, task.period);
        if (lcm > cap / factor) return 0;
        lcm *= factor;
    }
    return lcm;
}

std::string schedulability(const WorkloadGeneratorOptions& options, double u) {
    const int n = options.periodic->tasks;
    const double bound = PeriodicTaskGenerator::liuLaylandBound(n);
    std::string text = "Total utilisation " + fixed3(u) + " (asked for " +
                       GeneratorOptionText::formatUtilisation(options.periodic->utilisation) +
                       "). Liu & Layland bound for " + std::to_string(n) + " task" +
                       (n == 1 ? "" : "s") + ": " + std::to_string(n) + "(2^(1/" +
                       std::to_string(n) + ") - 1) = " + fixed3(bound) + "; ";
    if (u <= bound) {
        text += "the set is under it, so rate monotonic meets every deadline, and so does EDF.";
    } else if (u <= 1.0) {
        text +=
            "the set is above it, so rate monotonic may miss deadlines (run it to see); "
            "EDF meets every deadline up to a utilisation of 1.";
    } else {
        text += "the set is above it and above 1: on one CPU every policy misses deadlines.";
    }
    if (options.cpus > 1) {
        text += " (These guarantees are for one CPU; this machine has " +
                std::to_string(options.cpus) + ".)";
    }
    return text;
}

std::string description(const WorkloadGeneratorOptions& options,
                        const PeriodicTaskGenerator::TaskSet& set) {
    const PeriodicTaskSet& p = *options.periodic;
    std::string text =
        "Made by: " + PeriodicTaskGenerator::commandLine(options) +
        " (the same command makes the same file). Utilisations split by UUniFast; periods "
        "drawn log-uniformly from " +
        formatDuration(p.shortestPeriod) + " to " + formatDuration(p.longestPeriod) +
        " and rounded to steps of " + formatDuration(PeriodicTaskGenerator::periodStep(options)) +
        " (longer ones to steps of up to an eighth of the period: 1, 2 or 5 times a power of "
        "ten); execution times are utilisation x period rounded to " +
        formatDuration(PeriodicTaskGenerator::resolution(options)) +
        " (at least that); deadlines equal the periods; every task is released at 0. " +
        schedulability(options, PeriodicTaskGenerator::utilisation(set));
    if (set.hyperperiod > 0) {
        text += " The run stops at the hyperperiod, " + formatDuration(set.hyperperiod) +
                " (the least common multiple of the periods), so every job runs once.";
    } else {
        text += " The hyperperiod is longer than " +
                std::to_string(PeriodicTaskGenerator::kHyperperiodCap) +
                " periods of the longest task, so the run stops there, at " +
                formatDuration(set.until) + ".";
    }
    return text;
}

}  // namespace

std::string PeriodicTaskGenerator::problem(const WorkloadGeneratorOptions& options) {
    const PeriodicTaskSet& p = *options.periodic;
    if (p.tasks < 1 || p.tasks > kMaxTasks) {
        return "the number of tasks must be from 1 to " + std::to_string(kMaxTasks);
    }
    if (!(p.utilisation > 0.0)) return "the utilisation must be above 0";
    if (p.utilisation > p.tasks) {
        return "the utilisation must be at most the number of tasks, " + std::to_string(p.tasks) +
               " (no task can use more than the whole CPU)";
    }
    if (p.shortestPeriod < 1 || p.longestPeriod > kLongestPeriodLimit) {
        return "periods must be positive and at most " + formatDuration(kLongestPeriodLimit);
    }
    if (p.shortestPeriod > p.longestPeriod) return "the shortest period is above the longest";
    if (p.utilisation > 1.0) {
        Random rng = Random::stream(options.seed, kUtilisationStream);
        if (!UUniFast::split(p.tasks, p.utilisation, rng)) {
            return "the utilisation is too close to the number of tasks: no split with every "
                   "task at most 1 was found";
        }
    }
    return {};
}

Time PeriodicTaskGenerator::resolution(const WorkloadGeneratorOptions& options) {
    return N::powerOfTenStep(options.periodic->shortestPeriod / 100, N::unitScale(options));
}

Time PeriodicTaskGenerator::periodStep(const WorkloadGeneratorOptions& options) {
    const PeriodicTaskSet& p = *options.periodic;
    return roundStepUpTo(std::min(p.shortestPeriod, (p.longestPeriod - p.shortestPeriod) / 4),
                         resolution(options));
}

PeriodicTaskGenerator::TaskSet PeriodicTaskGenerator::draw(
    const WorkloadGeneratorOptions& options) {
    const PeriodicTaskSet& p = *options.periodic;
    Random utilisationRng = Random::stream(options.seed, kUtilisationStream);
    Random periodRng = Random::stream(options.seed, kPeriodStream);
    const std::vector<double> shares =
        UUniFast::split(p.tasks, p.utilisation, utilisationRng).value_or(std::vector<double>());
    const Time step = resolution(options);
    const Time rangeStep = periodStep(options);
    const double logLo = std::log(static_cast<double>(p.shortestPeriod));
    const double logHi = std::log(static_cast<double>(p.longestPeriod));

    TaskSet set;
    for (double share : shares) {
        const double drawn = std::exp(logLo + periodRng.uniform01() * (logHi - logLo));
        const Time period = roundPeriod(drawn, p, rangeStep, step);
        const auto exact = static_cast<Time>(std::llround(share * static_cast<double>(period)));
        set.tasks.push_back(
            {period, std::clamp(N::roundTo(exact, step), std::min(step, period), period)});
    }
    std::stable_sort(set.tasks.begin(), set.tasks.end(),
                     [](const Task& a, const Task& b) { return a.period < b.period; });
    const Time cap = kHyperperiodCap * p.longestPeriod;
    set.hyperperiod = hyperperiodUpTo(set.tasks, cap);
    set.until = set.hyperperiod > 0 ? set.hyperperiod : cap;
    return set;
}

double PeriodicTaskGenerator::utilisation(const TaskSet& set) {
    double sum = 0.0;
    for (const Task& task : set.tasks) {
        sum += static_cast<double>(task.wcet) / static_cast<double>(task.period);
    }
    return sum;
}

double PeriodicTaskGenerator::liuLaylandBound(int n) {
    return n * (std::pow(2.0, 1.0 / n) - 1.0);
}

std::string PeriodicTaskGenerator::commandLine(const WorkloadGeneratorOptions& options) {
    const PeriodicTaskSet& p = *options.periodic;
    std::string line = "timeslice generate --tasks " + std::to_string(p.tasks) + " --seed " +
                       std::to_string(options.seed) + " --utilisation " +
                       GeneratorOptionText::formatUtilisation(p.utilisation) + " --periods " +
                       GeneratorOptionText::formatPeriods(p.shortestPeriod, p.longestPeriod) +
                       " --policy " + options.policy;
    if (options.quantum > 0) line += " --quantum " + formatDuration(options.quantum);
    line += " --cpus " + std::to_string(options.cpus);
    if (options.unit != "ms") line += " --unit " + options.unit;
    return line;
}

std::string PeriodicTaskGenerator::generate(const WorkloadGeneratorOptions& options) {
    const Time scale = N::unitScale(options);
    const TaskSet set = draw(options);
    const int n = options.periodic->tasks;
    std::string out = "{\n";
    out += "  \"title\": " +
           quoteJson("Random periodic tasks: " + std::to_string(n) + " task" + (n == 1 ? "" : "s") +
                     ", utilisation " + fixed3(utilisation(set)) + ", seed " +
                     std::to_string(options.seed)) +
           ",\n";
    out += "  \"description\": " + quoteJson(description(options, set)) + ",\n";
    out += "  \"unit\": " + quoteJson(options.unit) + ",\n";
    out += "  \"machine\": " + N::machineText(options, scale, set.until) + ",\n";
    out += "  \"processes\": [\n";
    for (std::size_t i = 0; i < set.tasks.size(); ++i) {
        const Task& task = set.tasks[i];
        const std::string period = N::inUnit(task.period, scale);
        out += "    {\"name\": \"T" + std::to_string(i + 1) +
               "\", \"arrival\": 0, \"period\": " + period + ", \"deadline\": " + period +
               ", \"bursts\": [{\"cpu\": " + N::inUnit(task.wcet, scale) + "}]}";
        out += i + 1 < set.tasks.size() ? ",\n" : "\n";
    }
    out += "  ]\n}\n";
    return out;
}

}  // namespace ts
