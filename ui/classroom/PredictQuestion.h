#pragma once
// One question Predict mode asks at an instant of the run shown: which ready thread the
// scheduler picks next, what an output line will say, or the counter's final value; with the
// right answer and why, taken from the run (sim/classroom's QuizCandidates).
#include <string>
#include <vector>

#include "kernel/Time.h"

namespace ts::ui {

struct PredictQuestion {
    enum class Kind { NextThread, OutputLine, FinalCounter };
    Kind kind = Kind::NextThread;
    Time at = 0;                  // the decision, or the moment the line is printed
    int cpu = 0;                  // NextThread: the CPU given away
    int leftTid = -1;             // NextThread: the thread on that CPU up to `at` (-1: idle)
    std::vector<int> choices;     // NextThread: the ready threads (tids from 0), in tid order
    std::vector<Time> readySince; // NextThread: when each choice joined the ready queue
    int answerTid = -1;           // NextThread: the thread the scheduler picks
    int line = 0;                 // OutputLine, FinalCounter: the output line, from 1
    std::string answerText;       // OutputLine: the line; FinalCounter: the number
    std::string explanation;      // Markdown: why, as the quiz's answer key says it
};

}  // namespace ts::ui
