#pragma once
// The scripted policy as "be the scheduler" runs it. The student's choices so far are the
// schedule; at the first decision they do not cover, the CPU is left idle instead of going on
// first come, first served. The run therefore stops exactly where the student must choose, with
// every candidate still ready: the panels show the moment before the choice, not after a
// choice nobody made.
#include <optional>

#include "policies/ScriptedPolicy.h"

namespace ts::ui {

class HoldingScriptedPolicy : public ScriptedPolicy {
public:
    using ScriptedPolicy::ScriptedPolicy;

    Thread* pickNext(Time now, Choice& why) override;

    // The decision the run waits at (its time and ready threads in queue order), or nothing
    // when the schedule covered every decision of the run.
    const std::optional<OpenDecision>& openDecision() const { return open_; }

private:
    std::optional<OpenDecision> open_;
};

}  // namespace ts::ui
