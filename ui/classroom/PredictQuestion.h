#pragma once
// One question Predict mode asks at an instant of the run shown: which ready thread the
// scheduler picks next, what an output line will say, or the counter's final value; with the
// right answer and the facts of why, taken from the run (sim/classroom's QuizCandidates);
// PredictExplanation writes the why in the interface's language.
#include <cstddef>
#include <string>
#include <vector>

#include "classroom/QuizCandidates.h"
#include "kernel/Time.h"

namespace ts::ui {

struct PredictQuestion {
    enum class Kind { NextThread, OutputLine, FinalCounter };
    Kind kind = Kind::NextThread;
    Time at = 0;                  // the decision, or the moment the line is printed
    int cpu = 0;                  // NextThread: the CPU given away
    int leftTid = -1;             // NextThread: the thread on that CPU up to `at` (-1: idle)
    // NextThread asked at an arrival or wake-up that decides nothing: `arrivedTid` joins the
    // ready queue while `leftTid` runs on, and the answer is that it keeps the CPU.
    bool keepsCpu = false;
    int arrivedTid = -1;
    bool arrival = false;         // keepsCpu: the newcomer arrives (else it wakes up)
    std::vector<int> choices;     // NextThread: the ready threads (tids from 0), in tid order
    std::vector<Time> readySince; // NextThread: when each choice joined the ready queue
    int answerTid = -1;           // NextThread: the thread the scheduler picks
    int line = 0;                 // OutputLine, FinalCounter: the output line, from 1
    std::string answerText;       // OutputLine: the line; FinalCounter: the number
    std::size_t decision = 0;     // NextThread: the decision's index in the run's trace and report
    QuizCandidates::PickFacts pick;  // NextThread: who left the CPU and why, when the pick starts
    std::string printedBy;        // OutputLine, FinalCounter: the thread that prints the line
    std::string printedLine;      // FinalCounter: the whole line that prints the count
    std::int64_t expected = 0;    // FinalCounter: the count the program expected, when updates were lost
};

}  // namespace ts::ui
