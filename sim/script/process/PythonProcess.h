#pragma once
// One Python program running as one simulated process: its runtime, its Interpreter, its output,
// and its threads — each a VmThread driven by a PythonThreadBody on a kernel thread. The
// threading modules reach the kernel through here: they spawn threads, find the Python thread
// of a kernel thread and back, and note what a blocked thread waits for, so that a deadlock can
// be told as the cycle of who waits for whom.
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kernel/Kernel.h"
#include "random/Random.h"
#include "script/process/BlockedWait.h"
#include "script/process/ProcessLineReporter.h"
#include "script/process/ProcessOutput.h"
#include "script/process/PythonThreadBody.h"
#include "script/process/ThreadEndWaiters.h"
#include "script/runtime/RuntimeContext.h"
#include "script/vm/Interpreter.h"

namespace ts {
class SyncLock;
}

namespace ts::script {

struct ThreadingShared;

struct PythonThreadRecord {
    int tid = -1;           // kernel thread id
    std::string name;
    bool daemon = false;
    bool isMain = false;
    bool ended = false;     // its code finished (a killed daemon thread never says so)
    bool running = false;   // it has run its first instruction
    int startWaiter = -1;   // the thread blocked in Thread.start() until this one runs
    std::int64_t ident = 0; // thread.get_ident()
    std::unique_ptr<VmThread> vm;
    std::unique_ptr<PythonThreadBody> body;
    std::unique_ptr<ThreadEndWaiters> endWaiters;
    Value handle;           // the threading.Thread object, or Empty
};

// What a blocked thread waits for, as the deadlock message tells it.
struct WaitNote {
    std::string object;          // "lock 0x55d0...", "event", "Thread-1 (join)"
    const ts::SyncLock* lock = nullptr;  // set for locks: the owner is named
};

class PythonProcess {
public:
    PythonProcess(Kernel& kernel, int pid, PythonVersion version, VmConfig config, std::uint64_t seed);
    ~PythonProcess();
    PythonProcess(const PythonProcess&) = delete;
    PythonProcess& operator=(const PythonProcess&) = delete;

    Kernel& kernel() { return kernel_; }
    int pid() const { return pid_; }
    RuntimeContext& context() { return *ctx_; }
    Interpreter& vm() { return *vm_; }
    const Interpreter& vm() const { return *vm_; }
    ProcessOutput& output() { return output_; }
    // The program's own generator (the random module), seeded from the scenario.
    Random& random() { return random_; }

    // The main thread, ready at time 0.
    PythonThreadRecord& startMain(std::shared_ptr<const CodeObject> code, const std::string& fileName,
                                  std::string source);
    // A thread running callable(*args, **kwargs), ready at `at`.
    PythonThreadRecord& spawn(const Value& callable, std::vector<Value> args, Value kwargs, const std::string& name,
                              bool daemon, Time at, Value handle, std::string uncaughtHeader);
    PythonThreadRecord& mainThread() { return *threads_.front(); }
    PythonThreadRecord* recordOf(const VmThread& thread) const;
    PythonThreadRecord* recordOfTid(int tid) const;
    int tidOf(const VmThread& thread) const;
    // Threads started and not yet ended (nor killed with the process), in starting order.
    std::vector<PythonThreadRecord*> aliveThreads() const;
    void rename(PythonThreadRecord& record, const std::string& name);
    // Whether one more thread may start under the thread limit (VmConfig::maxThreads); false
    // after raising RuntimeError("can't start new thread"), CPython's error when the OS says no.
    bool mayStartThread();

    // Called by the bodies.
    void threadEnded(PythonThreadRecord& record, Time at);
    // The kernel's clock as the bodies last saw it: the time of a resumed native call.
    void setClock(Time now) { clock_ = now; }
    Time clock() const { return clock_; }

    void noteWait(int tid, WaitNote note) { waits_[tid] = std::move(note); }
    void clearWait(int tid) { waits_.erase(tid); }
    // "MainThread waits for Thread-1 (join); Thread-1 waits for lock 0x.. held by Thread-2; ..."
    std::string deadlockDescription() const;
    // The blocked threads in the order deadlockDescription() names them: the chain from the main
    // thread, then the others.
    std::vector<BlockedWait> deadlockWaits() const;

    // The main thread ended by KeyboardInterrupt (Ctrl-C): the run stops.
    bool mainInterrupted() const { return mainInterrupted_; }
    // The main thread ended by another uncaught exception (its traceback is printed).
    bool mainFailed() const { return mainFailed_; }
    int exitCode() const { return exitCode_; }

private:
    PythonThreadRecord& addRecord(std::unique_ptr<VmThread> thread, const std::string& name, bool daemon);
    BlockedWait waitOf(int tid) const;

    Kernel& kernel_;
    int pid_;
    std::unique_ptr<RuntimeContext> ctx_;
    ProcessOutput output_;
    std::unique_ptr<Interpreter> vm_;
    std::unique_ptr<ProcessLineReporter> lineReporter_;  // when the run reports lines
    Random random_;
    std::shared_ptr<ThreadingShared> threading_;  // the threading modules' classes and counters
    std::deque<std::unique_ptr<PythonThreadRecord>> threads_;
    std::map<int, WaitNote> waits_;
    Time clock_ = 0;
    std::int64_t nextIdent_ = 139936818775808;  // idents look like CPython's (a stack address)
    bool mainInterrupted_ = false;
    bool mainFailed_ = false;
    int exitCode_ = 0;
    int aliveCount_ = 0;  // threads started whose code has not ended (counted, not scanned)
};

}  // namespace ts::script
