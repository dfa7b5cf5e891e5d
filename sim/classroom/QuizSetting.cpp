#include "classroom/QuizSetting.h"

#include <algorithm>

#include "classroom/QuizText.h"
#include "scenario/Duration.h"

namespace ts {
namespace {

std::string cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string length(const DurationDistribution& d, const std::string& unit) {
    const auto n = [&](Time t) { return QuizText::number(t, unit); };
    switch (d.kind) {
        case DurationDistribution::Kind::Fixed: return n(d.a);
        case DurationDistribution::Kind::Exponential: return "exp(mean " + n(d.a) + ")";
        case DurationDistribution::Kind::Uniform: return "uniform(" + n(d.a) + "–" + n(d.b) + ")";
        case DurationDistribution::Kind::Normal:
            return "normal(mean " + n(d.a) + ", sd " + n(d.b) + ")";
    }
    return "?";
}

std::string bursts(const ThreadSpec& t, const std::string& unit) {
    std::string out;
    for (const BurstSpec& b : t.bursts) {
        out += (out.empty() ? "" : ", ") + std::string(b.kind == BurstSpec::Kind::Cpu ? "CPU " : "I/O ") +
               length(b.length, unit);
    }
    if (t.repeat) out += ", repeated";
    return out;
}

}  // namespace

std::string QuizSetting::machine(const MachineConfig& m, const std::string& unit) {
    std::string out = std::to_string(m.cpus) + (m.cpus == 1 ? " CPU, " : " CPUs, ") +
                      QuizText::policy(m, unit);
    out += ", context switch " + QuizText::time(m.contextSwitch, unit);
    if (m.effectiveThreadSwitch() != m.contextSwitch) {
        out += " (" + QuizText::time(m.effectiveThreadSwitch(), unit) +
               " between threads of one process)";
    }
    return out;
}

std::string QuizSetting::workload(const WorkloadSpec& spec) {
    const std::string& unit = spec.unit;
    const MachineConfig& m = spec.machine;
    bool priorities = m.policy == "priority" || m.policy == "priority-preemptive";
    bool periodic = false;
    bool drawn = false;
    for (const ProcessSpec& p : spec.processes) {
        priorities = priorities || p.priority != 0;
        periodic = periodic || p.period > 0;
        for (const ThreadSpec& t : p.threads) {
            for (const BurstSpec& b : t.bursts) drawn = drawn || !b.length.isFixed();
        }
    }
    std::string out = "Machine: " + machine(m, unit) + ".";
    if (m.policy == "rr" || m.policy == "mlfq") {
        out += m.arrivalBeforePreempted
                   ? " A process that arrives at the instant another's quantum expires joins "
                     "the ready queue first."
                   : " A process whose quantum expires joins the ready queue before one that "
                     "arrives at the same instant.";
    }
    if (drawn) {
        out += " Burst lengths marked exp, uniform or normal are drawn with seed " +
               std::to_string(m.seed) + ".";
    }
    out += "\n\n| Process | Arrival (" + unit + ") |";
    std::string rule = "|---|---:|";
    if (priorities) {
        out += " Priority |";
        rule += "---:|";
    }
    if (periodic) {
        out += " Period (" + unit + ") | Deadline (" + unit + ") |";
        rule += "---:|---:|";
    }
    out += " Bursts (" + unit + ") |\n" + rule + "---|\n";
    for (const ProcessSpec& p : spec.processes) {
        out += "| " + cell(p.name) + " | " + QuizText::number(p.arrival, unit) + " |";
        if (priorities) out += " " + std::to_string(p.priority) + " |";
        if (periodic) {
            out += p.period > 0 ? " " + QuizText::number(p.period, unit) + " | " +
                                      QuizText::number(p.deadline > 0 ? p.deadline : p.period, unit) + " |"
                                : " | |";
        }
        std::string text;
        if (p.threads.size() == 1) {
            text = bursts(p.threads.front(), unit);
        } else {
            for (const ThreadSpec& t : p.threads) {
                text += (text.empty() ? "" : "; ") + t.name + ": " + bursts(t, unit);
            }
        }
        out += " " + cell(text) + " |\n";
    }
    return out;
}

std::string QuizSetting::program(const ProgramSpec& spec) {
    const MachineConfig& m = spec.machine;
    std::string out = "Machine: " + std::to_string(m.cpus) + (m.cpus == 1 ? " CPU, " : " CPUs, ") +
                      QuizText::policy(m, "ms");
    out += ", switch between threads " + formatDuration(m.effectiveThreadSwitch()) +
           ", each bytecode instruction " + formatDuration(spec.instructionCost) + ", seed " +
           std::to_string(m.seed) + (m.gil ? ", with a GIL" : ", no GIL") + ".\n\n";
    // Line numbers as in the file (the front matter included), in a fence no line can close.
    std::size_t longest = 0;
    std::size_t run = 0;
    int lines = 1;
    for (char c : spec.source) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
        lines += c == '\n' ? 1 : 0;
    }
    const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
    const std::size_t width = std::to_string(lines).size();
    out += fence + "\n";
    std::size_t pos = 0;
    int number = 1;
    while (pos < spec.source.size()) {
        std::size_t end = spec.source.find('\n', pos);
        if (end == std::string::npos) end = spec.source.size();
        std::string line = spec.source.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::string n = std::to_string(number++);
        out += std::string(width - n.size(), ' ') + n + "  " + line + "\n";
        pos = end + 1;
    }
    out += fence + "\n";
    return out;
}

}  // namespace ts
