#pragma once
// What one Interpreter::runThread() call did: when its last instruction ended, and what the
// thread does next — exactly the pair ThreadBody::run() returns (end time, `after` demand).
#include "kernel/ThreadBody.h"
#include "kernel/Time.h"

namespace ts::script {

struct RunOutcome {
    Time end = 0;     // end of the last instruction executed
    Demand after;     // run() again, sleep(d), block(reason, timeout) or exit()
};

}  // namespace ts::script
