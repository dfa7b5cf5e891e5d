#include "classroom/Interleaving.h"

#include <algorithm>

namespace ts::ui {
namespace {

// A name the schedule parser reads back as itself: not a tid, no separator or repeat mark, no
// quotes or line break that would end a front matter or a JSON string early.
bool readableAsName(const std::string& name) {
    if (name.empty() || name.front() == '#' || name.front() == ' ' || name.back() == ' ') return false;
    if (std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    return name.find_first_of(",*\"'\\\n\r\t") == std::string::npos;
}

// Consecutive equal choices, as (first index, count).
template <typename Same, typename Emit>
void forEachRun(const std::vector<Interleaving::Choice>& choices, Same same, Emit emit) {
    std::size_t i = 0;
    while (i < choices.size()) {
        std::size_t j = i + 1;
        while (j < choices.size() && same(choices[i], choices[j])) ++j;
        emit(choices[i], static_cast<std::int64_t>(j - i));
        i = j;
    }
}

}  // namespace

std::string Interleaving::labelFor(int tid, const std::string& name,
                                   const std::vector<std::string>& readyNames) {
    const auto sameName = std::count(readyNames.begin(), readyNames.end(), name);
    if (readableAsName(name) && sameName <= 1) return name;
    return "#" + std::to_string(tid + 1);
}

std::vector<ScheduleChoice> Interleaving::schedule() const {
    std::vector<ScheduleChoice> out;
    forEachRun(
        choices_, [](const Choice& a, const Choice& b) { return a.tid == b.tid; },
        [&out](const Choice& c, std::int64_t n) {
            ScheduleChoice s;
            s.byTid = true;
            s.tid = c.tid + 1;
            s.thread = std::to_string(c.tid + 1);
            s.repeat = n;
            out.push_back(std::move(s));
        });
    return out;
}

std::string Interleaving::text() const {
    std::string out;
    forEachRun(
        choices_, [](const Choice& a, const Choice& b) { return a.label == b.label; },
        [&out](const Choice& c, std::int64_t n) {
            if (!out.empty()) out += ", ";
            out += c.label;
            if (n > 1) out += "*" + std::to_string(n);
        });
    return out;
}

}  // namespace ts::ui
