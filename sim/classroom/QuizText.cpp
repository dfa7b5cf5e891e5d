#include "classroom/QuizText.h"

#include <algorithm>

#include "scenario/Duration.h"

namespace ts {
namespace {

Time scaleOf(std::string_view unit) {
    const auto scale = durationUnitScale(unit);
    return scale ? *scale : kMillisecond;
}

std::string_view unitName(std::string_view unit) {
    return durationUnitScale(unit) ? unit : std::string_view("ms");
}

// The largest unit `ns` reaches, for text in no fixed unit.
std::string_view unitFor(Time ns) {
    const Time magnitude = ns < 0 ? -ns : ns;
    if (magnitude >= kSecond) return "s";
    if (magnitude >= kMillisecond) return "ms";
    if (magnitude >= kMicrosecond) return "us";
    return ns == 0 ? "ms" : "ns";
}

// `ns / scale` as exact decimal text, digits after the point trimmed of trailing zeros.
std::string exact(Time ns, Time scale) {
    const bool negative = ns < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(ns) : static_cast<std::uint64_t>(ns);
    const auto s = static_cast<std::uint64_t>(scale);
    std::string out = (negative ? "-" : "") + std::to_string(magnitude / s);
    std::uint64_t rest = magnitude % s;
    if (rest == 0) return out;
    std::string digits;
    for (std::uint64_t place = s / 10; place > 0; place /= 10) {
        digits += static_cast<char>('0' + rest / place);
        rest %= place;
    }
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
    return out + "." + digits;
}

}  // namespace

std::string QuizText::number(Time ns, std::string_view unit) {
    if (unit.empty()) return time(ns, unit);
    return exact(ns, scaleOf(unit));
}

std::string QuizText::time(Time ns, std::string_view unit) {
    if (unit.empty()) unit = unitFor(ns);
    return exact(ns, scaleOf(unit)) + " " + std::string(unitName(unit));
}

std::string QuizText::roundedTime(Time ns, std::string_view unit, int decimals) {
    if (unit.empty()) unit = unitFor(ns);
    Time step = scaleOf(unit);
    for (int i = 0; i < decimals && step % 10 == 0; ++i) step /= 10;
    // Rounded to a multiple of `step` ns, halves away from zero, then written exactly.
    const Time half = step / 2;
    const Time rounded = (ns >= 0 ? (ns + half) / step : -((-ns + half) / step)) * step;
    return time(rounded, unit);
}

std::string QuizText::code(std::string_view text) {
    // A span is fenced by more backticks than any run inside it, and padded when the text
    // starts or ends with one.
    std::size_t longest = 0;
    std::size_t run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(longest + 1, '`');
    const bool pad = text.empty() || text.front() == '`' || text.back() == '`' ||
                     text.front() == ' ' || text.back() == ' ';
    return fence + (pad ? " " : "") + std::string(text) + (pad ? " " : "") + fence;
}

std::string QuizText::policy(const MachineConfig& m, std::string_view unit) {
    const std::string& p = m.policy;
    std::string words;
    if (p == "fcfs") words = "first come, first served";
    else if (p == "sjf") words = "shortest job first (non-pre-emptive)";
    else if (p == "srtf") words = "shortest remaining time first (pre-emptive)";
    else if (p == "hrrn") words = "highest response ratio next";
    else if (p == "priority") words = "priority, non-pre-emptive";
    else if (p == "priority-preemptive") words = "priority, pre-emptive";
    else if (p == "rr") words = "round robin";
    else if (p == "mlfq") words = "multilevel feedback queue";
    else if (p == "lottery") words = "lottery";
    else if (p == "cfs") words = "completely fair scheduler";
    else if (p == "rm") words = "rate monotonic";
    else if (p == "edf") words = "earliest deadline first";
    else if (p == "scripted") words = "a schedule written by hand";
    else words = p;
    std::string out = words + " (" + p + ")";
    const bool usesQuantum = p == "rr" || p == "mlfq" || p == "lottery" || p == "scripted";
    if (usesQuantum && m.quantum > 0) out += ", quantum " + time(m.quantum, unit);
    if (p == "priority" || p == "priority-preemptive") {
        out += m.lowerPriorityNumberFirst ? ", a lower number is a higher priority"
                                          : ", a higher number is a higher priority";
    }
    return out;
}

std::string QuizText::ordinal(std::int64_t n) {
    const std::int64_t lastTwo = n % 100;
    const char* suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (n % 10 == 1) suffix = "st";
        if (n % 10 == 2) suffix = "nd";
        if (n % 10 == 3) suffix = "rd";
    }
    return std::to_string(n) + suffix;
}

}  // namespace ts
