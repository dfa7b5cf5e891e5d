#include "SweepCommand.h"

#include <optional>
#include <thread>

#include "ArgumentCursor.h"
#include "ExitStatus.h"
#include "OptionValues.h"
#include "OutputFile.h"
#include "TableOutputs.h"
#include "ScenarioFile.h"
#include "SweepOutput.h"
#include "UsageError.h"
#include "classroom/Sweep.h"
#include "scenario/InputError.h"

namespace ts::app {
namespace {

constexpr const char* kCommand = "sweep";
constexpr std::int64_t kMaxJobs = 256;

bool takesQuantum(const std::string& policy) {
    return policy == "rr" || policy == "mlfq" || policy == "lottery" || policy == "scripted";
}

}  // namespace

SweepRequest SweepCommand::parse(std::vector<std::string> arguments) {
    SweepRequest request;
    ArgumentCursor cursor(std::move(arguments), kCommand);
    const OptionValues values(kCommand);
    std::vector<std::string> files;
    std::optional<SweepParameter> parameter;
    std::optional<std::string> valuesText;
    while (!cursor.atEnd()) {
        const ArgumentCursor::Argument argument = cursor.next();
        const std::string& name = argument.text;
        if (!argument.isOption) {
            files.push_back(name);
        } else if (name == "--param") {
            const std::string text = cursor.valueOf(argument, "a setting such as quantum");
            parameter = SweepValues::parameter(text);
            if (!parameter) {
                throw UsageError(kCommand, "--param: unknown setting '" + text + "' (use " +
                                               SweepValues::parameterList() + ")");
            }
        } else if (name == "--values") {
            valuesText = cursor.valueOf(argument, "a range such as 1ms:20ms:1ms or a list 1,2,4");
        } else if (name == "--jobs" || name == "-j") {
            request.jobs = static_cast<int>(
                values.integer(name, cursor.valueOf(argument, "a number of threads"), 1, kMaxJobs));
        } else if (readTableOutputOption(cursor, argument, values, request)) {
        } else {
            throw UsageError(kCommand, "unknown option '" + name + "'");
        }
    }
    if (files.empty()) {
        throw UsageError(kCommand, "sweep needs a FILE (a .json workload or a .py program)");
    }
    if (files.size() > 1) {
        throw UsageError(kCommand,
                         "sweep takes one FILE, but got '" + files[0] + "' and '" + files[1] + "'");
    }
    if (!parameter || !valuesText) {
        throw UsageError(kCommand, std::string("sweep needs ") +
                                       (parameter ? "--values V" : "--param P") +
                                       ", e.g. timeslice sweep " + files[0] +
                                       " --param quantum --values 1ms:20ms:1ms");
    }
    std::string error;
    const auto list = SweepValues::parse(*valuesText, *parameter, &error);
    if (!list) throw UsageError(kCommand, "--values: " + error);
    request.file = files.front();
    request.parameter = *parameter;
    request.values = *list;
    if (request.csvPath == std::optional<std::string>("-") &&
        request.jsonPath == std::optional<std::string>("-")) {
        throw UsageError(kCommand, "--csv and --json cannot both write to stdout (-)");
    }
    return request;
}

SweepCommand::SweepCommand(const SweepRequest& request, std::ostream& out, std::ostream& err)
    : request_(request), out_(out), err_(err) {}

int SweepCommand::execute() {
    SweepScenario scenario;
    std::string title;
    std::string unit = "ms";
    std::string policy;
    const bool program = ScenarioFile::formatOf(request_.file) == ScenarioFile::Format::Program;
    if (program) {
        scenario.program = ScenarioFile::loadProgram(request_.file);
        ScenarioFile::requireRunnable(*scenario.program);
        title = scenario.program->title;
        policy = scenario.program->machine.policy;
    } else {
        if (request_.parameter == SweepParameter::InstructionCost) {
            throw UsageError(kCommand, "--param instruction-cost applies to Python programs; " +
                                           request_.file + " is a workload");
        }
        scenario.workload = ScenarioFile::loadWorkload(request_.file);
        ScenarioFile::requireRunnable(*scenario.workload);
        title = scenario.workload->title;
        unit = scenario.workload->unit;
        policy = scenario.workload->machine.policy;
    }
    if (request_.parameter == SweepParameter::Quantum && !takesQuantum(policy)) {
        err_ << "timeslice sweep: note: policy '" << policy
             << "' takes no quantum, so every point runs the same schedule\n";
    }
    // Outputs are opened before the runs, so a bad path is reported before any work is done.
    std::optional<OutputFile> csv;
    std::optional<OutputFile> json;
    if (request_.csvPath) csv.emplace(*request_.csvPath);
    if (request_.jsonPath) json.emplace(*request_.jsonPath);

    const int jobs = request_.jobs > 0
                         ? request_.jobs
                         : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const std::vector<SweepPoint> points =
        Sweep::run(scenario, request_.parameter, request_.values, jobs);
    const SweepOutput output(request_.file, title, unit, program, request_.parameter, points);

    const bool stdoutTaken = (request_.csvPath && OutputFile::isStdout(*request_.csvPath)) ||
                             (request_.jsonPath && OutputFile::isStdout(*request_.jsonPath));
    writeTableOutputs(out_, output, csv, json, stdoutTaken, request_.quiet);
    return kExitOk;
}

}  // namespace ts::app
