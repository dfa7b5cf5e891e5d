#include "RunCommand.h"

#include <optional>

#include "ExitStatus.h"
#include "OutputFile.h"
#include "ReportJson.h"
#include "RunText.h"
#include "ScenarioFile.h"
#include "ProgramSimulation.h"
#include "Simulation.h"
#include "report/ChromeTraceWriter.h"

namespace ts::app {
namespace {

// A caption whose moment never came is a slip in the scenario, or a schedule that differs from
// the one its author saw (another --seed or --policy): say which, without failing the run.
void noteCaptionsNotReached(std::ostream& err, const std::string& file, const RunReport& report) {
    for (const CaptionRecord& c : report.captions) {
        if (c.t) continue;
        err << "timeslice: note: " << file << ':' << c.line << ':' << c.column
            << ": caption not shown: " << c.moment << " did not happen in this run\n";
    }
}

}  // namespace

RunCommand::RunCommand(const RunRequest& request, std::ostream& out, std::ostream& err)
    : request_(request), out_(out), err_(err) {}

int RunCommand::execute() {
    switch (ScenarioFile::formatOf(request_.file)) {
        case ScenarioFile::Format::Workload:
            return runWorkload();
        case ScenarioFile::Format::Program:
            return runProgram();
    }
    return kExitBadInput;
}

int RunCommand::runProgram() {
    ProgramSpec spec = ScenarioFile::loadProgram(request_.file);
    const MachineOverrides& o = request_.overrides;
    if (o.policy) spec.machine.policy = *o.policy;
    if (o.quantum) spec.machine.quantum = *o.quantum;
    if (o.cpus) spec.machine.cpus = *o.cpus;
    if (o.switchCost) spec.machine.contextSwitch = *o.switchCost;
    if (o.threadSwitchCost) spec.machine.threadSwitch = *o.threadSwitchCost;
    if (o.seed) spec.machine.seed = *o.seed;
    if (o.until) {
        spec.machine.until = *o.until;
        spec.untilGiven = true;
    }
    ScenarioFile::requireRunnable(spec);

    // A program's stdout is the program's own output, nothing else: the report and trace go to
    // their files (or, with `--json -`, the report alone to stdout).
    const bool jsonToStdout = request_.jsonPath && OutputFile::isStdout(*request_.jsonPath);
    const bool traceToStdout = request_.tracePath && OutputFile::isStdout(*request_.tracePath);
    std::optional<OutputFile> json;
    std::optional<OutputFile> trace;
    if (request_.jsonPath) json.emplace(*request_.jsonPath);
    if (request_.tracePath) trace.emplace(*request_.tracePath);

    ProgramRunOptions options;
    options.python = request_.python.value_or(0);
    options.interruptAt = request_.interruptAt;
    options.recordSlices = trace || (json && !request_.noSlices);
    options.recordDecisions = json || trace;
    const RunReport report = simulateProgram(spec, options);

    // The lines in simulated-time order, each on the stream the program wrote it to.
    for (const OutputRecord& line : report.output) {
        if (line.stream == "stderr") {
            err_ << line.text;
        } else if (!jsonToStdout && !traceToStdout) {
            out_ << line.text;
            out_.flush();
        }
    }
    if (json) {
        ReportJson::write(json->stream(), report, ReportJson::Options{!request_.noSlices, true});
        json->close();
    }
    if (trace) {
        ChromeTraceWriter::write(trace->stream(), report);
        trace->close();
    }
    if (!request_.quiet) noteCaptionsNotReached(err_, request_.file, report);
    if (report.exitStatus == "deadlock") err_ << "timeslice: " << report.exitMessage << '\n';
    out_.flush();
    err_.flush();
    const bool failed = report.exitStatus == "deadlock" || report.exitStatus == "error";
    return failed ? kExitProgramFailed : kExitOk;
}

int RunCommand::runWorkload() {
    WorkloadSpec spec = ScenarioFile::loadWorkload(request_.file);
    request_.overrides.applyTo(spec);
    request_.overrides.requireQuantum(spec, "run");
    ScenarioFile::requireRunnable(spec);
    if (!request_.quiet && (request_.interruptAt || request_.python)) {
        err_ << "timeslice: note: --interrupt-at and --python apply to Python programs; "
             << request_.file << " is a workload, so they are ignored\n";
    }

    const bool jsonToStdout = request_.jsonPath && OutputFile::isStdout(*request_.jsonPath);
    const bool traceToStdout = request_.tracePath && OutputFile::isStdout(*request_.tracePath);
    const bool text = !request_.quiet && !jsonToStdout && !traceToStdout;
    // Open outputs before the run, so a bad path is reported before any work is done.
    std::optional<OutputFile> json;
    std::optional<OutputFile> trace;
    if (request_.jsonPath) json.emplace(*request_.jsonPath);
    if (request_.tracePath) trace.emplace(*request_.tracePath);

    RunOptions options;
    // Record only what some output shows: a long run's slices and decisions take memory.
    options.recordSlices = text || trace || (json && !request_.noSlices);
    options.recordDecisions = json || trace;
    const RunReport report = simulateWorkload(spec, options);

    if (text) out_ << RunText(report, spec.machine).render();
    if (json) {
        ReportJson::write(json->stream(), report, ReportJson::Options{!request_.noSlices, true});
        json->close();
    }
    if (trace) {
        ChromeTraceWriter::write(trace->stream(), report);
        trace->close();
        if (text) {
            out_ << "\nTrace written to " << *request_.tracePath
                 << " (open it in https://ui.perfetto.dev or chrome://tracing).\n";
        }
    }
    if (!request_.quiet) noteCaptionsNotReached(err_, request_.file, report);
    out_.flush();
    const bool failed = report.exitStatus == "deadlock" || report.exitStatus == "error";
    return failed ? kExitProgramFailed : kExitOk;
}

}  // namespace ts::app
