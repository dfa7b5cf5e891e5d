#include "script/process/ProcessLineReporter.h"

#include "kernel/Kernel.h"
#include "script/process/PythonProcess.h"

namespace ts::script {

void ProcessLineReporter::lineReached(const VmThread& thread, int line, Time at) {
    kernel_.reportLine(at, process_.tidOf(thread), line);
}

}  // namespace ts::script
