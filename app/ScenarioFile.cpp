#include "ScenarioFile.h"

#include <filesystem>
#include <stdexcept>

#include "policies/PolicyFactory.h"
#include "scenario/InputError.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"
#include "ProgramSimulation.h"

namespace ts::app {
namespace {

constexpr const char* kNoPython = "Python programs inside a workload are not supported by this version yet; run the program file itself (timeslice run FILE.py)";

}  // namespace

ScenarioFile::Format ScenarioFile::formatOf(const std::string& path) {
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".json") return Format::Workload;
    if (extension == ".py") return Format::Program;
    const std::string text = readScenarioFile(path);  // throws for a missing file
    std::size_t i = 0;
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) i = 3;  // a UTF-8 byte-order mark
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
        ++i;
    }
    if (i < text.size() && text[i] == '{') return Format::Workload;
    throw InputError(path, {},
                     "cannot tell what kind of scenario this is: name a workload "
                     "FILE.json and a Python program FILE.py");
}

WorkloadSpec ScenarioFile::loadWorkload(const std::string& path) {
    return loadWorkloadFile(path);
}

void ScenarioFile::requireRunnable(const WorkloadSpec& spec) {
    for (const ProcessSpec& process : spec.processes) {
        if (!process.program.empty()) {
            throw InputError(spec.path, process.pos,
                             "process '" + process.name + "' runs the program '" + process.program +
                                 "': " + kNoPython);
        }
    }
    const MachineConfig& m = spec.machine;
    if (PolicyFactory::needsQuantum(m.policy) && m.quantum <= 0 &&
        !(m.policy == "mlfq" && !m.mlfqQuanta.empty())) {
        // Reached when the file names no policy and the default (rr) finds no quantum.
        throw InputError(spec.path, {},
                         "policy '" + m.policy + "' needs a quantum: add \"quantum\" to " +
                             "\"machine\" (e.g. \"quantum\": 4) or run with --quantum 4ms");
    }
    try {
        static_cast<void>(PolicyFactory::create(spec.machine));
    } catch (const std::invalid_argument& error) {
        throw InputError(spec.path, {}, error.what());
    }
}

void ScenarioFile::programsUnsupported(const std::string& path) {
    static_cast<void>(readScenarioFile(path));  // a missing file says so first
    throw InputError(path, {}, "this command compares policies on workloads; Python programs are not supported here yet");
}

ProgramSpec ScenarioFile::loadProgram(const std::string& path) {
    return loadProgramFile(path);
}

void ScenarioFile::requireRunnable(const ProgramSpec& spec) {
    try {
        static_cast<void>(PolicyFactory::create(spec.machine));
    } catch (const std::invalid_argument& error) {
        throw InputError(spec.path, {}, error.what());
    }
}

void ScenarioFile::checkProgram(const std::string& path) {
    const ProgramSpec spec = loadProgram(path);
    requireRunnable(spec);
    ts::checkProgram(spec);
}

}  // namespace ts::app
