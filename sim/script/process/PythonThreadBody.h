#pragma once
// The kernel's view of one Python thread: run() executes its bytecode through the Interpreter
// up to the kernel's limit; next(), called when a wait the thread asked for is over, finishes
// the native call that waited (resumeThread) with the wake status; interrupt() is Ctrl-C.
#include "kernel/ThreadBody.h"

namespace ts::script {

class PythonProcess;
struct PythonThreadRecord;

class PythonThreadBody : public ThreadBody {
public:
    PythonThreadBody(PythonProcess& process, PythonThreadRecord& record) : process_(process), record_(record) {}

    Demand next(Thread& thread, Time now) override;
    Time run(Thread& thread, Time now, Time limit, Demand& after) override;
    bool interrupt(Thread& thread, Time now) override;

private:
    PythonProcess& process_;
    PythonThreadRecord& record_;
};

}  // namespace ts::script
