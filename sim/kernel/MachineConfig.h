#pragma once
// The simulated machine and its scheduler settings, as a scenario's "machine" object or a
// program's front matter gives them, after the command line's overrides.
#include <cstdint>
#include <string>
#include <vector>

#include "kernel/Time.h"
#include "policies/ScheduleChoice.h"

namespace ts {

struct MachineConfig {
    int cpus = 1;
    std::string policy = "rr";
    Time quantum = 0;            // 0: not given (the policy's default, or an error where it needs one)
    Time contextSwitch = 0;      // cost of switching between threads of different processes
    Time threadSwitch = -1;      // cost between threads of one process; -1: contextSwitch / 5
    std::uint64_t seed = 1;
    // Python's global interpreter lock: at most one thread of a process runs Python code at a
    // time, whatever the number of CPUs. A thread that is dispatched while another thread of its
    // process holds it waits (blocked: GIL) until the holder leaves its CPU.
    bool gil = true;
    Time until = kNever;         // stop the run at this simulated time
    // Each quantum is shortened by a seeded random fraction of up to this much (0 .. 0.5), as
    // real timer interrupts do not fall on exact instants: with it, the seed decides where a
    // running program is interrupted. Workloads keep 0, for the textbooks' exact answers.
    double quantumJitter = 0.0;
    // The timer's resolution: a sleep or a wait's timeout ends on the next multiple of it, as an
    // OS timer fires on its tick (0: exactly). Threads that go to sleep a few microseconds apart
    // for the same time therefore wake together, in the order they went to sleep — what a
    // program's output shows on a real machine. I/O bursts are not timers and stay exact.
    Time timerTick = 0;

    // Tie rules (documented in docs/scheduling.md).
    // A thread that arrives or wakes at time t enters the ready queue before one whose quantum
    // expired, or that was pre-empted, at the same t.
    bool arrivalBeforePreempted = true;
    // A lower priority number is a higher priority (Silberschatz's convention).
    bool lowerPriorityNumberFirst = true;

    // mlfq: one quantum per level, top level first; empty: quantum, 2*quantum, 4*quantum.
    std::vector<Time> mlfqQuanta;
    int mlfqLevels = 3;
    Time mlfqBoost = 0;          // move every thread back to the top level every mlfqBoost ns (0: never)
    // Demote a thread whose quantum expires even when nobody else is waiting (Stallings's FB
    // lets it keep its level in that case).
    bool mlfqDemoteWhenAlone = false;

    // cfs: the period in which every runnable thread should run once, and the smallest slice.
    Time cfsLatency = 6 * kMillisecond;
    Time cfsMinGranularity = 750 * kMicrosecond;

    // priority / priority-preemptive: raise a waiting thread's priority by one step for every
    // agingInterval it has waited (0: no aging).
    Time agingInterval = 0;

    // scripted: the threads to run, one choice per decision where more than one thread is ready
    // (then first come, first served), and the file they are written in, for its errors.
    std::vector<ScheduleChoice> schedule;
    std::string scheduleFile;

    Time effectiveThreadSwitch() const { return threadSwitch >= 0 ? threadSwitch : contextSwitch / 5; }
};

}  // namespace ts
