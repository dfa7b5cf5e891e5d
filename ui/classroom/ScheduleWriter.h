#pragma once
// Writes a scenario with the interleaving a student found as its schedule, so that opening the
// file replays exactly that run: the scripted policy, the quantum the choices were made with, no
// timer wander, and the `schedule`. Everything else in the file stays as it was. A program gets
// them in its front matter (one is added when it has none); a workload in its "machine".
#include <string>
#include <string_view>

#include "kernel/Time.h"

namespace ts::ui {

struct ScheduleSettings {
    std::string schedule;  // Interleaving::text(); "" writes no schedule
    Time quantum = 0;      // 0: no timer interrupts
};

class ScheduleWriter {
public:
    static std::string program(std::string_view text, const ScheduleSettings& settings);
    // Throws InputError when `text` is not a JSON object (it loaded, so it is one).
    static std::string workload(const std::string& text, const std::string& path,
                                const ScheduleSettings& settings);
};

}  // namespace ts::ui
