#pragma once
// One entry of a hand-written schedule for the `scripted` policy ("be the scheduler"): the
// thread to run at the next decision where more than one thread is ready, by name or by tid
// (counted from 1, as reports count them), written `Thread-1`, `3` or `#3`, and `Thread-1*4`
// for the same choice at four decisions in a row.
#include <cstdint>
#include <string>

#include "scenario/SourcePos.h"

namespace ts {

struct ScheduleChoice {
    std::string thread;        // the name, or the tid's digits when byTid
    bool byTid = false;
    int tid = 0;               // byTid: the tid as reports count it (from 1)
    std::int64_t repeat = 1;   // decisions this choice takes, one after another
    SourcePos pos;             // where it is written, for the error when it cannot be followed
};

}  // namespace ts
