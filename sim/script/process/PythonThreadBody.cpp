#include "script/process/PythonThreadBody.h"

#include "kernel/Thread.h"
#include "script/process/PythonProcess.h"
#include "script/vm/Interpreter.h"

namespace ts::script {

Demand PythonThreadBody::next(Thread& thread, Time now) {
    process_.setClock(now);
    VmThread& vmThread = *record_.vm;
    if (vmThread.status == VmThread::Status::Finished) return Demand::exit();
    if (!vmThread.suspension) return Demand::run();  // its first start
    process_.clearWait(thread.tid);
    Demand demand = process_.vm().resumeThread(vmThread, thread.wakeStatus, now);
    if (demand.kind == Demand::Kind::Exit) process_.threadEnded(record_, now);
    return demand;
}

Time PythonThreadBody::run(Thread&, Time now, Time limit, Demand& after) {
    process_.setClock(now);
    if (!record_.running) {
        // Thread.start() returns once the new thread runs (CPython waits on an Event for it).
        record_.running = true;
        if (record_.startWaiter >= 0) process_.kernel().wakeThread(record_.startWaiter, now, record_.tid);
    }
    RunOutcome outcome = process_.vm().runThread(*record_.vm, now, limit);
    after = outcome.after;
    if (after.kind == Demand::Kind::Exit) process_.threadEnded(record_, outcome.end);
    return outcome.end;
}

bool PythonThreadBody::interrupt(Thread& thread, Time now) {
    process_.setClock(now);
    const bool python3 = !process_.vm().isPython2();
    // Python 3 code that runs takes it at its next backward jump or call; a wait is cut short.
    process_.vm().interrupt(*record_.vm, python3 && thread.state != ThreadState::Blocked);
    if (python3) return true;  // Python 3's waits all end on a signal (3.2+)
    // Python 2 takes a signal only between bytecodes, and a lock's acquire() blocks in C: a
    // Ctrl-C during lock.acquire(), or a wait built on one (join(), Condition/Event.wait(),
    // a Semaphore, a Queue) without a timeout, is raised only once the wait is over. A wait
    // with a timeout is a loop of short sleeps in Python 2's threading.py, and a sleep ends.
    const bool sleeps = thread.blockReason == BlockReason::Sleep || thread.blockReason == BlockReason::Io;
    return sleeps || thread.timeout.valid();
}

}  // namespace ts::script
