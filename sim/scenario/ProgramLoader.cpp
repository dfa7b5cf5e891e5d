#include "scenario/ProgramLoader.h"

#include <algorithm>
#include <charconv>
#include <ctime>
#include <vector>

#include "policies/PolicyFactory.h"
#include "scenario/CaptionLineParser.h"
#include "scenario/Duration.h"
#include "scenario/InputError.h"
#include "scenario/ScheduleParser.h"
#include "scenario/WorkloadLoader.h"

namespace ts {

MachineConfig defaultProgramMachine() {
    MachineConfig m;
    m.cpus = 1;
    m.policy = "rr";
    m.quantum = 5 * kMillisecond;
    m.contextSwitch = 5 * kMicrosecond;
    m.threadSwitch = 1 * kMicrosecond;
    m.quantumJitter = 0.2;
    m.timerTick = kMillisecond;
    return m;
}

namespace {

struct Entry {
    std::string key;
    std::string value;
    SourcePos keyPos;
    SourcePos valuePos;
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// The lines of the front matter, if the file has one: skip blank lines, comments and an
// encoding line, then expect a triple-quoted string whose first line is `timeslice`.
bool findFrontMatter(std::string_view text, std::vector<std::pair<int, std::string_view>>& lines) {
    std::size_t pos = 0;
    int line = 1;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // UTF-8 byte order mark
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view l = trim(text.substr(pos, end - pos));
        if (l.empty() || l.front() == '#') {
            pos = end + 1;
            ++line;
            continue;
        }
        std::size_t q = 0;
        while (q < l.size() && (l[q] == 'r' || l[q] == 'R' || l[q] == 'u' || l[q] == 'U')) ++q;
        const std::string_view quote = l.substr(q, 3);
        if (quote != "\"\"\"" && quote != "'''") return false;
        if (trim(l.substr(q + 3)) != "timeslice") return false;
        // Body lines until the closing quotes.
        std::size_t p = end + 1;
        int n = line + 1;
        while (p < text.size()) {
            const std::size_t e = std::min(text.find('\n', p), text.size());
            std::string_view body = text.substr(p, e - p);
            const std::size_t close = body.find(quote);
            if (close != std::string_view::npos) {
                if (!trim(body.substr(0, close)).empty()) lines.emplace_back(n, body.substr(0, close));
                return true;
            }
            lines.emplace_back(n, body);
            p = e + 1;
            ++n;
        }
        return true;  // unterminated: the parser reports it
    }
    return false;
}

class FrontMatterReader {
public:
    FrontMatterReader(const std::string& path, ProgramSpec& spec) : path_(path), spec_(spec) {}

    void read(const std::vector<std::pair<int, std::string_view>>& lines) {
        std::vector<std::string> seen;
        for (const auto& [lineNo, raw] : lines) {
            const std::string_view line = trim(raw);
            if (line.empty() || line.front() == '#') continue;
            const int indent = static_cast<int>(raw.find_first_not_of(" \t"));
            const std::size_t colon = line.find(':');
            const SourcePos keyPos{lineNo, indent + 1};
            if (colon == std::string_view::npos) {
                fail(keyPos, "expected 'key: value' in the front matter, found '" + std::string(line) + "'");
            }
            Entry e;
            e.key = std::string(trim(line.substr(0, colon)));
            const std::string_view rest = line.substr(colon + 1);
            const std::string_view value = trim(rest);
            e.value = std::string(value);
            e.keyPos = keyPos;
            e.valuePos = SourcePos{lineNo, indent + 1 + static_cast<int>(colon) + 1 +
                                               static_cast<int>(rest.find_first_not_of(" \t") == std::string_view::npos ? 0 : rest.find_first_not_of(" \t"))};
            // A program may carry any number of captions; every other key is given once.
            if (e.key != "caption" && std::find(seen.begin(), seen.end(), e.key) != seen.end()) {
                fail(keyPos, "'" + e.key + "' is given twice in the front matter");
            }
            seen.push_back(e.key);
            if (e.value.empty()) fail(e.valuePos, "'" + e.key + "' needs a value");
            apply(e);
        }
        MachineConfig& m = spec_.machine;
        if (PolicyFactory::needsQuantum(m.policy) && m.quantum <= 0) {
            fail(policyPos_, "policy '" + m.policy + "' needs a quantum: add 'quantum: 5ms'");
        }
        if (schedulePos_.known()) requireScriptedPolicy(m, schedulePos_, path_);
    }

private:
    [[noreturn]] void fail(SourcePos pos, const std::string& message) const {
        throw InputError(path_, pos, message);
    }

    Time duration(const Entry& e, Time minimum) const {
        std::string error;
        const auto t = parseDuration(e.value, "ms", &error);
        if (!t) fail(e.valuePos, "'" + e.key + "': " + error);
        if (*t < minimum) {
            fail(e.valuePos, "'" + e.key + "' must be at least " + formatDuration(minimum));
        }
        return *t;
    }

    std::int64_t integer(const Entry& e, std::int64_t lo, std::int64_t hi) const {
        std::int64_t v = 0;
        const char* first = e.value.data();
        const char* last = first + e.value.size();
        auto [ptr, ec] = std::from_chars(first, last, v);
        if (ec != std::errc() || ptr != last) fail(e.valuePos, "'" + e.key + "' must be a whole number");
        if (v < lo || v > hi) {
            fail(e.valuePos, "'" + e.key + "' must be between " + std::to_string(lo) + " and " +
                                 std::to_string(hi));
        }
        return v;
    }

    bool boolean(const Entry& e) const {
        std::string v = e.value;
        std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
        if (v == "true" || v == "yes" || v == "on") return true;
        if (v == "false" || v == "no" || v == "off") return false;
        fail(e.valuePos, "'" + e.key + "' must be true or false");
    }

    // "2016-10-25 23:38:34" (UTC) or seconds since the epoch.
    std::int64_t clock(const Entry& e) const {
        std::tm tm{};
        int year, month, day, hour = 0, minute = 0, second = 0;
        if (std::sscanf(e.value.c_str(), "%d-%d-%d %d:%d:%d", &year, &month, &day, &hour, &minute,
                        &second) >= 3) {
            tm.tm_year = year - 1900;
            tm.tm_mon = month - 1;
            tm.tm_mday = day;
            tm.tm_hour = hour;
            tm.tm_min = minute;
            tm.tm_sec = second;
            return static_cast<std::int64_t>(timegm(&tm));
        }
        return integer(e, 0, 253402300799);
    }

    void apply(const Entry& e) {
        MachineConfig& m = spec_.machine;
        const std::string& k = e.key;
        if (k == "title") {
            spec_.title = e.value;
        } else if (k == "schedule") {
            m.schedule = parseScheduleText(e.value, e.valuePos, path_);
            m.scheduleFile = path_;
            schedulePos_ = e.valuePos;
        } else if (k == "caption") {
            spec_.captions.push_back(parseCaptionLine(e.value, e.valuePos, path_));
        } else if (k == "cpus") {
            m.cpus = static_cast<int>(integer(e, 1, 256));
        } else if (k == "policy") {
            if (!PolicyFactory::known(e.value)) {
                std::string list;
                for (auto n : PolicyFactory::names()) list += (list.empty() ? "" : ", ") + std::string(n);
                fail(e.valuePos, "unknown policy '" + e.value + "' (one of " + list + ")");
            }
            m.policy = e.value;
            policyPos_ = e.valuePos;
        } else if (k == "quantum") {
            m.quantum = duration(e, 1);
        } else if (k == "contextSwitch") {
            m.contextSwitch = duration(e, 0);
        } else if (k == "threadSwitch") {
            m.threadSwitch = duration(e, 0);
        } else if (k == "seed") {
            m.seed = static_cast<std::uint64_t>(integer(e, 0, INT64_MAX));
        } else if (k == "until") {
            m.until = duration(e, 1);
            spec_.untilGiven = true;
        } else if (k == "python") {
            spec_.python = static_cast<int>(integer(e, 2, 3));
        } else if (k == "gil") {
            m.gil = boolean(e);
        } else if (k == "instructionCost") {
            spec_.instructionCost = duration(e, 1);
        } else if (k == "timerTick") {
            m.timerTick = duration(e, 0);
        } else if (k == "quantumJitter") {
            m.quantumJitter = static_cast<double>(integer(e, 0, 50)) / 100.0;
        } else if (k == "clockStart") {
            spec_.clockOrigin = clock(e);
        } else if (k == "arrivalBeforePreempted") {
            m.arrivalBeforePreempted = boolean(e);
        } else if (k == "priorityOrder") {
            if (e.value != "lower-first" && e.value != "higher-first") {
                fail(e.valuePos, "'priorityOrder' must be lower-first or higher-first");
            }
            m.lowerPriorityNumberFirst = e.value == "lower-first";
        } else if (k == "agingInterval") {
            m.agingInterval = duration(e, 0);
        } else if (k == "maxInstructions") {
            spec_.maxInstructions = integer(e, 1, INT64_MAX);
        } else if (k == "maxThreads") {
            spec_.maxThreads = static_cast<int>(integer(e, 1, 100000));
        } else if (k == "maxMemory") {
            spec_.maxMemoryBytes = integer(e, 1024, 16LL * 1024 * 1024 * 1024);
        } else if (k == "recursionLimit") {
            spec_.recursionLimit = static_cast<int>(integer(e, 10, 100000));
        } else if (k == "interruptAt") {
            spec_.interruptAt = duration(e, 0);
        } else {
            fail(e.keyPos, "unknown front matter key '" + k +
                               "' (cpus, policy, quantum, contextSwitch, threadSwitch, seed, until, "
                               "python, title, caption, gil, instructionCost, quantumJitter, timerTick, clockStart, "
                               "arrivalBeforePreempted, priorityOrder, agingInterval, "
                               "maxInstructions, maxThreads, maxMemory, recursionLimit, interruptAt, schedule)");
        }
    }

    const std::string& path_;
    ProgramSpec& spec_;
    SourcePos policyPos_{1, 1};
    SourcePos schedulePos_;
};

}  // namespace

ProgramSpec loadProgramText(std::string_view text, const std::string& path) {
    ProgramSpec spec;
    spec.path = path;
    spec.source = std::string(text);
    spec.machine = defaultProgramMachine();
    std::vector<std::pair<int, std::string_view>> lines;
    if (findFrontMatter(spec.source, lines)) {
        spec.hasFrontMatter = true;
        FrontMatterReader(path, spec).read(lines);
    }
    return spec;
}

ProgramSpec loadProgramFile(const std::string& path) {
    return loadProgramText(readScenarioFile(path), path);
}

}  // namespace ts
