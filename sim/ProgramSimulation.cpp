#include "ProgramSimulation.h"

#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "report/CaptionResolver.h"
#include "report/ReportBuilder.h"
#include "script/compiler/Compiler.h"
#include "script/process/ProgramSetup.h"
#include "script/process/PythonProcess.h"
#include "script/syntax/ProgramParser.h"
#include "trace/TraceRecorder.h"

namespace ts {

void checkProgram(const ProgramSpec& spec, int python) {
    script::ast::Module module = script::parseProgram(spec.source, spec.path, script::ProgramSetup::parseMode(spec, python));
    script::RuntimeContext ctx(module.version);
    static_cast<void>(script::compileModule(module, ctx, spec.path));
}

RunReport simulateProgram(const ProgramSpec& spec, const ProgramRunOptions& options) {
    // Tracebacks name the file as the user gave it, as CPython does with `python FILE`.
    script::ast::Module module = script::parseProgram(spec.source, spec.path, script::ProgramSetup::parseMode(spec, options.python));

    Kernel kernel(spec.machine, PolicyFactory::create(spec.machine));
    // Captions find their moments in the threads' state changes (and source lines).
    TraceRecorder recorder(TraceRecorder::Options{options.recordSlices, options.recordDecisions,
                                                  options.recordDecisions || !spec.captions.empty()});
    kernel.setObserver(&recorder);
    const int pid = kernel.addProcess(ProcessInfo{script::ProgramSetup::processName(spec), 0, 0, 100, 0, 0, 0});

    const Time until = options.until ? *options.until : script::ProgramSetup::horizon(spec);
    script::VmConfig config = script::ProgramSetup::vmConfig(spec);
    config.reportLines = CaptionResolver::needsLines(spec.captions);
    config.runUntil = until;
    script::PythonProcess process(kernel, pid, module.version, config, spec.machine.seed);
    script::ProgramSetup::start(process, module, spec, options.interruptAt);

    // Step until the program ends (ProgramSetup::ended: the instruction limit) or the limit.
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    auto stopNow = [&] { return script::ProgramSetup::ended(process) || cancelled(); };
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
    } else if (!script::ProgramSetup::describeEnd(report, process, kernel, spec)) {
        report.exitStatus = "completed";
        if (process.exitCode() != 0) report.exitMessage = "exit code " + std::to_string(process.exitCode());
    }
    return report;
}

}  // namespace ts
