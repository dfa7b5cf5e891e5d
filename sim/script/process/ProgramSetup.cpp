#include "script/process/ProgramSetup.h"

#include "kernel/Kernel.h"
#include "script/compiler/Compiler.h"
#include "script/process/PythonProcess.h"

namespace ts::script {

ParseMode ProgramSetup::parseMode(const ProgramSpec& spec, int python) {
    const int version = python != 0 ? python : spec.python;
    if (version == 2) return ParseMode::Python2;
    if (version == 3) return ParseMode::Python3;
    return ParseMode::Auto;
}

std::string ProgramSetup::processName(const ProgramSpec& spec) {
    const std::size_t slash = spec.path.find_last_of('/');
    return slash == std::string::npos ? spec.path : spec.path.substr(slash + 1);
}

VmConfig ProgramSetup::vmConfig(const ProgramSpec& spec) {
    VmConfig config;
    config.instructionCost = spec.instructionCost;
    config.wallClockOrigin = spec.clockOrigin;
    config.recursionLimit = spec.recursionLimit;
    config.maxInstructions = spec.maxInstructions;
    config.runUntil = horizon(spec);
    config.maxThreads = spec.maxThreads;
    config.argv.push_back(spec.path);
    return config;
}

void ProgramSetup::start(PythonProcess& process, const ast::Module& module, const ProgramSpec& spec,
                         std::optional<Time> interruptAt) {
    if (spec.maxMemoryBytes > 0) process.context().heap().setLimit(static_cast<std::size_t>(spec.maxMemoryBytes));
    const PythonThreadRecord& main = process.startMain(compileModule(module, process.context(), spec.path), spec.path,
                                                       spec.source);
    // The command line's (or the window's) Ctrl-C, else the front matter's.
    if (!interruptAt && spec.interruptAt >= 0) interruptAt = spec.interruptAt;
    if (interruptAt) process.kernel().postInterrupt(main.tid, *interruptAt);
}

bool ProgramSetup::ended(const PythonProcess& process) {
    return process.vm().instructionLimitReached();
}

bool ProgramSetup::describeEnd(RunReport& report, const PythonProcess& process, const Kernel& kernel,
                               const ProgramSpec& spec) {
    if (process.vm().instructionLimitReached()) {
        report.exitStatus = "error";
        report.exitMessage = "instruction limit reached (maxInstructions = " + std::to_string(spec.maxInstructions) + ")";
    } else if (process.mainInterrupted()) {
        report.exitStatus = "interrupted";
        report.exitMessage = "KeyboardInterrupt";
        // Python would still be waiting for them: a second Ctrl-C would be needed.
        if (kernel.deadlocked()) {
            report.exitMessage += "; then " + process.deadlockDescription();
        } else if (kernel.stoppedByLimit()) {
            report.exitMessage += "; still waiting at the time limit for the threads that are not daemons";
        }
    } else if (kernel.deadlocked()) {
        report.exitStatus = "deadlock";
        report.exitMessage = process.deadlockDescription();
    } else if (kernel.stoppedByLimit()) {
        report.exitStatus = "time-limit";
        report.exitMessage = "stopped at the time limit";
    } else if (process.mainFailed()) {
        report.exitStatus = "error";
        report.exitMessage = "uncaught exception in the main thread";
    } else {
        return false;
    }
    return true;
}

}  // namespace ts::script
