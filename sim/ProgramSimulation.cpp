#include "ProgramSimulation.h"

#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "report/CaptionResolver.h"
#include "report/ReportBuilder.h"
#include "script/compiler/Compiler.h"
#include "script/process/PythonProcess.h"
#include "script/syntax/ProgramParser.h"
#include "trace/TraceRecorder.h"

namespace ts {

namespace {

constexpr Time kDefaultHorizon = 30 * kSecond;

script::ParseMode parseModeFor(const ProgramSpec& spec, int python) {
    const int version = python != 0 ? python : spec.python;
    if (version == 2) return script::ParseMode::Python2;
    if (version == 3) return script::ParseMode::Python3;
    return script::ParseMode::Auto;
}

std::string baseName(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

void checkProgram(const ProgramSpec& spec, int python) {
    script::ast::Module module = script::parseProgram(spec.source, spec.path, parseModeFor(spec, python));
    script::RuntimeContext ctx(module.version);
    static_cast<void>(script::compileModule(module, ctx, spec.path));
}

RunReport simulateProgram(const ProgramSpec& spec, const ProgramRunOptions& options) {
    // Tracebacks name the file as the user gave it, as CPython does with `python FILE`.
    script::ast::Module module = script::parseProgram(spec.source, spec.path, parseModeFor(spec, options.python));

    Kernel kernel(spec.machine, PolicyFactory::create(spec.machine));
    // Captions find their moments in the threads' state changes (and source lines).
    TraceRecorder recorder(TraceRecorder::Options{options.recordSlices, options.recordDecisions,
                                                  options.recordDecisions || !spec.captions.empty()});
    kernel.setObserver(&recorder);
    const int pid = kernel.addProcess(ProcessInfo{spec.title.empty() ? baseName(spec.path) : baseName(spec.path), 0, 0, 100, 0, 0, 0});

    script::VmConfig config;
    config.instructionCost = spec.instructionCost;
    config.wallClockOrigin = spec.clockOrigin;
    config.recursionLimit = spec.recursionLimit;
    config.maxInstructions = spec.maxInstructions;
    config.maxThreads = spec.maxThreads;
    config.argv.push_back(spec.path);
    config.reportLines = CaptionResolver::needsLines(spec.captions);
    script::PythonProcess process(kernel, pid, module.version, config, spec.machine.seed);
    if (spec.maxMemoryBytes > 0) process.context().heap().setLimit(static_cast<std::size_t>(spec.maxMemoryBytes));
    std::shared_ptr<const script::CodeObject> code = script::compileModule(module, process.context(), spec.path);
    script::PythonThreadRecord& main = process.startMain(code, spec.path, spec.source);
    if (options.interruptAt) kernel.postInterrupt(main.tid, *options.interruptAt);

    // A program that never ends (the tutorial's `while 1: pass`) stops at a default horizon,
    // never hangs the caller.
    const Time until = options.until ? *options.until : (spec.untilGiven ? spec.machine.until : kDefaultHorizon);
    // Step until the program ends or the limit; a Ctrl-C that ended the main thread ends the
    // program at once (its other threads die with it, as when Python exits on ^C).
    // Reaching the instruction limit stops the program the same way.
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    auto stopNow = [&] {
        return process.mainInterrupted() || process.vm().instructionLimitReached() || cancelled();
    };
    while (!stopNow() && kernel.hasPendingEvents() && kernel.nextEventTime() <= until) kernel.step();
    kernel.run(stopNow() ? kernel.now() : until);
    process.output().flush();

    RunReport report = ReportBuilder::build(kernel, recorder);
    report.scenario = spec.path;
    report.title = spec.title;
    report.unit = "ms";
    report.output = process.output().takeRecords();
    report.captions = CaptionResolver::records(
        spec.captions, CaptionResolver::resolve(spec.captions, recorder, RunNames::of(kernel), report.end));
    if (cancelled()) {
        report.exitStatus = "cancelled";
        report.exitMessage = "stopped by the user";
    } else if (process.vm().instructionLimitReached()) {
        report.exitStatus = "error";
        report.exitMessage = "instruction limit reached (maxInstructions = " + std::to_string(spec.maxInstructions) + ")";
    } else if (process.mainInterrupted()) {
        report.exitStatus = "interrupted";
        report.exitMessage = "KeyboardInterrupt";
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
        report.exitStatus = "completed";
        if (process.exitCode() != 0) report.exitMessage = "exit code " + std::to_string(process.exitCode());
    }
    return report;
}

}  // namespace ts
