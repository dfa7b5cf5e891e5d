#include "scenario/ScheduleParser.h"

#include <algorithm>
#include <charconv>

#include "scenario/InputError.h"
#include "scenario/JsonValue.h"
#include "scenario/WorkloadSpec.h"

namespace ts {
namespace {

constexpr std::int64_t kMaxRepeat = 1000000000;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

// One entry, `text` trimmed, written at `pos`.
ScheduleChoice parseEntry(std::string_view text, SourcePos pos, const std::string& path) {
    ScheduleChoice choice;
    choice.pos = pos;
    if (text.empty()) {
        throw InputError(path, pos, "empty choice in the schedule (write thread names or tids "
                                    "between the commas)");
    }
    if (const std::size_t star = text.rfind('*'); star != std::string_view::npos) {
        std::string_view count = text.substr(star + 1);
        while (!count.empty() && isSpace(count.front())) count.remove_prefix(1);
        const SourcePos countPos{pos.line, pos.column + static_cast<int>(star) + 1};
        std::int64_t n = 0;
        const auto [end, ec] = std::from_chars(count.data(), count.data() + count.size(), n);
        if (!allDigits(count) || ec != std::errc() || end != count.data() + count.size() ||
            n < 1 || n > kMaxRepeat) {
            throw InputError(path, countPos,
                             "'" + std::string(text) + "': after '*' comes how many decisions in "
                             "a row, 1 to " + std::to_string(kMaxRepeat));
        }
        choice.repeat = n;
        text = text.substr(0, star);
        while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
        if (text.empty()) throw InputError(path, pos, "a repeated choice needs a thread before '*'");
    }
    std::string_view id = text;
    if (!id.empty() && id.front() == '#') id.remove_prefix(1);
    if (allDigits(id)) {
        int tid = 0;
        const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), tid);
        if (ec != std::errc() || end != id.data() + id.size() || tid < 1) {
            throw InputError(path, pos, "'" + std::string(text) + "' is not a tid (tids count from 1)");
        }
        choice.byTid = true;
        choice.tid = tid;
    } else if (text.front() == '#') {
        throw InputError(path, pos, "'" + std::string(text) + "': '#' is followed by a tid, such as #2");
    }
    choice.thread = std::string(text);
    return choice;
}

}  // namespace

std::vector<ScheduleChoice> parseScheduleText(std::string_view text, SourcePos start,
                                              const std::string& path) {
    std::vector<ScheduleChoice> choices;
    std::size_t pos = 0;
    for (;;) {
        const std::size_t comma = std::min(text.find(',', pos), text.size());
        std::size_t begin = pos;
        std::size_t end = comma;
        while (begin < end && isSpace(text[begin])) ++begin;
        while (end > begin && isSpace(text[end - 1])) --end;
        const SourcePos at{start.line, start.column + static_cast<int>(begin)};
        const bool lastAndEmpty = comma == text.size() && begin == end && !choices.empty();
        if (!lastAndEmpty) choices.push_back(parseEntry(text.substr(begin, end - begin), at, path));
        if (comma == text.size()) break;
        pos = comma + 1;
    }
    return choices;
}

std::vector<ScheduleChoice> readScheduleValue(const JsonValue& value, const std::string& path) {
    if (value.isString()) {
        // Columns inside the string are right while it holds no escapes, the usual case.
        const SourcePos inside{value.pos().line, value.pos().column + 1};
        return parseScheduleText(value.asString(), inside, path);
    }
    if (!value.isArray()) {
        throw InputError(path, value.pos(),
                         std::string("'schedule' must be a string such as \"P1, P2*2, P1\" or a "
                                     "list of names, found ") + value.describe());
    }
    std::vector<ScheduleChoice> choices;
    for (const JsonValue& element : value.asArray()) {
        if (!element.isString()) {
            throw InputError(path, element.pos(),
                             std::string("each choice of 'schedule' must be a string (a thread "
                                         "name, or a tid such as \"#2\"), found ") +
                                 element.describe());
        }
        std::string_view text = element.asString();
        while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
        while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
        choices.push_back(parseEntry(text, element.pos(), path));
    }
    return choices;
}

void requireScriptedPolicy(const MachineConfig& machine, SourcePos schedulePos,
                           const std::string& path) {
    if (machine.policy == "scripted") return;
    throw InputError(path, schedulePos,
                     "a schedule is followed only by policy 'scripted' (the policy here is '" +
                         machine.policy + "')");
}

void checkScheduleThreads(const WorkloadSpec& spec) {
    std::vector<std::string> names;
    for (const ProcessSpec& p : spec.processes) {
        for (const ThreadSpec& t : p.threads) names.push_back(t.name.empty() ? p.name : t.name);
    }
    for (const ScheduleChoice& c : spec.machine.schedule) {
        if (c.byTid) {
            if (c.tid > static_cast<int>(names.size())) {
                throw InputError(spec.path, c.pos,
                                 "the schedule names tid " + std::to_string(c.tid) +
                                     ", but the workload has " + std::to_string(names.size()) +
                                     " threads");
            }
            continue;
        }
        bool found = false;
        for (const std::string& n : names) found = found || n == c.thread;
        if (!found) {
            std::string list;
            for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
            throw InputError(spec.path, c.pos,
                             "the schedule names '" + c.thread + "', which is no thread of the "
                             "workload (" + list + ")");
        }
    }
}

}  // namespace ts
