#include "policies/PolicyFactory.h"

#include <stdexcept>
#include <string>

#include "policies/CfsPolicy.h"
#include "policies/EdfPolicy.h"
#include "policies/FcfsPolicy.h"
#include "policies/HrrnPolicy.h"
#include "policies/LotteryPolicy.h"
#include "policies/MlfqPolicy.h"
#include "policies/PriorityPolicy.h"
#include "policies/RateMonotonicPolicy.h"
#include "policies/RoundRobinPolicy.h"
#include "policies/ScriptedPolicy.h"
#include "policies/SjfPolicy.h"
#include "policies/SrtfPolicy.h"

namespace ts {

const std::vector<std::string_view>& PolicyFactory::names() {
    static const std::vector<std::string_view> all = {
        "fcfs", "sjf", "srtf", "hrrn", "priority", "priority-preemptive",
        "rr", "mlfq", "lottery", "cfs", "rm", "edf", "scripted"};
    return all;
}

bool PolicyFactory::known(std::string_view name) {
    for (auto n : names()) {
        if (n == name) return true;
    }
    return false;
}

bool PolicyFactory::needsQuantum(std::string_view name) {
    return name == "rr" || name == "mlfq" || name == "lottery";
}

Time PolicyFactory::quantumInUse(const MachineConfig& m) {
    const bool scriptedTimer = m.policy == "scripted" && m.quantum > 0;
    return needsQuantum(m.policy) || scriptedTimer ? m.quantum : 0;
}

std::unique_ptr<SchedulingPolicy> PolicyFactory::create(const MachineConfig& m) {
    const std::string& p = m.policy;
    if (needsQuantum(p) && m.quantum <= 0 && !(p == "mlfq" && !m.mlfqQuanta.empty())) {
        throw std::invalid_argument("policy '" + p + "' needs a quantum");
    }
    if (p == "fcfs") return std::make_unique<FcfsPolicy>();
    if (p == "sjf") return std::make_unique<SjfPolicy>();
    if (p == "srtf") return std::make_unique<SrtfPolicy>();
    if (p == "hrrn") return std::make_unique<HrrnPolicy>();
    if (p == "priority") {
        return std::make_unique<PriorityPolicy>(m.lowerPriorityNumberFirst, m.agingInterval);
    }
    if (p == "priority-preemptive") {
        return std::make_unique<PriorityPreemptivePolicy>(m.lowerPriorityNumberFirst,
                                                          m.agingInterval);
    }
    if (p == "rr") return std::make_unique<RoundRobinPolicy>(m.quantum);
    if (p == "mlfq") {
        std::vector<Time> quanta = m.mlfqQuanta;
        if (quanta.empty()) {
            // Each level's quantum doubles the one above it.
            for (int level = 0; level < m.mlfqLevels; ++level) {
                quanta.push_back(level < 62 && m.quantum <= (kNever >> level) ? m.quantum << level
                                                                           : kNever);
            }
        }
        return std::make_unique<MlfqPolicy>(std::move(quanta), m.mlfqLevels, m.mlfqBoost,
                                            m.mlfqDemoteWhenAlone);
    }
    if (p == "lottery") return std::make_unique<LotteryPolicy>(m.quantum, m.seed);
    if (p == "cfs") return std::make_unique<CfsPolicy>(m.cfsLatency, m.cfsMinGranularity);
    if (p == "rm") return std::make_unique<RateMonotonicPolicy>();
    if (p == "edf") return std::make_unique<EdfPolicy>();
    if (p == "scripted") {
        return std::make_unique<ScriptedPolicy>(m.schedule, m.scheduleFile, m.quantum);
    }
    throw std::invalid_argument("unknown policy '" + p + "'");
}

}  // namespace ts
