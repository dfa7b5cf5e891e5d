#include "model/RunSource.h"

#include "model/ProgramKernel.h"
#include "model/WorkloadKernel.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

namespace ts::ui {
namespace {

// The extension decides, as on the command line: .py is a program, anything else a workload.
bool isProgram(const std::string& path) {
    return path.size() > 3 && path.compare(path.size() - 3, 3, ".py") == 0;
}

}  // namespace

std::unique_ptr<RunSource> loadRunSource(const std::string& path) {
    if (isProgram(path)) return std::make_unique<ProgramKernel>(loadProgramFile(path));
    return std::make_unique<WorkloadKernel>(loadWorkloadFile(path));
}

std::unique_ptr<RunSource> loadRunSourceFromText(const std::string& path, const std::string& text) {
    if (isProgram(path)) return std::make_unique<ProgramKernel>(loadProgramText(text, path));
    return std::make_unique<WorkloadKernel>(loadWorkloadText(text, path));
}

}  // namespace ts::ui
