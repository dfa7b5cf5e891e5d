#include "model/WorkloadKernel.h"

#include <algorithm>
#include <numeric>

#include "policies/PolicyFactory.h"

namespace ts::ui {

WorkloadKernel::WorkloadKernel(WorkloadSpec workload, std::unique_ptr<SchedulingPolicy> policy)
    : spec_(std::move(workload)),
      bodies_(spec_),
      kernel_(std::make_unique<Kernel>(spec_.machine,
                                       policy ? std::move(policy) : PolicyFactory::create(spec_.machine))) {
    bodies_.populate(*kernel_, spec_);
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
