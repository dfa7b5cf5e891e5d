#include "GenerateCommand.h"

#include <limits>
#include <optional>
#include <tuple>

#include "ArgumentCursor.h"
#include "ExitStatus.h"
#include "OptionValues.h"
#include "OutputFile.h"
#include "UsageError.h"
#include "scenario/Duration.h"
#include "workload/GeneratorOptionText.h"
#include "workload/PeriodicTaskGenerator.h"
#include "workload/WorkloadGenerator.h"

namespace ts::app {
namespace {

constexpr const char* kCommand = "generate";

// Turns a GeneratorOptionText fault into a usage error that names the option.
template <typename T>
T orUsageError(std::optional<T> value, const std::string& option, const std::string& error) {
    if (!value) throw UsageError(kCommand, option + ": " + error);
    return *value;
}

// The settings of processes' arrivals and bursts, which periodic tasks do not have.
bool isProcessOption(const std::string& name) {
    for (const char* option :
         {"--arrival", "--cpu-burst", "--io-burst", "--bursts", "--priorities"}) {
        if (name == option) return true;
    }
    return false;
}

// A periodic task set's options exclude the processes' ones and need a seed.
void checkPeriodic(const PeriodicTaskSet& periodic, const std::string& processOption,
                   bool seedGiven) {
    if (processOption == "--processes") {
        throw UsageError(kCommand,
                         "--tasks and --processes do not go together: a file holds "
                         "either periodic tasks or processes");
    }
    if (!processOption.empty()) {
        throw UsageError(kCommand, processOption +
                                       " does not apply to periodic tasks (--tasks): their "
                                       "execution times come from --utilisation and --periods");
    }
    if (!seedGiven) {
        throw UsageError(kCommand, "generate needs --seed S, e.g. timeslice generate --tasks " +
                                       std::to_string(periodic.tasks) + " --seed 1");
    }
}

// The option a periodic task set's problem is about, "--utilisation: ", so that the message
// names what to change; "" for the others.
std::string periodicOptionOf(const std::string& problem) {
    if (problem.find("utilisation") != std::string::npos) return "--utilisation: ";
    if (problem.find("period") != std::string::npos) return "--periods: ";
    return {};
}

}  // namespace

GenerateRequest GenerateCommand::parse(std::vector<std::string> arguments) {
    GenerateRequest request;
    WorkloadGeneratorOptions& options = request.options;
    ArgumentCursor cursor(std::move(arguments), kCommand);
    const OptionValues values(kCommand);
    bool processesGiven = false, seedGiven = false, policyGiven = false, tasksGiven = false;
    std::optional<PeriodicTaskSet> periodic;
    std::string processOption;   // the first option given that only processes have
    std::string periodicOption;  // the first option given that only periodic tasks have
    std::string error;
    while (!cursor.atEnd()) {
        const ArgumentCursor::Argument argument = cursor.next();
        const std::string& name = argument.text;
        if (processOption.empty() && isProcessOption(name)) processOption = name;
        if (!argument.isOption) {
            throw UsageError(kCommand, "generate takes no FILE ('" + name +
                                           "'); it writes to stdout, or to --output FILE");
        } else if (name == "--processes") {
            options.processes = static_cast<int>(
                values.integer(name, cursor.valueOf(argument, "a number of processes"), 1,
                               WorkloadGeneratorOptions::kMaxProcesses));
            processesGiven = true;
        } else if (name == "--seed") {
            options.seed = static_cast<std::uint64_t>(
                values.integer(name, cursor.valueOf(argument, "a whole number"), 0,
                               std::numeric_limits<std::int64_t>::max()));
            seedGiven = true;
        } else if (name == "--tasks" || name == "--utilisation" || name == "--periods") {
            if (!periodic) periodic = PeriodicTaskSet();
            if (name != "--tasks" && periodicOption.empty()) periodicOption = name;
            if (name == "--tasks") {
                periodic->tasks = static_cast<int>(
                    values.integer(name, cursor.valueOf(argument, "a number of tasks"), 1,
                                   PeriodicTaskGenerator::kMaxTasks));
                tasksGiven = true;
            } else if (name == "--utilisation") {
                periodic->utilisation = orUsageError(
                    GeneratorOptionText::parseUtilisation(
                        cursor.valueOf(argument, "a total utilisation such as 0.8"), &error),
                    name, error);
            } else {
                std::tie(periodic->shortestPeriod, periodic->longestPeriod) = orUsageError(
                    GeneratorOptionText::parsePeriods(
                        cursor.valueOf(argument, "a range LO:HI such as 10ms:100ms"), &error),
                    name, error);
            }
        } else if (name == "--arrival") {
            const std::string text =
                cursor.valueOf(argument, "zero, uniform:WINDOW or poisson:MEAN_GAP");
            options.arrival =
                orUsageError(GeneratorOptionText::parseArrival(text, &error), name, error);
        } else if (name == "--cpu-burst" || name == "--io-burst") {
            const std::string text = cursor.valueOf(
                argument, "a distribution such as exp:50ms, uniform:1ms:10ms or fixed:5ms");
            const DurationDistribution distribution =
                orUsageError(GeneratorOptionText::parseDistribution(text, &error), name, error);
            if (name == "--cpu-burst") {
                options.cpuBurst = distribution;
            } else {
                options.ioBurst = distribution;
            }
        } else if (name == "--bursts") {
            options.cpuBursts = static_cast<int>(
                values.integer(name, cursor.valueOf(argument, "a number of CPU bursts"), 1,
                               WorkloadGeneratorOptions::kMaxCpuBursts));
        } else if (name == "--priorities") {
            const std::string text = cursor.valueOf(argument, "a range LO:HI such as 0:5");
            const PriorityRange range =
                orUsageError(GeneratorOptionText::parsePriorities(text, &error), name, error);
            if (range.lowest < -1000 || range.highest > 1000 || range.lowest > range.highest) {
                throw UsageError(kCommand, name +
                                               " must be LO:HI with -1000 <= LO <= HI <= 1000, "
                                               "found '" +
                                               text + "'");
            }
            options.priorities = range;
        } else if (name == "--policy") {
            options.policy =
                values.policy(name, cursor.valueOf(argument, "a policy name such as rr"));
            policyGiven = true;
        } else if (name == "--quantum") {
            options.quantum =
                values.duration(name, cursor.valueOf(argument, "a duration such as 4ms"), 1);
        } else if (name == "--cpus") {
            options.cpus = static_cast<int>(values.integer(
                name, cursor.valueOf(argument, "a number of CPUs, 1 to 256"), 1, 256));
        } else if (name == "--unit") {
            options.unit = cursor.valueOf(argument, "ns, us, ms or s");
            if (!durationUnitScale(options.unit)) {
                throw UsageError(kCommand, name + ": unknown unit '" + options.unit + "' (use " +
                                               durationUnitList() + ")");
            }
        } else if (name == "--output" || name == "-o") {
            request.outputPath =
                values.outputPath(name, cursor.valueOf(argument, "a file name, or - for stdout"));
        } else {
            throw UsageError(kCommand, "unknown option '" + name + "'");
        }
    }
    if (tasksGiven) {
        checkPeriodic(*periodic, processesGiven ? "--processes" : processOption, seedGiven);
        options.periodic = periodic;
        if (!policyGiven) options.policy = "rm";
    } else if (periodic) {
        throw UsageError(kCommand, periodicOption +
                                       " needs --tasks N (a periodic task set), e.g. timeslice "
                                       "generate --tasks 4 --seed 1 --utilisation 0.8");
    } else if (!processesGiven || !seedGiven) {
        throw UsageError(kCommand, std::string("generate needs ") +
                                       (processesGiven ? "--seed S" : "--processes N") +
                                       ", e.g. timeslice generate --processes 5 --seed 1");
    }
    if (const std::string problem = WorkloadGenerator::problem(options); !problem.empty()) {
        throw UsageError(kCommand, periodicOptionOf(problem) + problem +
                                       (problem.find("quantum") != std::string::npos
                                            ? " (add --quantum D, e.g. --quantum 4ms)"
                                            : ""));
    }
    return request;
}

GenerateCommand::GenerateCommand(const GenerateRequest& request, std::ostream& out)
    : request_(request), out_(out) {}

int GenerateCommand::execute() {
    const std::string text = WorkloadGenerator::generate(request_.options);
    if (OutputFile::isStdout(request_.outputPath)) {
        out_ << text;
        out_.flush();
        return kExitOk;
    }
    OutputFile file(request_.outputPath);
    file.stream() << text;
    file.close();
    return kExitOk;
}

}  // namespace ts::app
