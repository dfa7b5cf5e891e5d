#pragma once
// The choices a student has made in "be the scheduler": at each decision, the thread that ran.
// It becomes the scripted policy's schedule (by tid, exact whatever the names) and the
// `schedule:` text a saved scenario carries (by name where a name is unambiguous, so that
// people can read it: `MainThread*4, A*7, B*22`).
#include <string>
#include <vector>

#include "policies/ScheduleChoice.h"

namespace ts::ui {

class Interleaving {
public:
    struct Choice {
        int tid = 0;        // counted from 0, as the kernel counts
        std::string label;  // how the schedule text names it: a name, or "#3" (tid from 1)
    };

    // How `name` is written in a schedule, given the names of the threads ready with it: the
    // name when it can be read back as that thread alone, else `#tid`.
    static std::string labelFor(int tid, const std::string& name,
                                const std::vector<std::string>& readyNames);

    void push(int tid, std::string label) { choices_.push_back({tid, std::move(label)}); }
    void pop() { choices_.pop_back(); }
    void clear() { choices_.clear(); }
    bool empty() const { return choices_.empty(); }
    std::size_t size() const { return choices_.size(); }
    const std::vector<Choice>& choices() const { return choices_; }

    // The scripted policy's schedule: one entry per run of equal choices, by tid.
    std::vector<ScheduleChoice> schedule() const;
    // The schedule as a scenario writes it: "MainThread*4, A*7, B*22" ("" when empty).
    std::string text() const;

private:
    std::vector<Choice> choices_;
};

}  // namespace ts::ui
