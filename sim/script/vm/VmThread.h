#pragma once
// One Python thread's complete execution state: its frames, the exception being handled, a
// pending native suspension and an interrupt request. Nothing of a running thread lives on the
// C++ stack between two runThread() calls, so the kernel may stop it after any instruction.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "script/runtime/Value.h"
#include "script/vm/Continuation.h"
#include "script/vm/Frame.h"
#include "script/vm/NativeCall.h"

namespace ts::script {

class VmThread {
public:
    enum class Status : std::uint8_t { Runnable, Suspended, Finished };

    explicit VmThread(int threadId, std::string threadName) : id(threadId), name(std::move(threadName)) {}
    VmThread(const VmThread&) = delete;
    VmThread& operator=(const VmThread&) = delete;

    // ---- Identity (the threading engineer may map these to kernel threads)
    int id;               // the VM's thread number (1 = main)
    std::string name;     // "MainThread", "Thread-1", ...
    void* owner = nullptr;  // free for the kernel binding (its ThreadBody, say)
    Value handle;           // free for the threading module (the Thread object)

    // ---- How an uncaught exception is reported. The VM writes the header (if any) and a
    // CPython traceback to stderr when the thread ends with an exception other than SystemExit.
    bool reportUncaught = true;
    std::string uncaughtHeader;  // e.g. "Exception in thread Thread-1 (worker):\n"
    std::string uncaughtTrailer; // after the traceback (Python 2's threading prints a blank line)

    // ---- Outcome, once status == Finished
    Status status = Status::Runnable;
    Value result;     // the entry callable's return value
    Value uncaught;   // the ExceptionObject that ended the thread, or Empty

    // ---- Frames
    Frame& top() { return *frames_[static_cast<std::size_t>(depth_ - 1)]; }
    Frame& frameAt(int index) { return *frames_[static_cast<std::size_t>(index)]; }
    int depth() const { return depth_; }
    // Python frames only (boundaries excluded), for the recursion limit.
    int pythonDepth = 0;
    Frame& pushFrame() {
        if (depth_ == static_cast<int>(frames_.size())) frames_.push_back(std::make_unique<Frame>());
        return *frames_[static_cast<std::size_t>(depth_++)];
    }
    // A generator's frame joins the stack while it runs: the pool's spare frame object and the
    // generator's trade places, and trade back when it yields.
    void attachFrame(std::unique_ptr<Frame>& owned) {
        if (depth_ == static_cast<int>(frames_.size())) frames_.push_back(std::make_unique<Frame>());
        std::swap(frames_[static_cast<std::size_t>(depth_++)], owned);
        ++pythonDepth;
    }
    void detachTop(std::unique_ptr<Frame>& owned) {
        --pythonDepth;
        std::swap(frames_[static_cast<std::size_t>(--depth_)], owned);
        if (!frames_[static_cast<std::size_t>(depth_)]) frames_[static_cast<std::size_t>(depth_)] = std::make_unique<Frame>();
    }
    void popFrame() {
        Frame& f = top();
        if (!f.isBoundary()) --pythonDepth;
        f.clear();
        --depth_;
    }

    // ---- Exceptions: the one being handled (sys.exc_info()), and the one propagating
    Value handledException;  // ExceptionObject or Empty
    Value propagating;       // set while unwinding / when a boundary is reached with an error

    // ---- A native call waiting for the kernel (see NativeCall.h)
    struct Suspension {
        ResumeFn resume;
        Value self;
        Continuation continuation;
        Demand demand;
    };
    std::unique_ptr<Suspension> suspension;
    // ---- A native's callThen() request, taken by the VM as soon as the native returns
    struct TailCall {
        Value callable;
        std::vector<Value> args;  // positional, then the keyword values named by kwnames
        Value kwnames;            // tuple of str, or Empty
        ResumeFn then;
    };
    std::unique_ptr<TailCall> tailCall;
    // ---- A native's resumeGenerator() request (next(), send(), __next__): the generator's frame
    // goes on this thread's stack when the native returns, so that its body can block. Kept in
    // place, not allocated: a loop of next() calls makes one per item.
    struct GeneratorResume {
        bool pending = false;
        Value generator;  // GeneratorObject
        Value sent;       // pushed as the value of the yield it stopped at (Empty: None)
        Value fallback;   // next(g, default)'s default when it returns; Empty: StopIteration
    };
    GeneratorResume generatorResume;

    // ---- Interrupts (Ctrl-C): raised as KeyboardInterrupt before the next instruction
    bool interruptPending = false;
    // Python 3 takes a signal only at a backward jump or a call (CPython 3.11's eval-breaker
    // checks): a Ctrl-C in `while True: x += 1` never lands between the load and the store,
    // and is reported at the `while` line.
    bool interruptAtCheckpoint = false;

    // ---- Time. During runThread(): the run started at runStart with runBudget instructions
    // allowed; budget counts down per instruction (nested callback runs may take it below 0).
    Time runStart = 0;
    std::int64_t runBudget = 0;
    std::int64_t budget = 0;
    std::int64_t instructionsExecuted = 0;  // over the thread's life
    int nestedDepth = 0;                    // C++ callbacks currently running Python code

    // ---- The source line last reported to the LineListener (and the code it belongs to)
    const void* reportedCode = nullptr;
    int reportedLine = 0;
    // Set when `propagating` must be raised before the next instruction (a resume step failed).
    bool raisePending = false;
    // Once Finished: 0, or SystemExit's code, or 1 after another uncaught exception.
    int exitCode = 0;

private:
    std::vector<std::unique_ptr<Frame>> frames_;
    int depth_ = 0;
};

}  // namespace ts::script
