#pragma once
// Everything one run produced, in the shape of SPEC.md's JSON report: metrics per process and
// thread, the CPU slices, the decisions with their reasons, the program's output and how the run
// ended. The command line (text, JSON, Chrome trace) and the GUI all read this one structure.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kernel/Slice.h"
#include "kernel/Time.h"

namespace ts {

struct ProcessMetrics {
    int pid = 0;
    std::string name;
    Time arrival = 0;
    std::optional<Time> firstRun;     // absent: never ran
    std::optional<Time> completion;   // absent: still alive when the run stopped
    std::optional<Time> turnaround;   // completion - arrival
    Time waiting = 0;                 // time ready but not running, summed over its threads
    std::optional<Time> response;     // firstRun - arrival
    Time cpu = 0;
    int deadlineMisses = 0;
    int jobsReleased = 0;             // periodic tasks only
    int jobsCompleted = 0;
    int preemptions = 0;
};

struct ThreadMetrics {
    int tid = 0;
    int pid = 0;
    std::string name;
    bool daemon = false;
    std::optional<Time> start;
    std::optional<Time> end;
    Time cpu = 0;
    Time waiting = 0;
};

// A CPU slice as the report lists it (ids counted from 1).
using SliceRecord = Slice;

struct OutputRecord {
    Time t = 0;
    std::string thread;
    std::string stream;  // "stdout" or "stderr"
    std::string text;
};

struct DecisionRecord {
    Time t = 0;
    int cpu = 0;
    int tid = 0;            // the thread chosen to run (or the one pre-empted, for a pre-emption)
    std::string sentence;   // why, in one short sentence
};

// An instant worth marking on the chart: a timer interrupt, a job release, a deadline miss.
struct MarkRecord {
    Time t = 0;
    std::string kind;  // "timer-interrupt", "job-release", "deadline-miss"
    int pid = 0;
    int tid = 0;       // timer interrupt: the thread interrupted
    int cpu = -1;      // timer interrupt: its CPU
    int job = -1;      // job index, from 0
};

// A caption of the scenario (docs/captions.md) and the moment of this run it was tied to.
struct CaptionRecord {
    std::optional<Time> t;  // absent: its moment never came in this run
    std::string text;
    bool pause = false;
    std::string moment;     // the trigger in words: "12ms", "the 2nd preempt of P2"
    int line = 0;           // where the caption is written in the scenario
    int column = 0;
};

struct RunReport {
    std::string scenario;   // the file name as given
    std::string title;
    std::string unit = "ms";
    std::string policy;
    Time quantum = 0;       // 0: the policy has none
    int cpus = 1;
    std::uint64_t seed = 1;
    Time end = 0;
    std::int64_t contextSwitches = 0;
    std::int64_t dispatches = 0;
    std::int64_t timerInterrupts = 0;
    std::int64_t preemptions = 0;
    std::int64_t events = 0;
    double cpuUtilization = 0.0;
    std::vector<ProcessMetrics> processes;
    std::vector<ThreadMetrics> threads;
    std::vector<SliceRecord> slices;
    std::vector<DecisionRecord> decisions;
    std::vector<MarkRecord> marks;
    std::vector<OutputRecord> output;
    std::vector<CaptionRecord> captions;  // shown ones by time, then those never shown
    std::string exitStatus = "completed";  // completed, time-limit, interrupted, deadlock, error
    std::string exitMessage;
};

}  // namespace ts
