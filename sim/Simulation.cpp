#include "Simulation.h"

#include <numeric>
#include <vector>

#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "report/CaptionResolver.h"
#include "report/ReportBuilder.h"
#include "trace/TraceRecorder.h"
#include "workload/WorkloadBodies.h"

namespace ts {

Time defaultHorizon(const WorkloadSpec& spec) {
    // Periodic tasks and repeating threads never finish; without an `until` the run stops at
    // the hyperperiod (the least common multiple of the periods, after the last first release)
    // or, for repeating work, after ten simulated seconds.
    Time hyper = 0;
    Time lastArrival = 0;
    bool repeating = false;
    for (const ProcessSpec& p : spec.processes) {
        if (p.period > 0) {
            hyper = hyper == 0 ? p.period : std::lcm(hyper, p.period);
            if (hyper > kMaxDuration) hyper = kMaxDuration;
            lastArrival = std::max(lastArrival, p.arrival);
        }
        for (const ThreadSpec& t : p.threads) repeating = repeating || t.repeat;
    }
    if (hyper > 0) return std::min(kMaxDuration, lastArrival + hyper);
    if (repeating) return 10 * kSecond;
    return kNever;
}

RunReport simulateWorkload(const WorkloadSpec& spec, const RunOptions& options) {
    Kernel kernel(spec.machine, PolicyFactory::create(spec.machine));
    WorkloadBodies bodies(spec);
    bodies.populate(kernel, spec);
    // Captions find their moments in the threads' state changes.
    TraceRecorder recorder(TraceRecorder::Options{options.recordSlices, options.recordDecisions,
                                                  options.recordDecisions || !spec.captions.empty()});
    kernel.setObserver(&recorder);
    kernel.run(spec.untilGiven ? spec.machine.until : defaultHorizon(spec));
    RunReport report = ReportBuilder::build(kernel, recorder);
    report.scenario = spec.path;
    report.title = spec.title;
    report.unit = spec.unit;
    report.captions = CaptionResolver::records(
        spec.captions, CaptionResolver::resolve(spec.captions, recorder, RunNames::of(kernel), report.end));
    return report;
}

}  // namespace ts
