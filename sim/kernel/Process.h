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

struct Process {
    int pid = 0;                 // 0-based index into the kernel's process table
    std::string name;
    int priority = 0;
    int tickets = 100;
    int nice = 0;
    Time arrival = 0;
    Time period = 0;             // periodic task when > 0
    Time deadline = 0;           // relative deadline of each job
    Time wcet = 0;               // a periodic job's execution time

    std::vector<int> threads;    // tids
    ProcessState state = ProcessState::New;
    int runnable = 0;            // threads ready or running
    int alive = 0;               // threads not yet terminated
    int nonDaemonAlive = 0;

    // Python's global interpreter lock: the thread holding it, and those waiting for it.
    int gilOwner = -1;
    std::vector<int> gilWaiters;

    int deadlineMisses = 0;
    Time firstRun = -1;
    Time completion = -1;
};

}  // namespace ts
