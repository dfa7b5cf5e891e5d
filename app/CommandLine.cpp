#include "CommandLine.h"

#include <algorithm>
#include <limits>

#include "ArgumentCursor.h"
#include "GenerateCommand.h"
#include "OptionValues.h"
#include "QuizCommand.h"
#include "SweepCommand.h"
#include "TableOutputs.h"
#include "UsageError.h"

namespace ts::app {
namespace {

constexpr std::int64_t kMaxCpus = 256;
constexpr std::int64_t kMaxSeed = std::numeric_limits<std::int64_t>::max();

bool isHelp(const std::string& argument) {
    return argument == "-h" || argument == "--help";
}

// The machine options run and compare share; false when `option` is none of them.
bool readMachineOption(ArgumentCursor& cursor, const ArgumentCursor::Argument& option,
                       const OptionValues& values, MachineOverrides& overrides) {
    const std::string& name = option.text;
    if (name == "--quantum") {
        overrides.quantum =
            values.duration(name, cursor.valueOf(option, "a duration such as 4ms"), 1);
    } else if (name == "--cpus") {
        overrides.cpus = static_cast<int>(values.integer(
            name, cursor.valueOf(option, "a number of CPUs, 1 to 256"), 1, kMaxCpus));
    } else if (name == "--switch-cost") {
        overrides.switchCost =
            values.duration(name, cursor.valueOf(option, "a duration such as 0.5ms or 0"), 0);
    } else if (name == "--thread-switch-cost") {
        overrides.threadSwitchCost =
            values.duration(name, cursor.valueOf(option, "a duration such as 100us or 0"), 0);
    } else if (name == "--seed") {
        overrides.seed = static_cast<std::uint64_t>(
            values.integer(name, cursor.valueOf(option, "a whole number"), 0, kMaxSeed));
    } else if (name == "--until") {
        overrides.until =
            values.duration(name, cursor.valueOf(option, "a duration such as 100ms"), 1);
    } else {
        return false;
    }
    return true;
}

[[noreturn]] void unknownOption(const ArgumentCursor& cursor, const std::string& option) {
    throw UsageError(cursor.command(), "unknown option '" + option + "'");
}

}  // namespace

Invocation CommandLine::parse(const std::vector<std::string>& arguments) {
    Invocation invocation;
    if (arguments.empty()) return invocation;
    const std::string& first = arguments.front();
    std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
    if (isHelp(first) || first == "help") {
        invocation.command = Invocation::Command::Help;
        if (first == "help" && !rest.empty()) invocation.helpTopic = rest.front();
        return invocation;
    }
    if (first == "--version" || first == "version") {
        invocation.command = Invocation::Command::Version;
        return invocation;
    }
    const bool known = first == "run" || first == "check" || first == "compare" || first == "gui" ||
                       first == "generate" || first == "quiz" || first == "sweep";
    if (known && std::any_of(rest.begin(), rest.end(), isHelp)) {
        // `timeslice run --help` asks for help, whatever else is on the line.
        invocation.command = Invocation::Command::Help;
        invocation.helpTopic = first;
        return invocation;
    }
    if (first == "run") {
        invocation.command = Invocation::Command::Run;
        invocation.run = parseRun(std::move(rest));
    } else if (first == "check") {
        invocation.command = Invocation::Command::Check;
        invocation.check = parseCheck(std::move(rest));
    } else if (first == "compare") {
        invocation.command = Invocation::Command::Compare;
        invocation.compare = parseCompare(std::move(rest));
    } else if (first == "gui") {
        invocation.command = Invocation::Command::Gui;
        invocation.gui.arguments = std::move(rest);
    } else if (first == "generate") {
        invocation.command = Invocation::Command::Generate;
        invocation.generate = GenerateCommand::parse(std::move(rest));
    } else if (first == "quiz") {
        invocation.command = Invocation::Command::Quiz;
        invocation.quiz = QuizCommand::parse(std::move(rest));
    } else if (first == "sweep") {
        invocation.command = Invocation::Command::Sweep;
        invocation.sweep = SweepCommand::parse(std::move(rest));
    } else if (!first.empty() && first[0] == '-') {
        throw UsageError("", "unknown option '" + first +
                                 "' (options follow a command, e.g. "
                                 "timeslice run FILE " +
                                 first + ")");
    } else {
        throw UsageError(
            "", "unknown command '" + first + "' (did you mean 'timeslice run " + first + "'?)");
    }
    return invocation;
}

RunRequest CommandLine::parseRun(std::vector<std::string> arguments) {
    RunRequest request;
    ArgumentCursor cursor(std::move(arguments), "run");
    const OptionValues values("run");
    std::vector<std::string> files;
    while (!cursor.atEnd()) {
        const ArgumentCursor::Argument argument = cursor.next();
        const std::string& name = argument.text;
        if (!argument.isOption) {
            files.push_back(name);
        } else if (readMachineOption(cursor, argument, values, request.overrides)) {
        } else if (name == "--policy") {
            request.overrides.policy =
                values.policy(name, cursor.valueOf(argument, "a policy name such as rr"));
        } else if (name == "--interrupt-at") {
            request.interruptAt =
                values.duration(name, cursor.valueOf(argument, "a duration such as 2s"), 0);
        } else if (name == "--python") {
            request.python =
                static_cast<int>(values.integer(name, cursor.valueOf(argument, "2 or 3"), 2, 3));
        } else if (name == "--json") {
            request.jsonPath =
                values.outputPath(name, cursor.valueOf(argument, "a file name, or - for stdout"));
        } else if (name == "--trace") {
            request.tracePath =
                values.outputPath(name, cursor.valueOf(argument, "a file name, or - for stdout"));
        } else if (name == "--no-slices") {
            cursor.noValue(argument);
            request.noSlices = true;
        } else if (name == "--quiet" || name == "-q") {
            cursor.noValue(argument);
            request.quiet = true;
        } else {
            unknownOption(cursor, name);
        }
    }
    if (files.empty())
        throw UsageError("run", "run needs a FILE (a .json workload or a .py program)");
    if (files.size() > 1) {
        throw UsageError("run",
                         "run takes one FILE, but got '" + files[0] + "' and '" + files[1] + "'");
    }
    request.file = files.front();
    if (request.jsonPath == "-" && request.tracePath == "-") {
        throw UsageError("run", "--json and --trace cannot both write to stdout (-)");
    }
    return request;
}

CheckRequest CommandLine::parseCheck(std::vector<std::string> arguments) {
    CheckRequest request;
    ArgumentCursor cursor(std::move(arguments), "check");
    while (!cursor.atEnd()) {
        const ArgumentCursor::Argument argument = cursor.next();
        if (!argument.isOption) {
            request.files.push_back(argument.text);
        } else if (argument.text == "--quiet" || argument.text == "-q") {
            cursor.noValue(argument);
            request.quiet = true;
        } else {
            unknownOption(cursor, argument.text);
        }
    }
    if (request.files.empty()) throw UsageError("check", "check needs at least one FILE");
    return request;
}

CompareRequest CommandLine::parseCompare(std::vector<std::string> arguments) {
    CompareRequest request;
    ArgumentCursor cursor(std::move(arguments), "compare");
    const OptionValues values("compare");
    std::vector<std::string> files;
    bool policiesGiven = false;
    while (!cursor.atEnd()) {
        const ArgumentCursor::Argument argument = cursor.next();
        const std::string& name = argument.text;
        if (!argument.isOption) {
            files.push_back(name);
        } else if (readMachineOption(cursor, argument, values, request.overrides)) {
        } else if (name == "--policies") {
            request.policies =
                values.policyList(name, cursor.valueOf(argument, "a list such as fcfs,sjf,rr:4ms"));
            policiesGiven = true;
        } else if (name == "--policy") {
            throw UsageError("compare",
                             "compare takes --policies LIST (e.g. --policies fcfs,rr:4ms), "
                             "not --policy");
        } else if (readTableOutputOption(cursor, argument, values, request)) {
        } else {
            unknownOption(cursor, name);
        }
    }
    if (files.empty()) throw UsageError("compare", "compare needs a FILE (a .json workload)");
    if (files.size() > 1) {
        throw UsageError(
            "compare", "compare takes one FILE, but got '" + files[0] + "' and '" + files[1] + "'");
    }
    if (!policiesGiven) {
        throw UsageError("compare",
                         "compare needs --policies, e.g. --policies fcfs,sjf,srtf,rr:4ms");
    }
    request.file = files.front();
    if (request.csvPath == "-" && request.jsonPath == "-") {
        throw UsageError("compare", "--csv and --json cannot both write to stdout (-)");
    }
    return request;
}

}  // namespace ts::app
