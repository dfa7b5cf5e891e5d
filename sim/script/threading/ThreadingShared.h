#pragma once
// What the thread/_thread, threading and queue modules of one program share: the native classes
// (one Lock class whether it came from thread.allocate_lock or threading.Lock), the counters
// behind default thread names, and the process they run in.
#include "script/runtime/Value.h"

namespace ts::script {

class PythonProcess;

struct ThreadingShared {
    explicit ThreadingShared(PythonProcess& owner) : process(owner) {}
    PythonProcess& process;

    bool syncClassesBuilt = false;
    Value lockClass, rlockClass, semaphoreClass, boundedSemaphoreClass, eventClass, conditionClass, barrierClass;
    Value brokenBarrierError;
    Value threadClass, timerClass;
    Value localClass;  // threading.local, made when a module first asks for it
    Value defaultRun;     // Thread.run as defined natively (a subclass may override it)
    int threadCounter = 0;  // "Thread-N": unnamed threads only
    int dummyCounter = 0;   // "Dummy-N": threads of the thread module, seen by threading

    // Drops every Value (before the interpreter goes).
    void clear() {
        lockClass = rlockClass = semaphoreClass = boundedSemaphoreClass = eventClass = conditionClass = barrierClass = Value();
        brokenBarrierError = threadClass = timerClass = defaultRun = localClass = Value();
    }
};

}  // namespace ts::script
