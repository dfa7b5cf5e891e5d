#include "classroom/Sweep.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <exception>
#include <string>
#include <system_error>
#include <thread>

#include "ProgramSimulation.h"
#include "Simulation.h"
#include "kernel/WideInt.h"

namespace ts {
namespace {

std::optional<Time> mean(const RunReport& report, std::optional<Time> ProcessMetrics::*field) {
    Int128 sum = 0;
    Int128 count = 0;
    for (const ProcessMetrics& p : report.processes) {
        if (!(p.*field)) continue;
        sum += *(p.*field);
        ++count;
    }
    if (count == 0) return std::nullopt;
    return static_cast<Time>((sum + count / 2) / count);
}

std::optional<Time> meanWaiting(const RunReport& report) {
    if (report.processes.empty()) return std::nullopt;
    Int128 sum = 0;
    for (const ProcessMetrics& p : report.processes) sum += p.waiting;
    const Int128 count = static_cast<Int128>(report.processes.size());
    return static_cast<Time>((sum + count / 2) / count);
}

SweepPoint pointOf(std::int64_t value, const RunReport& report) {
    SweepPoint point;
    point.value = value;
    point.averageWaiting = meanWaiting(report);
    point.averageTurnaround = mean(report, &ProcessMetrics::turnaround);
    point.averageResponse = mean(report, &ProcessMetrics::response);
    point.contextSwitches = report.contextSwitches;
    point.cpuUtilization = report.cpuUtilization;
    point.end = report.end;
    point.exitStatus = report.exitStatus;
    point.exitMessage = report.exitMessage;
    for (const OutputRecord& line : report.output) {
        if (line.stream != "stdout") continue;
        std::string text = line.text;
        if (!text.empty() && text.back() == '\n') text.pop_back();
        point.output.push_back(std::move(text));
    }
    return point;
}

}  // namespace

std::optional<std::int64_t> SweepPoint::lastNumberAfter(const std::string& label) const {
    for (auto line = output.rbegin(); line != output.rend(); ++line) {
        const std::size_t at = line->find(label);
        if (at == std::string::npos) continue;
        // The last run of digits after the label (with its sign).
        const std::size_t from = at + label.size();
        std::size_t last = line->size();
        while (last > from && !std::isdigit(static_cast<unsigned char>((*line)[last - 1]))) --last;
        std::size_t first = last;
        while (first > from && std::isdigit(static_cast<unsigned char>((*line)[first - 1]))) --first;
        if (first == last || last - first > 18) continue;
        std::int64_t v = std::stoll(line->substr(first, last - first));
        if (first > 0 && (*line)[first - 1] == '-') v = -v;
        return v;
    }
    return std::nullopt;
}

std::string SweepPoint::lastOutputLine() const {
    return output.empty() ? std::string() : output.back();
}

void Sweep::apply(SweepParameter parameter, std::int64_t value, MachineConfig& m,
                  Time* instructionCost) {
    switch (parameter) {
        case SweepParameter::Quantum:
            m.quantum = value;
            m.mlfqQuanta.clear();
            break;
        case SweepParameter::Cpus: m.cpus = static_cast<int>(value); break;
        case SweepParameter::SwitchCost: m.contextSwitch = value; break;
        case SweepParameter::ThreadSwitchCost: m.threadSwitch = value; break;
        case SweepParameter::Seed: m.seed = static_cast<std::uint64_t>(value); break;
        case SweepParameter::InstructionCost:
            if (instructionCost) *instructionCost = value;
            break;
    }
}

SweepPoint Sweep::runPoint(const SweepScenario& scenario, SweepParameter parameter,
                           std::int64_t value, const std::atomic<bool>* cancel) {
    RunOptions options;
    options.recordSlices = false;
    options.recordDecisions = false;
    if (scenario.program) {
        ProgramSpec spec = *scenario.program;
        apply(parameter, value, spec.machine, &spec.instructionCost);
        ProgramRunOptions programOptions;
        programOptions.recordSlices = false;
        programOptions.recordDecisions = false;
        programOptions.cancel = cancel;
        return pointOf(value, simulateProgram(spec, programOptions));
    }
    WorkloadSpec spec = *scenario.workload;
    apply(parameter, value, spec.machine, nullptr);
    return pointOf(value, simulateWorkload(spec, options));
}

int Sweep::threadsFor(int jobs, std::size_t points) {
    return static_cast<int>(std::clamp<std::size_t>(static_cast<std::size_t>(std::max(jobs, 1)), 1,
                                                    std::max<std::size_t>(points, 1)));
}

std::vector<SweepPoint> Sweep::run(const SweepScenario& scenario, SweepParameter parameter,
                                   const std::vector<std::int64_t>& values, int jobs) {
    return run(scenario, parameter, values, jobs, SweepControl{});
}

std::vector<SweepPoint> Sweep::run(const SweepScenario& scenario, SweepParameter parameter,
                                   const std::vector<std::int64_t>& values, int jobs,
                                   const SweepControl& control) {
    const std::size_t n = values.size();
    std::vector<SweepPoint> points(n);
    std::vector<std::exception_ptr> errors(n);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> finished{0};
    auto cancelled = [&] { return control.cancel && control.cancel->load(); };
    // Each worker takes the next point not yet taken; each result goes to its point's slot.
    auto work = [&] {
        for (;;) {
            if (cancelled()) return;
            const std::size_t i = next.fetch_add(1);
            if (i >= n) return;
            try {
                points[i] = runPoint(scenario, parameter, values[i], control.cancel);
            } catch (...) {
                errors[i] = std::current_exception();
            }
            const std::size_t done = finished.fetch_add(1) + 1;
            if (control.pointDone) control.pointDone(done);
        }
    };
    const auto threads = static_cast<std::size_t>(threadsFor(jobs, n));
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (std::size_t i = 1; i < threads; ++i) {
        try {
            helpers.emplace_back(work);
        } catch (const std::system_error&) {
            break;  // no more threads to be had: the ones running share the points
        }
    }
    work();
    for (std::thread& t : helpers) t.join();
    if (cancelled()) return {};
    for (const std::exception_ptr& e : errors) {
        if (e) std::rethrow_exception(e);
    }
    return points;
}

}  // namespace ts
