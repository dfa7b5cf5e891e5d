#pragma once
// Builds small workloads in code for kernel tests, without going through JSON, in the textbook
// style: P("A", arrival, {cpu(3)}) — times in milliseconds unless a test says otherwise.
#include <initializer_list>
#include <string>
#include <vector>

#include "Simulation.h"
#include "scenario/WorkloadSpec.h"

namespace ts::test {

inline BurstSpec cpu(double ms) {
    return BurstSpec{BurstSpec::Kind::Cpu,
                     DurationDistribution::fixed(static_cast<Time>(ms * kMillisecond)), {}};
}
inline BurstSpec io(double ms) {
    return BurstSpec{BurstSpec::Kind::Io,
                     DurationDistribution::fixed(static_cast<Time>(ms * kMillisecond)), {}};
}

inline ProcessSpec P(std::string name, double arrivalMs, std::vector<BurstSpec> bursts,
                     int priority = 0) {
    ProcessSpec p;
    p.name = name;
    p.arrival = static_cast<Time>(arrivalMs * kMillisecond);
    p.priority = priority;
    ThreadSpec t;
    t.name = std::move(name);
    t.bursts = std::move(bursts);
    p.threads.push_back(std::move(t));
    return p;
}

inline ProcessSpec periodic(std::string name, double periodMs, double wcetMs, double deadlineMs = 0) {
    ProcessSpec p = P(std::move(name), 0, {cpu(wcetMs)});
    p.period = static_cast<Time>(periodMs * kMillisecond);
    p.deadline = deadlineMs > 0 ? static_cast<Time>(deadlineMs * kMillisecond) : p.period;
    return p;
}

inline WorkloadSpec workload(const std::string& policy, double quantumMs,
                             std::vector<ProcessSpec> processes) {
    WorkloadSpec w;
    w.path = "test";
    w.machine.policy = policy;
    w.machine.quantum = static_cast<Time>(quantumMs * kMillisecond);
    w.processes = std::move(processes);
    return w;
}

inline const ProcessMetrics& processNamed(const RunReport& r, const std::string& name) {
    for (const auto& p : r.processes) {
        if (p.name == name) return p;
    }
    static ProcessMetrics none;
    return none;
}

inline double ms(Time t) { return static_cast<double>(t) / kMillisecond; }

// "P1 0-4, P2 4-7, ..." for the run slices of CPU 0, with names, for readable comparisons.
inline std::string gantt(const RunReport& r, int cpuIndex = 0) {
    std::string s;
    for (const auto& sl : r.slices) {
        if (sl.cpu != cpuIndex) continue;
        if (!s.empty()) s += ", ";
        const std::string& name = r.threads[static_cast<std::size_t>(sl.tid - 1)].name;
        auto num = [](Time t) {
            std::string v = std::to_string(static_cast<double>(t) / kMillisecond);
            v.erase(v.find_last_not_of('0') + 1);
            if (!v.empty() && v.back() == '.') v.pop_back();
            return v;
        };
        s += (sl.kind == Slice::Kind::Switch ? "cs" : name) + " " + num(sl.start) + "-" + num(sl.end);
    }
    return s;
}

}  // namespace ts::test
