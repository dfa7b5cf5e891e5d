#include "model/WorkloadKernel.h"

#include <algorithm>
#include <numeric>

#include "policies/PolicyFactory.h"
#include "random/Random.h"
#include "scenario/InputError.h"

namespace ts::ui {

WorkloadKernel::WorkloadKernel(WorkloadSpec workload, std::unique_ptr<SchedulingPolicy> policy)
    : spec_(std::move(workload)),
      bodies_(spec_),
      kernel_(std::make_unique<Kernel>(spec_.machine,
                                       policy ? std::move(policy) : PolicyFactory::create(spec_.machine))) {
    const WorkloadSpec& spec = spec_;
    std::uint64_t stream = 0;
    for (const ProcessSpec& p : spec.processes) {
        if (!p.program.empty()) {
            // ProgramSimulation will plug in here; until then, say so as the command line does.
            throw InputError(spec.path, p.pos,
                             "process '" + p.name + "' runs a program; programs inside a " +
                                 "workload are not supported by this version yet");
        }
        const ProcessInfo info{p.name, p.arrival, p.priority, p.tickets, p.nice, p.period,
                               p.deadline};
        const int pid = kernel_->addProcess(info);
        for (const ThreadSpec& t : p.threads) {
            // One random stream per thread, numbered in file order, as the command line does.
            Random rng = Random::stream(spec.machine.seed, ++stream);
            kernel_->addThread(pid, t.name.empty() ? p.name : t.name, bodies_.add(p, t, rng), t.start);
        }
    }
}

bool WorkloadKernel::endless() const {
    if (horizon() != kNever) return false;
    for (const ProcessSpec& p : spec_.processes) {
        for (const ThreadSpec& t : p.threads) {
            if (t.repeat) return true;
        }
    }
    return false;
}

void WorkloadKernel::completeReport(RunReport& report) {
    report.scenario = spec_.path;
    report.title = spec_.title;
    report.unit = spec_.unit;
}

Time WorkloadKernel::horizonOf(const WorkloadSpec& spec) {
    if (spec.untilGiven) return spec.machine.until;
    Time hyper = 0;
    Time lastArrival = 0;
    for (const ProcessSpec& p : spec.processes) {
        if (p.period <= 0) continue;
        hyper = hyper == 0 ? p.period : std::min(std::lcm(hyper, p.period), kMaxDuration);
        lastArrival = std::max(lastArrival, p.arrival);
    }
    if (hyper > 0) return std::min(kMaxDuration, lastArrival + hyper);
    return kNever;
}

}  // namespace ts::ui
