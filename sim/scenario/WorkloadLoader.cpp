#include "scenario/WorkloadLoader.h"

#include "scenario/Suggestion.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "scenario/CaptionJsonReader.h"
#include "scenario/Duration.h"
#include "scenario/InputError.h"
#include "scenario/JsonParser.h"
#include "scenario/JsonValue.h"
#include "scenario/ScheduleParser.h"
#include "scenario/Suggestion.h"

namespace ts {
namespace {

namespace fs = std::filesystem;
using Keys = std::span<const std::string_view>;

constexpr std::string_view kTopLevelKeys[] = {"title",     "description", "unit",    "machine",
                                              "processes", "seed",        "until",   "captions"};
constexpr std::string_view kMachineKeys[] = {
    "cpus",          "policy", "quantum", "contextSwitch",
    "threadSwitch",  "seed",   "until",   "arrivalBeforePreempted",
    "priorityOrder", "mlfq",   "cfs",     "agingInterval", "schedule"};
constexpr std::string_view kMlfqKeys[] = {"levels", "quanta", "boost", "demoteWhenAlone"};
constexpr std::string_view kCfsKeys[] = {"latency", "minGranularity"};
constexpr std::string_view kProcessKeys[] = {"name",    "arrival", "priority", "tickets",
                                             "nice",    "period",  "deadline", "bursts",
                                             "threads", "program", "repeat"};
constexpr std::string_view kThreadKeys[] = {"name", "start", "bursts", "repeat"};
constexpr std::string_view kBurstKeys[] = {"cpu", "io"};
constexpr std::string_view kDistributionKeys[] = {"exp", "uniform", "normal"};
constexpr std::string_view kPolicies[] = {
    "fcfs", "sjf",  "srtf",    "hrrn", "priority", "priority-preemptive",
    "rr",   "mlfq", "lottery", "cfs",  "rm",       "edf", "scripted"};
constexpr std::string_view kPoliciesNeedingQuantum[] = {"rr", "mlfq", "lottery"};

constexpr int kMaxCpus = 256;
constexpr int kMaxMlfqLevels = 16;

std::string inQuotes(std::string_view text) {
    return "'" + std::string(text) + "'";
}

std::string placeText(SourcePos pos) {
    return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

bool contains(Keys words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

class WorkloadReader {
  public:
    explicit WorkloadReader(const std::string& path, std::string unit = "ms")
        : path_(path), unit_(std::move(unit)) {}

    WorkloadSpec read(const JsonValue& root);
    ProcessSpec readProcess(const JsonValue& value) const;

  private:
    [[noreturn]] void fail(SourcePos pos, const std::string& message) const {
        throw InputError(path_, pos, message);
    }
    void checkKeys(const JsonValue& object, Keys allowed, const std::string& where) const;
    void requireObject(const JsonValue& value, const std::string& what) const;
    const JsonValue::Array& readArray(const JsonValue& value, const std::string& what) const;
    std::string readString(const JsonValue& value, const std::string& what) const;
    bool readBool(const JsonValue& value, const std::string& what) const;
    std::int64_t readInteger(const JsonValue& value, const std::string& what, std::int64_t min,
                             std::int64_t max) const;
    Time readDuration(const JsonValue& value, const std::string& what, Time minimum) const;
    DurationDistribution readLength(const JsonValue& value, const std::string& what) const;

    void readMachine(const JsonValue& machine, WorkloadSpec& spec);
    void readMlfq(const JsonValue& mlfq, MachineConfig& config) const;
    void readCfs(const JsonValue& cfs, MachineConfig& config) const;
    void readSeedOrUntil(const JsonValue::Member& member, WorkloadSpec& spec);
    void readProcessBody(const JsonValue& value, ProcessSpec& process) const;
    ThreadSpec readThread(const JsonValue& value) const;
    std::vector<BurstSpec> readBursts(const JsonValue& value) const;
    BurstSpec readBurst(const JsonValue& value) const;
    std::string resolveProgram(const JsonValue& value) const;

    std::string path_;
    std::string unit_;
    std::map<std::string, SourcePos> seenSettings_;  // seed / until, which may appear twice
};

void WorkloadReader::checkKeys(const JsonValue& object, Keys allowed,
                               const std::string& where) const {
    for (const JsonValue::Member& member : object.asObject()) {
        if (!contains(allowed, member.key)) {
            fail(member.keyPos, "unknown key " + inQuotes(member.key) + " in " + where +
                                    suggestWord(member.key, allowed));
        }
    }
}

void WorkloadReader::requireObject(const JsonValue& value, const std::string& what) const {
    if (!value.isObject())
        fail(value.pos(), what + " must be an object, found " + value.describe());
}

const JsonValue::Array& WorkloadReader::readArray(const JsonValue& value,
                                                  const std::string& what) const {
    if (!value.isArray()) fail(value.pos(), what + " must be an array, found " + value.describe());
    return value.asArray();
}

std::string WorkloadReader::readString(const JsonValue& value, const std::string& what) const {
    if (!value.isString()) fail(value.pos(), what + " must be a string, found " + value.describe());
    return value.asString();
}

bool WorkloadReader::readBool(const JsonValue& value, const std::string& what) const {
    if (!value.isBool()) {
        fail(value.pos(), what + " must be true or false, found " + value.describe());
    }
    return value.asBool();
}

std::int64_t WorkloadReader::readInteger(const JsonValue& value, const std::string& what,
                                         std::int64_t min, std::int64_t max) const {
    if (value.isFloat()) {
        fail(value.pos(), what + " must be an integer, found " + value.numberText());
    }
    if (!value.isInteger()) {
        fail(value.pos(), what + " must be an integer, found " + value.describe());
    }
    const std::int64_t n = value.asInteger();
    if (n < min || n > max) {
        const std::string range =
            max == std::numeric_limits<std::int64_t>::max()
                ? "at least " + std::to_string(min)
                : "between " + std::to_string(min) + " and " + std::to_string(max);
        fail(value.pos(), what + " must be " + range + ", found " + std::to_string(n));
    }
    return n;
}

Time WorkloadReader::readDuration(const JsonValue& value, const std::string& what,
                                  Time minimum) const {
    std::string error;
    std::optional<Time> ns;
    if (value.isNumber()) {
        ns = parseDuration(value.numberText(), unit_, &error);
    } else if (value.isString()) {
        ns = parseDuration(value.asString(), unit_, &error);
    } else {
        fail(value.pos(), what + " must be a duration (a number in " + unit_ +
                              " or a string such as \"4ms\"), found " + value.describe());
    }
    if (!ns) fail(value.pos(), what + ": " + error);
    if (*ns < minimum) {
        fail(value.pos(), what + (minimum == 1 ? " must be at least 1ns" : " must be positive"));
    }
    return *ns;
}

DurationDistribution WorkloadReader::readLength(const JsonValue& value,
                                                const std::string& what) const {
    if (!value.isObject()) return DurationDistribution::fixed(readDuration(value, what, 1));
    const JsonValue::Object& members = value.asObject();
    checkKeys(value, kDistributionKeys, "a distribution");
    if (members.size() != 1) {
        fail(members.empty() ? value.pos() : members[1].keyPos,
             what +
                 " must be a duration or one distribution: {\"exp\": mean}, "
                 "{\"uniform\": [min, max]} or {\"normal\": [mean, stddev]}");
    }
    const JsonValue::Member& member = members.front();
    if (member.key == "exp") {
        return DurationDistribution::exponential(readDuration(member.value, "'exp' mean", 1));
    }
    const JsonValue::Array& pair = readArray(member.value, inQuotes(member.key));
    if (pair.size() != 2) {
        fail(member.value.pos(), inQuotes(member.key) + " takes two durations: " +
                                     (member.key == "uniform" ? "[min, max]" : "[mean, stddev]"));
    }
    if (member.key == "uniform") {
        const Time lo = readDuration(pair[0], "'uniform' min", 1);
        const Time hi = readDuration(pair[1], "'uniform' max", 1);
        if (lo > hi) {
            fail(pair[1].pos(), "'uniform' max (" + formatDuration(hi) + ") is below its min (" +
                                    formatDuration(lo) + ")");
        }
        return DurationDistribution::uniform(lo, hi);
    }
    const Time mean = readDuration(pair[0], "'normal' mean", 1);
    return DurationDistribution::normal(mean, readDuration(pair[1], "'normal' stddev", 0));
}

WorkloadSpec WorkloadReader::read(const JsonValue& root) {
    WorkloadSpec spec;
    spec.path = path_;
    // A workload that names no policy is scheduled first come, first served: the one policy
    // that needs no setting. (Programs default to round robin; see ProgramLoader.)
    spec.machine.policy = "fcfs";
    if (!root.isObject()) {
        fail(root.pos(),
             std::string("a workload file must be a JSON object {...}, found ") + root.describe());
    }
    checkKeys(root, kTopLevelKeys, "the workload");
    // The unit governs every other number, wherever it is written.
    if (const JsonValue::Member* unit = root.find("unit")) {
        unit_ = readString(unit->value, "'unit'");
        if (!durationUnitScale(unit_)) {
            fail(unit->value.pos(),
                 "unknown unit " + inQuotes(unit_) + " (use " + durationUnitList() + ")");
        }
        spec.unit = unit_;
    }
    for (const JsonValue::Member& member : root.asObject()) {
        if (member.key == "title") spec.title = readString(member.value, "'title'");
        if (member.key == "description") readString(member.value, "'description'");
        if (member.key == "machine") readMachine(member.value, spec);
        if (member.key == "seed" || member.key == "until") readSeedOrUntil(member, spec);
    }
    const JsonValue::Member* processes = root.find("processes");
    if (!processes) fail(root.pos(), "the workload has no \"processes\" list");
    const JsonValue::Array& list = readArray(processes->value, "'processes'");
    if (list.empty()) fail(processes->value.pos(), "'processes' must list at least one process");
    std::map<std::string, SourcePos> names;
    for (const JsonValue& element : list) {
        ProcessSpec process = readProcess(element);
        const SourcePos namePos = element.find("name")->value.pos();
        if (auto [it, inserted] = names.emplace(process.name, namePos); !inserted) {
            fail(namePos, "duplicate process name " + inQuotes(process.name) + " (first at " +
                              placeText(it->second) + ")");
        }
        spec.processes.push_back(std::move(process));
    }
    checkScheduleThreads(spec);  // a scripted policy's choices name the threads just read
    // After the processes, so that a caption's thread can be checked against their names.
    if (const JsonValue::Member* captions = root.find("captions")) {
        spec.captions = readWorkloadCaptions(captions->value, spec, unit_);
    }
    return spec;
}

void WorkloadReader::readSeedOrUntil(const JsonValue::Member& member, WorkloadSpec& spec) {
    // "seed" and "until" may stand in "machine" or at the top level, but only once.
    if (auto [it, inserted] = seenSettings_.emplace(member.key, member.keyPos); !inserted) {
        fail(member.keyPos,
             inQuotes(member.key) + " is given twice (also at " + placeText(it->second) + ")");
    }
    if (member.key == "seed") {
        spec.machine.seed = static_cast<std::uint64_t>(
            readInteger(member.value, "'seed'", 0, std::numeric_limits<std::int64_t>::max()));
    } else {
        spec.machine.until = readDuration(member.value, "'until'", 1);
        spec.untilGiven = true;
    }
}

void WorkloadReader::readMachine(const JsonValue& machine, WorkloadSpec& spec) {
    requireObject(machine, "'machine'");
    checkKeys(machine, kMachineKeys, "'machine'");
    MachineConfig& config = spec.machine;
    const JsonValue* policy = nullptr;
    for (const JsonValue::Member& member : machine.asObject()) {
        const std::string& key = member.key;
        const JsonValue& value = member.value;
        const std::string what = inQuotes(key);
        if (key == "cpus") {
            config.cpus = static_cast<int>(readInteger(value, what, 1, kMaxCpus));
        } else if (key == "policy") {
            config.policy = readString(value, what);
            if (!contains(kPolicies, config.policy)) {
                fail(value.pos(), "unknown policy " + inQuotes(config.policy) +
                                      suggestWord(config.policy, kPolicies));
            }
            policy = &value;
        } else if (key == "quantum") {
            config.quantum = readDuration(value, what, 1);
        } else if (key == "contextSwitch") {
            config.contextSwitch = readDuration(value, what, 0);
        } else if (key == "threadSwitch") {
            config.threadSwitch = readDuration(value, what, 0);
        } else if (key == "seed" || key == "until") {
            readSeedOrUntil(member, spec);
        } else if (key == "arrivalBeforePreempted") {
            config.arrivalBeforePreempted = readBool(value, what);
        } else if (key == "priorityOrder") {
            const std::string order = readString(value, what);
            if (order != "lower-first" && order != "higher-first") {
                fail(value.pos(),
                     "'priorityOrder' must be \"lower-first\" or \"higher-first\", "
                     "found " +
                         inQuotes(order));
            }
            config.lowerPriorityNumberFirst = order == "lower-first";
        } else if (key == "mlfq") {
            readMlfq(value, config);
        } else if (key == "cfs") {
            readCfs(value, config);
        } else if (key == "agingInterval") {
            config.agingInterval = readDuration(value, what, 0);
        } else if (key == "schedule") {
            config.schedule = readScheduleValue(value, path_);
            config.scheduleFile = path_;
        }
    }
    if (const JsonValue::Member* schedule = machine.find("schedule")) {
        requireScriptedPolicy(config, schedule->value.pos(), path_);
    }
    if (policy && contains(kPoliciesNeedingQuantum, config.policy) && config.quantum == 0) {
        if (config.policy == "mlfq" && !config.mlfqQuanta.empty()) {
            config.quantum = config.mlfqQuanta.front();  // the top level's quantum
        } else {
            const std::string example = unit_ == "ms" ? "4" : "\"4ms\"";
            fail(policy->pos(), "policy " + inQuotes(config.policy) + " needs a quantum: add " +
                                    "\"quantum\": " + example + " to machine");
        }
    }
}

void WorkloadReader::readMlfq(const JsonValue& mlfq, MachineConfig& config) const {
    requireObject(mlfq, "'mlfq'");
    checkKeys(mlfq, kMlfqKeys, "'mlfq'");
    const JsonValue* levels = nullptr;
    const JsonValue* quanta = nullptr;
    for (const JsonValue::Member& member : mlfq.asObject()) {
        if (member.key == "levels") {
            levels = &member.value;
            config.mlfqLevels =
                static_cast<int>(readInteger(member.value, "'levels'", 1, kMaxMlfqLevels));
        } else if (member.key == "quanta") {
            quanta = &member.value;
            const JsonValue::Array& list = readArray(member.value, "'quanta'");
            if (list.empty() || list.size() > static_cast<std::size_t>(kMaxMlfqLevels)) {
                fail(member.value.pos(), "'quanta' must list one quantum per level (1 to " +
                                             std::to_string(kMaxMlfqLevels) + ")");
            }
            config.mlfqQuanta.clear();
            for (const JsonValue& quantum : list) {
                config.mlfqQuanta.push_back(readDuration(quantum, "an mlfq quantum", 1));
            }
        } else if (member.key == "boost") {
            config.mlfqBoost = readDuration(member.value, "'boost'", 0);
        } else if (member.key == "demoteWhenAlone") {
            config.mlfqDemoteWhenAlone = readBool(member.value, "'demoteWhenAlone'");
        }
    }
    if (!quanta) return;
    // Fewer quanta than levels: the last one serves the levels below it too (Stallings's FB q=1
    // is {"levels": 10, "quanta": [1]}).
    const int count = static_cast<int>(config.mlfqQuanta.size());
    if (levels && count > config.mlfqLevels) {
        fail(quanta->pos(), "'quanta' lists " + std::to_string(count) + " quanta but 'levels' is " +
                                std::to_string(config.mlfqLevels));
    }
    if (!levels) config.mlfqLevels = count;
}

void WorkloadReader::readCfs(const JsonValue& cfs, MachineConfig& config) const {
    requireObject(cfs, "'cfs'");
    checkKeys(cfs, kCfsKeys, "'cfs'");
    for (const JsonValue::Member& member : cfs.asObject()) {
        if (member.key == "latency") config.cfsLatency = readDuration(member.value, "'latency'", 1);
        if (member.key == "minGranularity") {
            config.cfsMinGranularity = readDuration(member.value, "'minGranularity'", 1);
        }
    }
}

ProcessSpec WorkloadReader::readProcess(const JsonValue& value) const {
    requireObject(value, "each process");
    const JsonValue::Member* name = value.find("name");
    if (!name) fail(value.pos(), "a process needs a \"name\"");
    ProcessSpec process;
    process.pos = value.pos();
    process.name = readString(name->value, "'name'");
    if (process.name.empty()) fail(name->value.pos(), "a process's 'name' must not be empty");
    checkKeys(value, kProcessKeys, "process " + inQuotes(process.name));
    for (const JsonValue::Member& member : value.asObject()) {
        const std::string what = inQuotes(member.key);
        if (member.key == "arrival") process.arrival = readDuration(member.value, what, 0);
        if (member.key == "priority") {
            process.priority = static_cast<int>(readInteger(member.value, what, -1000, 1000));
        }
        if (member.key == "tickets") {
            process.tickets = static_cast<int>(readInteger(member.value, what, 1, 1000000));
        }
        if (member.key == "nice") {
            process.nice = static_cast<int>(readInteger(member.value, what, -20, 19));
        }
        if (member.key == "period") process.period = readDuration(member.value, what, 1);
        if (member.key == "deadline") process.deadline = readDuration(member.value, what, 1);
    }
    readProcessBody(value, process);
    if (process.period > 0 && process.deadline == 0) process.deadline = process.period;
    return process;
}

// What the process runs: exactly one of "bursts", "threads", "program"; "period" goes with
// "bursts" (one cpu burst: each job's execution time).
void WorkloadReader::readProcessBody(const JsonValue& value, ProcessSpec& process) const {
    const JsonValue::Member* bursts = value.find("bursts");
    const JsonValue::Member* threads = value.find("threads");
    const JsonValue::Member* program = value.find("program");
    const JsonValue::Member* period = value.find("period");
    const JsonValue::Member* deadline = value.find("deadline");
    const JsonValue::Member* repeat = value.find("repeat");
    std::vector<const JsonValue::Member*> bodies;  // in file order
    for (const JsonValue::Member& member : value.asObject()) {
        if (member.key == "bursts" || member.key == "threads" || member.key == "program") {
            bodies.push_back(&member);
        }
    }
    const std::string who = "process " + inQuotes(process.name);
    if (period) {
        for (const JsonValue::Member* body : bodies) {
            if (body->key != "bursts") {
                fail(body->keyPos,
                     "a periodic task ('period') takes \"bursts\": [{\"cpu\": X}], "
                     "not " +
                         inQuotes(body->key));
            }
        }
        if (!bursts) {
            fail(period->keyPos,
                 "a periodic task needs \"bursts\": [{\"cpu\": X}], its "
                 "execution time per period");
        }
        if (repeat) {
            fail(repeat->keyPos,
                 "'repeat' does not apply to a periodic task: it runs once per "
                 "period");
        }
    } else {
        if (deadline) fail(deadline->keyPos, "'deadline' needs a 'period'");
        if (bodies.empty()) {
            fail(value.pos(), who + " needs one of \"bursts\", \"threads\" or \"program\"");
        }
        if (bodies.size() > 1) {
            fail(bodies[1]->keyPos, who + " has both " + inQuotes(bodies[0]->key) + " and " +
                                        inQuotes(bodies[1]->key) +
                                        "; give exactly one of 'bursts', 'threads' or 'program'");
        }
        if (repeat && !bursts) {
            fail(repeat->keyPos, threads ? "'repeat' belongs in each thread of 'threads'"
                                         : "'repeat' does not apply to a program");
        }
    }
    if (bursts) {
        ThreadSpec thread;
        thread.name = process.name;
        thread.pos = process.pos;
        thread.bursts = readBursts(bursts->value);
        thread.repeat = repeat && readBool(repeat->value, "'repeat'");
        if (period &&
            (thread.bursts.size() != 1 || thread.bursts[0].kind != BurstSpec::Kind::Cpu)) {
            fail(bursts->value.pos(),
                 "a periodic task's 'bursts' must be exactly [{\"cpu\": X}], "
                 "its execution time per period");
        }
        process.threads.push_back(std::move(thread));
    }
    if (threads) {
        const JsonValue::Array& list = readArray(threads->value, "'threads'");
        if (list.empty()) fail(threads->value.pos(), "'threads' must list at least one thread");
        std::map<std::string, SourcePos> names;
        for (const JsonValue& element : list) {
            ThreadSpec thread = readThread(element);
            const SourcePos namePos = element.find("name")->value.pos();
            if (auto [it, inserted] = names.emplace(thread.name, namePos); !inserted) {
                fail(namePos, "duplicate thread name " + inQuotes(thread.name) + " in " + who +
                                  " (first at " + placeText(it->second) + ")");
            }
            process.threads.push_back(std::move(thread));
        }
    }
    if (program) {
        process.program = readString(program->value, "'program'");
        process.programPath = resolveProgram(program->value);
    }
}

ThreadSpec WorkloadReader::readThread(const JsonValue& value) const {
    requireObject(value, "each thread");
    const JsonValue::Member* name = value.find("name");
    if (!name) fail(value.pos(), "a thread needs a \"name\"");
    ThreadSpec thread;
    thread.pos = value.pos();
    thread.name = readString(name->value, "'name'");
    if (thread.name.empty()) fail(name->value.pos(), "a thread's 'name' must not be empty");
    const std::string who = "thread " + inQuotes(thread.name);
    checkKeys(value, kThreadKeys, who);
    for (const JsonValue::Member& member : value.asObject()) {
        if (member.key == "start") thread.start = readDuration(member.value, "'start'", 0);
        if (member.key == "bursts") thread.bursts = readBursts(member.value);
        if (member.key == "repeat") thread.repeat = readBool(member.value, "'repeat'");
    }
    if (!value.find("bursts")) fail(value.pos(), who + " needs \"bursts\"");
    return thread;
}

std::vector<BurstSpec> WorkloadReader::readBursts(const JsonValue& value) const {
    const JsonValue::Array& list = readArray(value, "'bursts'");
    if (list.empty()) fail(value.pos(), "'bursts' must list at least one burst");
    std::vector<BurstSpec> bursts;
    bursts.reserve(list.size());
    for (const JsonValue& element : list) bursts.push_back(readBurst(element));
    return bursts;
}

BurstSpec WorkloadReader::readBurst(const JsonValue& value) const {
    if (!value.isObject()) {
        fail(value.pos(), std::string("a burst must be an object such as {\"cpu\": 5} or "
                                      "{\"io\": 3}, found ") +
                              value.describe());
    }
    checkKeys(value, kBurstKeys, "a burst");
    const JsonValue::Object& members = value.asObject();
    if (members.empty()) fail(value.pos(), "a burst must be {\"cpu\": length} or {\"io\": length}");
    if (members.size() > 1) {
        fail(members[1].keyPos,
             "a burst has exactly one key, \"cpu\" or \"io\"; write each burst "
             "as its own object");
    }
    BurstSpec burst;
    burst.kind = members[0].key == "cpu" ? BurstSpec::Kind::Cpu : BurstSpec::Kind::Io;
    burst.length = readLength(members[0].value, inQuotes(members[0].key) + " burst");
    burst.pos = value.pos();
    return burst;
}

std::string WorkloadReader::resolveProgram(const JsonValue& value) const {
    const std::string& program = value.asString();
    const fs::path written(program);
    if (written.extension() != ".py") {
        fail(value.pos(), "'program' must name a .py file, found " + inQuotes(program));
    }
    // Relative to the scenario's folder, so that a scenario runs from any working directory.
    const fs::path resolved =
        written.is_absolute() ? written : fs::path(path_).parent_path() / written;
    std::error_code ignored;
    if (fs::is_directory(resolved, ignored)) {
        fail(value.pos(), "cannot open program " + inQuotes(program) + ": Is a directory");
    }
    errno = 0;
    std::FILE* file = std::fopen(resolved.c_str(), "rb");
    if (!file) {
        const std::string lookedFor =
            resolved == written ? "" : " (looked for " + resolved.string() + ")";
        fail(value.pos(),
             "cannot open program " + inQuotes(program) + lookedFor + ": " + std::strerror(errno));
    }
    std::fclose(file);
    return resolved.lexically_normal().string();
}

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

std::string readScenarioFile(const std::string& path, std::size_t maxBytes) {
    const std::string tooLarge = "file is too large (a scenario may have at most " +
                                 std::to_string(maxBytes / (1024 * 1024)) + " MiB)";
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(path, {}, "cannot open file: Is a directory");
    errno = 0;
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw InputError(path, {}, std::string("cannot open file: ") + std::strerror(errno));
    // Refuse a huge regular file before reading it; the read loop below still bounds the rest
    // (pipes, devices) without trusting a size.
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > maxBytes) throw InputError(path, {}, tooLarge);
    std::string content;
    char buffer[1 << 16];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get())) {
        if (content.size() + n > maxBytes) throw InputError(path, {}, tooLarge);
        content.append(buffer, n);
    }
    if (std::ferror(file.get())) {
        throw InputError(path, {}, std::string("cannot read file: ") + std::strerror(errno));
    }
    return content;
}

WorkloadSpec loadWorkloadFile(const std::string& path) {
    return loadWorkloadText(readScenarioFile(path), path);
}

WorkloadSpec loadWorkloadText(std::string_view text, const std::string& path) {
    return loadWorkloadValue(JsonParser::parse(text, path), path);
}

WorkloadSpec loadWorkloadValue(const JsonValue& root, const std::string& path) {
    return WorkloadReader(path).read(root);
}

ProcessSpec loadProcessValue(const JsonValue& process, const std::string& unit,
                             const std::string& path) {
    return WorkloadReader(path, unit).readProcess(process);
}

}  // namespace ts
