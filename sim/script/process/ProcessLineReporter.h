#pragma once
// Forwards each new source line a Python thread reaches to the kernel's observer, with the
// kernel's thread id, so the recording (and the GUI's source view) sees lines like any event.
#include "script/vm/LineListener.h"

namespace ts {
class Kernel;
}

namespace ts::script {

class PythonProcess;

class ProcessLineReporter : public LineListener {
public:
    ProcessLineReporter(Kernel& kernel, PythonProcess& process) : kernel_(kernel), process_(process) {}
    void lineReached(const VmThread& thread, int line, Time at) override;

private:
    Kernel& kernel_;
    PythonProcess& process_;
};

}  // namespace ts::script
