#include "scenario/Caption.h"

#include <array>
#include <utility>

#include "scenario/Duration.h"

namespace ts {
namespace {

constexpr std::array<std::pair<std::string_view, CaptionTrigger>, 8> kEvents{{
    {"line", CaptionTrigger::Line},
    {"dispatch", CaptionTrigger::Dispatch},
    {"preempt", CaptionTrigger::Preempt},
    {"block", CaptionTrigger::Block},
    {"wake", CaptionTrigger::Wake},
    {"exit", CaptionTrigger::Exit},
    {"output", CaptionTrigger::Output},
    {"deadline-miss", CaptionTrigger::DeadlineMiss},
}};

// Every reason a thread can block for; "none" is not one.
constexpr std::array<std::pair<std::string_view, BlockReason>, 11> kReasons{{
    {"io", BlockReason::Io},
    {"sleep", BlockReason::Sleep},
    {"period", BlockReason::Period},
    {"lock", BlockReason::Lock},
    {"semaphore", BlockReason::Semaphore},
    {"event", BlockReason::Event},
    {"condition", BlockReason::Condition},
    {"join", BlockReason::Join},
    {"barrier", BlockReason::Barrier},
    {"queue", BlockReason::Queue},
    {"gil", BlockReason::Gil},
}};

std::string ordinal(int n) {
    const int lastTwo = n % 100;
    const char* suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (n % 10 == 1) suffix = "st";
        if (n % 10 == 2) suffix = "nd";
        if (n % 10 == 3) suffix = "rd";
    }
    return std::to_string(n) + suffix;
}

}  // namespace

const char* captionTriggerName(CaptionTrigger trigger) {
    if (trigger == CaptionTrigger::At) return "time";
    for (const auto& [word, event] : kEvents) {
        if (event == trigger) return word.data();
    }
    return "?";
}

std::optional<CaptionTrigger> captionEventNamed(std::string_view word) {
    for (const auto& [name, event] : kEvents) {
        if (name == word) return event;
    }
    return std::nullopt;
}

std::span<const std::string_view> captionEventWords() {
    static constexpr std::string_view kWords[] = {"line", "dispatch", "preempt", "block",
                                                  "wake", "exit",     "output",  "deadline-miss"};
    return kWords;
}

const char* blockReasonWord(BlockReason reason) {
    for (const auto& [word, r] : kReasons) {
        if (r == reason) return word.data();
    }
    return "none";
}

std::optional<BlockReason> blockReasonNamed(std::string_view word) {
    for (const auto& [name, reason] : kReasons) {
        if (name == word) return reason;
    }
    return std::nullopt;
}

std::span<const std::string_view> blockReasonWords() {
    static constexpr std::string_view kWords[] = {"io",        "sleep", "period",    "lock",
                                                  "semaphore", "event", "condition", "join",
                                                  "barrier",   "queue", "gil"};
    return kWords;
}

bool captionTakesReason(CaptionTrigger trigger) {
    return trigger == CaptionTrigger::Block || trigger == CaptionTrigger::Wake;
}

bool captionTakesLineQualifier(CaptionTrigger trigger) {
    return trigger != CaptionTrigger::At && trigger != CaptionTrigger::Line &&
           trigger != CaptionTrigger::DeadlineMiss;
}

std::string describeCaptionMoment(const Caption& c) {
    if (c.trigger == CaptionTrigger::At) return formatDuration(c.at);
    std::string out = "the " + ordinal(c.occurrence) + " ";
    if (c.trigger == CaptionTrigger::Line) {
        out += "time line " + std::to_string(c.line) + " is reached by ";
    } else {
        out += captionTriggerName(c.trigger);
        if (c.reason) out += std::string(" (") + blockReasonWord(*c.reason) + ")";
        out += " of ";
    }
    out += c.thread.empty() ? "any thread" : c.thread;
    if (c.trigger != CaptionTrigger::Line && c.line > 0) {
        out += " at line " + std::to_string(c.line);
    }
    return out;
}

}  // namespace ts
