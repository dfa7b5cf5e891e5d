#pragma once
// A note a scenario ties to a moment of its run ("here Thread-2 is pre-empted between its load
// and its store"): the GUI shows it when time reaches that moment and may pause there. The
// moment is a simulated time, or the n-th occurrence of an event of one thread (or of any
// thread). docs/captions.md gives the syntax of both scenario formats; CaptionResolver finds
// the moments in a recorded run.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kernel/ThreadState.h"
#include "kernel/Time.h"
#include "scenario/SourcePos.h"

namespace ts {

enum class CaptionTrigger : std::uint8_t {
    At,            // at a simulated time
    Line,          // a thread reaches a source line (programs only)
    Dispatch,      // a thread starts running on a CPU
    Preempt,       // a thread loses its CPU while it could still run
    Block,         // a thread blocks (optionally: for one reason)
    Wake,          // a blocked thread becomes ready again (optionally: from one reason)
    Exit,          // a thread ends
    Output,        // a thread writes a line of output
    DeadlineMiss,  // a periodic task misses a deadline (workloads)
};

struct Caption {
    std::string text;
    CaptionTrigger trigger = CaptionTrigger::At;
    Time at = 0;         // Time: when, in nanoseconds
    std::string thread;  // events: the thread's name; empty: any thread
    int occurrence = 1;  // events: the n-th matching event, from 1
    // Line: the line reached. Other events: 0, or the line the thread was on when it happened
    // ("preempt at line 19": interrupted inside that line's instructions).
    int line = 0;
    std::optional<BlockReason> reason;  // Block, Wake: only this reason; none: any
    bool pause = false;                 // the GUI stops playing when it shows the caption
    SourcePos pos;                      // where the caption is written, for messages
};

// The trigger's word in both formats: "dispatch", "deadline-miss", ... ("time" for Time).
const char* captionTriggerName(CaptionTrigger trigger);
// The event named `word`, or nullopt. "time" is not an event word: a time is written as one.
std::optional<CaptionTrigger> captionEventNamed(std::string_view word);
// The event words, for messages: line, dispatch, preempt, block, wake, exit, output,
// deadline-miss.
std::span<const std::string_view> captionEventWords();

// A block reason's word in captions: io, sleep, period, lock, semaphore, event, condition,
// join, barrier, queue, gil.
const char* blockReasonWord(BlockReason reason);
std::optional<BlockReason> blockReasonNamed(std::string_view word);
std::span<const std::string_view> blockReasonWords();

// Whether the trigger takes a block reason / an "at line" qualifier.
bool captionTakesReason(CaptionTrigger trigger);
bool captionTakesLineQualifier(CaptionTrigger trigger);

// The moment in words, for messages: "12ms", "the 2nd preempt of Thread-1 at line 19",
// "the 1st block (lock) of any thread".
std::string describeCaptionMoment(const Caption& caption);

}  // namespace ts
