#include "workload/WorkloadBodies.h"

#include <stdexcept>
#include <utility>

#include "scenario/InputError.h"

namespace ts {

namespace {

// Appends in place; never past the reserved room, which would move the bodies under the kernel.
template <typename Body, typename... Args>
Body* append(std::vector<Body>& bodies, Args&&... args) {
    if (bodies.size() == bodies.capacity()) throw std::logic_error("WorkloadBodies: no room left");
    return &bodies.emplace_back(std::forward<Args>(args)...);
}

}  // namespace

WorkloadBodies::WorkloadBodies(std::size_t burstThreads, std::size_t periodicThreads) {
    bursts_.reserve(burstThreads);
    periodic_.reserve(periodicThreads);
}

WorkloadBodies::WorkloadBodies(const WorkloadSpec& spec) {
    std::size_t burst = 0, periodic = 0;
    for (const ProcessSpec& p : spec.processes)
        (p.period > 0 ? periodic : burst) += p.threads.size();
    bursts_.reserve(burst);
    periodic_.reserve(periodic);
}

ThreadBody* WorkloadBodies::addBursts(const std::vector<BurstSpec>& bursts, bool repeat,
                                      Random rng) {
    return append(bursts_, bursts, repeat, rng);
}

ThreadBody* WorkloadBodies::addPeriodic(DurationDistribution jobLength, Random rng) {
    return append(periodic_, jobLength, rng);
}

ThreadBody* WorkloadBodies::add(const ProcessSpec& p, const ThreadSpec& t, Random rng) {
    if (p.period > 0) return addPeriodic(t.bursts.front().length, rng);
    return addBursts(t.bursts, t.repeat, rng);
}

void WorkloadBodies::populate(Kernel& kernel, const WorkloadSpec& spec) {
    std::uint64_t stream = 0;
    for (const ProcessSpec& p : spec.processes) {
        if (!p.program.empty()) {
            throw InputError(spec.path, p.pos,
                             "process '" + p.name + "' runs a program; programs inside a " +
                                 "workload are not supported by this version yet");
        }
        const ProcessInfo info{p.name, p.arrival, p.priority, p.tickets, p.nice, p.period, p.deadline};
        const int pid = kernel.addProcess(info);
        for (const ThreadSpec& t : p.threads) {
            // Every thread draws from its own stream, so its bursts do not depend on the order
            // in which the policy runs things.
            Random rng = Random::stream(spec.machine.seed, ++stream);
            kernel.addThread(pid, t.name.empty() ? p.name : t.name, add(p, t, rng), t.start);
        }
    }
}

}  // namespace ts
