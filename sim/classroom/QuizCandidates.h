#pragma once
// Every question one finished run can answer, with its answer and explanation taken from the
// run's report: who runs when, who comes next after a switch and why, the metrics per process
// and on average, the number of context switches, and for a program its output lines. The
// QuizBuilder draws a sheet from these.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "classroom/QuizQuestion.h"
#include "random/Random.h"
#include "report/RunReport.h"

namespace ts {

class QuizCandidates {
public:
    // `unit` is the unit times are written in; `noun` what runs: "process" for a workload of
    // one-thread processes, else "thread".
    QuizCandidates(const RunReport& report, std::string unit, std::string noun);
    // What a question calls the things that run: "process" for a workload whose processes
    // have one thread each, else "thread".
    static std::string nounFor(const RunReport& report, bool program);

    // One question per stretch a thread runs on a CPU; the instant asked about is drawn from
    // `rng` inside the stretch (a whole number of the unit where there is one).
    std::vector<QuizQuestion> runningAt(Random& rng) const;
    // One per instant a CPU goes straight from one thread to another, by one decision.
    std::vector<QuizQuestion> nextAfterSwitch() const;
    // Any one decision of the run (also onto an idle CPU, or the same thread going on after its
    // quantum) as "who runs next?", answered and explained as nextAfterSwitch() does: what
    // made the CPU free, the scheduler's reason, the context switch. For the GUI's Predict mode,
    // which asks at every decision where more than one thread is ready.
    QuizQuestion nextPick(const DecisionRecord& d) const;

    // The facts nextPick's explanation is written from, for the GUI, which writes it again in
    // the interface's language: who had the CPU and why it left, when the chosen thread starts.
    enum class Left { Idle, TimerInterrupt, PreEmpted, Finished, Blocked };
    struct PickFacts {
        int leftTid = 0;  // from 1, as in the report; 0: the CPU was idle
        Left left = Left::Idle;
        Time start = 0;  // when the chosen thread starts running (after any context switch)
    };
    PickFacts pickFacts(const DecisionRecord& d) const;
    std::vector<QuizQuestion> completion() const;
    std::vector<QuizQuestion> waiting() const;
    std::vector<QuizQuestion> turnaround() const;
    // Over two processes or more.
    std::vector<QuizQuestion> averageWaiting() const;
    std::vector<QuizQuestion> averageTurnaround() const;
    std::vector<QuizQuestion> contextSwitches() const;
    // A program's stdout: one per line, and who printed it (when more than one thread prints).
    std::vector<QuizQuestion> outputLines() const;
    std::vector<QuizQuestion> threadOfLine() const;
    // The last line that names a counter and a number.
    std::vector<QuizQuestion> finalCounter() const;

    // A stretch of one thread on one CPU, adjacent run slices joined.
    struct Stretch {
        int cpu = 0;
        int tid = 0;  // from 1, as in the report
        Time start = 0;
        Time end = 0;
    };
    // In the order of their CPUs, then time.
    static std::vector<Stretch> stretches(const RunReport& report);

private:
    std::string threadName(int tid) const;
    std::string at(Time t) const;  // "t = 4 ms"
    std::string cpuWords(int cpu) const;  // "the CPU" or "CPU 2"
    // Why the thread `tid` left its CPU at `t`, and that as a sentence.
    Left leftBecause(int tid, Time t, const DecisionRecord& next) const;
    std::string whyLeft(int tid, Time t, const DecisionRecord& next) const;
    // What `d` decided and why, after the thread `leftTid` (0: none, the CPU was idle) left its
    // CPU; `start` is when the chosen thread starts running (after any context switch).
    std::string explainPick(int leftTid, const DecisionRecord& d, Time start) const;
    // The decision that put `s`'s thread on its CPU, or nullptr.
    const DecisionRecord* decisionFor(const Stretch& s) const;
    // "P1 runs 0–4 ms and 10–30 ms": where `pid` ran.
    std::string runsOf(int pid) const;
    std::vector<std::string> stdoutLines(std::vector<const OutputRecord*>* records) const;

    // The decisions on `cpu` taken in [from, to], in time order.
    std::pair<const DecisionRecord* const*, const DecisionRecord* const*> decisionsIn(int cpu, Time from,
                                                                                    Time to) const;

    const RunReport& report_;
    std::string unit_;
    std::string noun_;
    std::vector<Stretch> stretches_;
    std::vector<std::vector<const DecisionRecord*>> decisionsByCpu_;
};

}  // namespace ts
