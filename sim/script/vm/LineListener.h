#pragma once
// Who hears that a Python thread started a new source line: the kernel binding forwards it to
// the kernel's observer, so the GUI can mark each thread's line, step to a thread's next line and
// stop at breakpoints. The VM calls it only when one is installed: a command-line run pays one
// predictable branch per instruction and nothing more.
#include "kernel/Time.h"

namespace ts::script {

class VmThread;

class LineListener {
public:
    virtual ~LineListener() = default;
    // `thread` is about to execute the first instruction of `line`, at simulated time `at`.
    virtual void lineReached(const VmThread& thread, int line, Time at) = 0;
};

}  // namespace ts::script
