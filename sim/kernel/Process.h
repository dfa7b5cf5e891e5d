#pragma once
// A process: a name, a priority and its threads. In the process table it is Run while any of its
// threads is ready or running, and Sleep otherwise (the tutorial's two states).
#include <cstdint>
#include <string>
#include <vector>

#include "kernel/Time.h"

namespace ts {

enum class ProcessState : std::uint8_t { New, Run, Sleep, Exited };

const char* toString(ProcessState state);

// What the kernel reads at a thread's state changes and a periodic task's releases comes first:
// one cache line instead of three (see Thread.h).
struct Process {
    int pid = 0;                 // 0-based index into the kernel's process table
    ProcessState state = ProcessState::New;
    int runnable = 0;            // threads ready or running
    int alive = 0;               // threads not yet terminated
    int nonDaemonAlive = 0;
    // Python's global interpreter lock: the thread holding it (those waiting for it below).
    int gilOwner = -1;
    int deadlineMisses = 0;
    Time arrival = 0;
    Time period = 0;             // periodic task when > 0
    Time deadline = 0;           // relative deadline of each job
    std::vector<int> threads;    // tids

    std::vector<int> gilWaiters;
    std::string name;
    int priority = 0;
    int tickets = 100;
    int nice = 0;
    Time wcet = 0;               // a periodic job's execution time
    Time firstRun = -1;
    Time completion = -1;
};

}  // namespace ts
