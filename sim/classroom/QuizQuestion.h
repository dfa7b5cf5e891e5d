#pragma once
// One question of an exercise sheet, with its answer and why, and the facts it was drawn from
// (the instant, the process, the output line), so that the answer can be checked against the
// run it came from.
#include <cstdint>
#include <string>
#include <vector>

#include "kernel/Time.h"

namespace ts {

enum class QuestionKind {
    RunningAt,          // which thread runs at `at` (on CPU `cpu`)?
    NextAfterSwitch,    // at `at` the CPU leaves `subject`: who runs next, and why?
    Completion,         // when does process `subject` complete?
    Waiting,            // how long does process `subject` wait (ready, not running)?
    Turnaround,         // what is process `subject`'s turnaround time?
    AverageWaiting,     // the mean waiting time over the processes
    AverageTurnaround,  // the mean turnaround over the processes that completed
    ContextSwitches,    // how many context switches?
    OutputLine,         // what does output line `line` print?
    ThreadOfLine,       // which thread prints output line `line`?
    FinalCounter,       // what is the last value the program prints for `subject`?
    NextPick,           // at `at` the scheduler gives CPU `cpu` to a thread: which one?
};

struct QuizQuestion {
    QuestionKind kind = QuestionKind::RunningAt;
    Time at = 0;            // RunningAt, NextAfterSwitch, NextPick; for the output questions,
                            // when the line is printed
    int cpu = 0;            // RunningAt, NextAfterSwitch, NextPick: the CPU asked about (from 0)
    std::string subject;    // a process (Completion, Waiting, Turnaround), the thread that
                            // leaves the CPU (NextAfterSwitch, NextPick: empty when the CPU
                            // was idle), the variable (FinalCounter)
    int line = 0;           // OutputLine, ThreadOfLine: the output line, from 1
    // The answer: a name (RunningAt, NextAfterSwitch, NextPick, ThreadOfLine), a time in ns (Completion,
    // Waiting, Turnaround and the averages), a count (ContextSwitches, FinalCounter) or a
    // line of text (OutputLine; FinalCounter: the line that prints the count).
    std::string answerName;
    std::int64_t answerValue = 0;
    std::string answerText;
    // OutputLine, FinalCounter: the thread that prints the line; FinalCounter: the count a line
    // saying "expected" announces, when more than the value printed (increments lost), else 0.
    // The GUI writes the explanation again from these in its own language.
    std::string printedBy;
    std::int64_t expected = 0;

    std::string prompt;       // Markdown
    std::string answer;       // Markdown: the short answer as the key states it
    std::string explanation;  // Markdown: why, from the run
    int answerLines = 1;      // room to leave on the sheet
};

struct Quiz {
    std::string title;
    std::string scenario;     // the file, as given
    std::uint64_t seed = 0;   // the quiz's seed (which questions), not the run's
    std::string setting;      // Markdown: the workload table or the program listing
    std::vector<QuizQuestion> questions;
};

}  // namespace ts
