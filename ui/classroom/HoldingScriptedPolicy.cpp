#include "classroom/HoldingScriptedPolicy.h"

namespace ts::ui {

Thread* HoldingScriptedPolicy::pickNext(Time now, Choice& why) {
    // With one thread ready there is nothing to choose: it runs, as under the plain policy.
    if (size() < 2 || !scheduleExhausted()) return ScriptedPolicy::pickNext(now, why);
    if (!open_) {
        OpenDecision open;
        open.time = now;
        open.choicesUsed = choicesUsed();
        forEachReady(now, [&open](const Thread& t) { open.ready.push_back(t.tid); });
        open_ = std::move(open);
    }
    return nullptr;  // nobody runs until the student has chosen
}

}  // namespace ts::ui
