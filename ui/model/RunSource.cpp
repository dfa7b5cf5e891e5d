#include "model/RunSource.h"

#include "model/ProgramKernel.h"
#include "model/WorkloadKernel.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

namespace ts::ui {

std::unique_ptr<RunSource> loadRunSource(const std::string& path) {
    // The extension decides, as on the command line: .py is a program, anything else a workload.
    if (path.size() > 3 && path.compare(path.size() - 3, 3, ".py") == 0) {
        return std::make_unique<ProgramKernel>(loadProgramFile(path));
    }
    return std::make_unique<WorkloadKernel>(loadWorkloadFile(path));
}

}  // namespace ts::ui
