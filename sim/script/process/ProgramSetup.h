#pragma once
// How a Python program (SPEC format 2) is set up as one process on the kernel, and how its end
// is told: shared by `timeslice run` (simulateProgram) and the GUI's run of a program
// (ui/model/ProgramKernel), so that the window shows the run the command line prints. They
// differ only in what they record and in how they step the kernel.
#include <optional>
#include <string>

#include "kernel/Time.h"
#include "report/RunReport.h"
#include "scenario/ProgramSpec.h"
#include "script/syntax/PythonVersion.h"
#include "script/vm/VmConfig.h"

namespace ts {
class Kernel;
}

namespace ts::script::ast {
struct Module;
}

namespace ts::script {

class PythonProcess;

class ProgramSetup {
public:
    // A program that never ends (the tutorial's `while 1: pass`) and names no `until` stops
    // here, never hangs its caller.
    static constexpr Time kDefaultHorizon = 30 * kSecond;
    static Time horizon(const ProgramSpec& spec) { return spec.untilGiven ? spec.machine.until : kDefaultHorizon; }

    // `python` 2 or 3 overrides the spec's version; 0 keeps it (or detects it from the syntax).
    static ParseMode parseMode(const ProgramSpec& spec, int python = 0);
    // The process's name: the program's file name, as `ps` shows a Python program's.
    static std::string processName(const ProgramSpec& spec);
    // The interpreter's settings from the spec; the caller chooses whether lines are reported.
    static VmConfig vmConfig(const ProgramSpec& spec);
    // Compiles the module into `process` (under the spec's memory limit) and starts its main
    // thread; a Ctrl-C is posted for `interruptAt` when there is one, else for the front
    // matter's `interruptAt`.
    static void start(PythonProcess& process, const ast::Module& module, const ProgramSpec& spec,
                      std::optional<Time> interruptAt);

    // The program is over though events remain: it reached its instruction limit. (A Ctrl-C
    // that ends the main thread does not end the program: as at any end of the main thread,
    // Python then waits for the threads that are not daemons, and only the daemons die.)
    static bool ended(const PythonProcess& process);
    // Sets the report's exit status and message when the run did not simply complete: the
    // instruction limit, a Ctrl-C, a deadlock, the time limit, or an uncaught exception in the
    // main thread. Returns false, and leaves the report alone, when it completed.
    static bool describeEnd(RunReport& report, const PythonProcess& process, const Kernel& kernel,
                            const ProgramSpec& spec);
};

}  // namespace ts::script
