#include "classroom/WaitingRun.h"

#include "classroom/HoldingScriptedPolicy.h"
#include "scenario/Duration.h"

namespace ts::ui {

Time WaitingRun::horizon() const {
    // Work that repeats for ever may never reach a decision (one thread alone): it is replayed
    // for a thousand of the scenario's units, then stops as a time limit would stop it.
    if (!inner_->endless()) return inner_->horizon();
    return 1000 * durationUnitScale(inner_->unit()).value_or(kMillisecond);
}

void WaitingRun::completeReport(RunReport& report) {
    inner_->completeReport(report);
    if (!waiting()) return;
    report.exitStatus = "waiting-for-choice";
    report.exitMessage.clear();
}

bool WaitingRun::waiting() const {
    const auto* policy = dynamic_cast<const HoldingScriptedPolicy*>(&inner_->kernel().policy());
    return policy && policy->openDecision().has_value();
}

}  // namespace ts::ui
