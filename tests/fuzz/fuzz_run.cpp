// Fuzz target: the whole `timeslice run` of one input, with small limits. An input whose first
// character (after a byte-order mark and blanks) is '{' is a workload, anything else a Python
// program — the rule `timeslice` applies to a file that is neither .json nor .py. It goes through
// what RunCommand does: load, the checks before the run, the simulation, then the text report
// (workloads), the JSON report and the Chrome trace.
//
// The limits keep every input well under a second, as a user could with the same settings:
// - programs: at most kMaxInstructions bytecode instructions, kMaxMemoryBytes of heap,
//   kMaxThreads threads alive, and --until kProgramUntil at the latest;
// - workloads: --until short enough for about kWorkloadEvents kernel events, judged from the
//   smallest duration in the scenario (a burst, a quantum, a switch, a period, ...).
// The last byte chooses command-line options, so that a file ending in '\n' runs as written:
// (last ^ '\n') & 3 is --python (1: 2, 2: 3), and bit 2 adds --interrupt-at.
//
// Each input runs twice: SPEC.md promises the same run, byte for byte, for the same input.
// Allowed outcomes: a report that keeps the kernel's promises, or one InputError with a one-line
// message placed inside the input. Anything else — a crash, another exception, a sanitizer
// report, a hang — is a finding.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>

#include "FuzzSupport.h"
#include "ProgramSimulation.h"
#include "ReportJson.h"
#include "RunText.h"
#include "ScenarioFile.h"
#include "Simulation.h"
#include "report/ChromeTraceWriter.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

namespace {

using ts::Time;
using ts::fuzz::require;

const std::string kWorkloadFile = "fuzz.json";
const std::string kProgramFile = "fuzz.py";

constexpr std::int64_t kMaxInstructions = 20000;
constexpr std::int64_t kMaxMemoryBytes = 16LL * 1024 * 1024;
constexpr int kMaxThreads = 8;
constexpr Time kProgramUntil = 10 * ts::kSecond;
constexpr std::int64_t kWorkloadEvents = 20000;

bool isWorkload(std::string_view text) {
    std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    return i < text.size() && text[i] == '{';
}

struct Options {
    int python = 0;
    std::optional<Time> interruptAt;
};

Options optionsFrom(std::string_view text) {
    Options options;
    if (text.empty()) return options;
    const unsigned bits = static_cast<unsigned char>(text.back()) ^ static_cast<unsigned char>('\n');
    if ((bits & 3u) == 1u) options.python = 2;
    if ((bits & 3u) == 2u) options.python = 3;
    if ((bits & 4u) != 0u) options.interruptAt = static_cast<Time>((bits >> 3) + 1) * 100 * ts::kMicrosecond;
    return options;
}

// The shortest time between two kernel events this workload can ask for, about.
Time smallestStep(const ts::WorkloadSpec& spec) {
    Time step = ts::kNever;
    auto consider = [&](Time t) {
        if (t > 0) step = std::min(step, t);
    };
    const ts::MachineConfig& m = spec.machine;
    consider(m.quantum / 2);  // jitter shortens a quantum by up to half
    consider(m.quantum);
    consider(m.contextSwitch);
    consider(m.effectiveThreadSwitch());
    consider(m.timerTick);
    consider(m.mlfqBoost);
    consider(m.agingInterval);
    for (Time q : m.mlfqQuanta) consider(q);
    if (m.policy == "cfs") consider(m.cfsMinGranularity);
    for (const ts::ProcessSpec& p : spec.processes) {
        consider(p.period);
        consider(p.deadline);
        for (const ts::ThreadSpec& t : p.threads) {
            for (const ts::BurstSpec& b : t.bursts) {
                using Kind = ts::DurationDistribution::Kind;
                const ts::DurationDistribution& d = b.length;
                if (d.kind == Kind::Fixed) consider(d.a);
                if (d.kind == Kind::Exponential) consider(std::max<Time>(1, d.a / 8));
                if (d.kind == Kind::Uniform) consider(std::max<Time>(1, d.a));
                if (d.kind == Kind::Normal) consider(std::max<Time>(1, d.a - 3 * std::min(d.b, d.a)));
            }
        }
    }
    return step == ts::kNever ? ts::kMillisecond : step;
}

Time workloadHorizon(const ts::WorkloadSpec& spec) {
    std::int64_t actors = spec.machine.cpus;
    for (const ts::ProcessSpec& p : spec.processes) actors += static_cast<std::int64_t>(p.threads.size()) + 1;
    const Time step = std::min(smallestStep(spec), ts::kMaxDuration);
    const Time horizon = step > ts::kMaxDuration / kWorkloadEvents ? ts::kMaxDuration : step * kWorkloadEvents / actors;
    return std::max<Time>(1, horizon);
}

void checkReport(const ts::RunReport& report) {
    const std::string& s = report.exitStatus;
    require(s == "completed" || s == "time-limit" || s == "interrupted" || s == "deadlock" || s == "error",
            "unknown exit status '" + s + "'");
    require(report.end >= 0, "negative end time");
    require(report.cpuUtilization >= 0.0 && report.cpuUtilization <= 1.000001,
            "cpu utilization out of 0..1: " + std::to_string(report.cpuUtilization));
    for (const ts::SliceRecord& slice : report.slices) {
        require(slice.start <= slice.end && slice.end <= report.end, "a slice outside the run");
        require(slice.cpu < report.cpus, "a slice on a CPU that does not exist");
    }
    Time last = 0;
    for (const ts::OutputRecord& line : report.output) {
        require(line.t >= last, "output lines out of time order");
        last = line.t;
    }
    for (const ts::ProcessMetrics& p : report.processes) {
        require(p.cpu >= 0 && p.waiting >= 0, "negative CPU or waiting time for " + p.name);
    }
}

// The JSON report and the Chrome trace, as `--json` and `--trace` write them.
std::string writeReports(const ts::RunReport& report) {
    std::ostringstream out;
    ts::app::ReportJson::write(out, report, ts::app::ReportJson::Options{true, true});
    ts::ChromeTraceWriter::write(out, report);
    return out.str();
}

// SPEC.md: the same scenario with the same seed gives the same run, byte for byte.
void requireSameRun(const std::string& first, const std::string& second) {
    if (first == second) return;
    const auto at = std::mismatch(first.begin(), first.end(), second.begin(), second.end()).first - first.begin();
    const std::size_t from = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, at - 60));
    ts::fuzz::fail("two runs of the same input differ at byte " + std::to_string(at) + ": '" +
                   first.substr(from, 120) + "' against '" + second.substr(from, 120) + "'");
}

void runWorkload(std::string_view text) {
    ts::WorkloadSpec spec = ts::loadWorkloadText(text, kWorkloadFile);
    ts::app::ScenarioFile::requireRunnable(spec);
    spec.machine.until = std::min(spec.untilGiven ? spec.machine.until : ts::kNever, workloadHorizon(spec));
    spec.untilGiven = true;
    const ts::RunReport report = ts::simulateWorkload(spec);
    checkReport(report);
    const std::string text1 = ts::app::RunText(report, spec.machine).render();
    const std::string json1 = writeReports(report);
    const ts::RunReport again = ts::simulateWorkload(spec);
    requireSameRun(text1 + json1, ts::app::RunText(again, spec.machine).render() + writeReports(again));
}

void runProgram(std::string_view text, const Options& options) {
    ts::ProgramSpec spec = ts::loadProgramText(text, kProgramFile);
    spec.maxInstructions = spec.maxInstructions == 0 ? kMaxInstructions : std::min(spec.maxInstructions, kMaxInstructions);
    spec.maxMemoryBytes = spec.maxMemoryBytes == 0 ? kMaxMemoryBytes : std::min(spec.maxMemoryBytes, kMaxMemoryBytes);
    spec.maxThreads = std::min(spec.maxThreads, kMaxThreads);
    ts::app::ScenarioFile::requireRunnable(spec);
    ts::ProgramRunOptions run;
    run.python = options.python;
    run.until = std::min(spec.untilGiven ? spec.machine.until : kProgramUntil, kProgramUntil);
    run.interruptAt = options.interruptAt;
    const ts::RunReport report = ts::simulateProgram(spec, run);
    checkReport(report);
    requireSameRun(writeReports(report), writeReports(ts::simulateProgram(spec, run)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = ts::fuzz::asText(data, size);
    const bool workload = isWorkload(text);
    const std::string& file = workload ? kWorkloadFile : kProgramFile;
    try {
        if (workload) {
            runWorkload(text);
        } else {
            runProgram(text, optionsFrom(text));
        }
    } catch (const ts::InputError& error) {
        ts::fuzz::checkInputError(error, text, file);
    }
    return 0;
}
