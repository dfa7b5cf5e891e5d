#pragma once
// The VM of one program (one simulated process): its builtin classes, modules, main module and
// output, and the loop that runs its Python threads instruction by instruction.
//
// Threads: startMainThread() / startThread() make a VmThread; runThread(thread, now, limit)
// executes its instructions, each costing config().instructionCost simulated ns, until the
// budget to `limit` is used (Demand::run()), a native suspends it (Demand::sleep / block), or it
// ends (Demand::exit()). All state is in the VmThread, so the kernel may interleave threads at
// any instruction boundary.
//
// Python-to-Python calls push frames and never recurse in C++. Calls from C++ back into Python
// — a sort key, __repr__ reached from str formatting, __eq__ from a dict lookup, a user
// iterator's __next__ — run a nested loop to completion without pre-emption, as C code holding
// the GIL does in CPython; their instructions still count (and cost time) but cannot suspend.
// A native that calls user code which must stay pre-emptible (a Timer's function, Thread.run's
// target, Condition.wait_for's predicate) uses NativeCall::callThen instead: the callable runs
// on the thread's own frames and a NativeStep continuation resumes the native afterwards.
//
// Limits: VmConfig::maxInstructions (the whole program), the heap's byte limit (MemoryError,
// polled after the instructions that can grow the heap) and the recursion limit.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kernel/SyncOp.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/VmCallbacks.h"
#include "script/vm/CodeInfo.h"
#include "script/vm/Continuation.h"
#include "script/vm/ModuleRegistry.h"
#include "script/vm/NativeCall.h"
#include "script/vm/LineListener.h"
#include "script/vm/OutputSink.h"
#include "script/vm/RunOutcome.h"
#include "script/vm/TypeRegistry.h"
#include "script/vm/VmConfig.h"
#include "script/vm/VmThread.h"

namespace ts::script {

class ClassObject;
class TupleObject;
class FunctionObject;
class GeneratorObject;

class Interpreter final : public VmCallbacks, private Heap::Finalizer {
public:
    Interpreter(RuntimeContext& ctx, VmConfig config = {}, OutputSink* sink = nullptr);
    ~Interpreter() override;
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // The Interpreter installed in ctx (as its VmCallbacks).
    static Interpreter& of(RuntimeContext& ctx) { return *static_cast<Interpreter*>(ctx.callbacks()); }

    RuntimeContext& context() { return ctx_; }
    const VmConfig& config() const { return config_; }
    TypeRegistry& types() { return types_; }
    ModuleRegistry& moduleRegistry() { return registry_; }
    void setOutputSink(OutputSink* sink) { sink_ = sink; }
    // Hears every new source line a thread reaches (null: nobody listens, the default).
    void setLineListener(LineListener* listener) { lineListener_ = listener; }
    bool isPython2() const { return ctx_.isPython2(); }

    // ---- Programs and threads
    // The program's source, for the lines tracebacks quote.
    void addSource(const std::string& fileName, std::string text);
    // The __main__ module (its dict is the program's globals).
    const Value& mainModule() const { return mainModule_; }
    // A thread that runs module code in __main__.
    std::unique_ptr<VmThread> startMainThread(std::shared_ptr<const CodeObject> module, std::string name = "MainThread");
    // A thread that calls callable(*args, **kwargs) (kwargs: dict or Empty) and ends when it returns.
    std::unique_ptr<VmThread> startThread(const Value& callable, std::vector<Value> args, Value kwargs,
                                          std::string name);
    // Runs thread from `now`; see the class comment.
    RunOutcome runThread(VmThread& thread, Time now, Time limit);
    // The kernel woke a thread that a native suspended (ThreadBody::next): finishes the native
    // call with the wake status; Demand::run() when the thread can go on, or the native's next
    // demand (it may wait again), or Demand::exit() if the thread ended.
    // `now` is the simulated time of the wake-up: what the resume step (and any code it runs)
    // sees as the time of its call.
    Demand resumeThread(VmThread& thread, WakeStatus wake, Time now);
    // Simulated time at which thread's current instruction started (during a run).
    Time timeOf(const VmThread& thread) const;
    // Ctrl-C: KeyboardInterrupt is raised in thread before its next instruction.
    // Ctrl-C for the thread: at its next instruction, or (`atCheckpoint`: Python 3 code that
    // is running) at its next backward jump or call.
    void interrupt(VmThread& thread, bool atCheckpoint = false) {
        (atCheckpoint ? thread.interruptAtCheckpoint : thread.interruptPending) = true;
    }
    // The thread whose instructions are running (null between runs).
    VmThread* currentThread() const { return current_; }
    std::int64_t totalInstructions() const { return totalInstructions_; }
    // The program used up config().maxInstructions: no thread runs any more.
    bool instructionLimitReached() const { return instructionLimitReached_; }

    // ---- Errors
    // Raises an instance of cls with message as its argument: returns Value::error().
    Value raise(const Value& cls, std::string message);
    // Raises an existing exception instance.
    Value raiseObject(const Value& exception);
    // Raises the StopIteration of a generator that returned `returned` (its value, if not None).
    Value raiseStopIteration(const Value& returned);
    // An exception instance of cls with the given args.
    Value newException(const Value& cls, std::vector<Value> args);
    // The exception object for the error in the context (clearing it).
    Value takeError();
    // What `raise X` raises: X itself, or a new instance when X is a class; Error after raising
    // TypeError when X is no exception.
    Value exceptionToRaise(const Value& raised);
    // `raise exception from cause`: cause an exception (or class), or None; false after raising
    // TypeError for anything else.
    bool setCause(const Value& exception, const Value& cause);
    // CPython's "Traceback (most recent call last): ..." text for an exception object.
    std::string formatTraceback(const Value& exception);
    // The last line alone: "ValueError: bad thing" (or just "ValueError").
    std::string formatExceptionOnly(const Value& exception);

    // ---- Values
    Value intern(std::string_view name);
    Value makeNative(std::string name, NativeImpl impl, bool bindsAsMethod = false);
    // dict[name] = a native function.
    void defineNative(const Value& dict, std::string name, NativeImpl impl, bool bindsAsMethod = false);
    // A class defined natively (threading.Thread and friends): bases default to (object,).
    Value makeClass(std::string name, std::string module, std::vector<Value> bases);
    const Value& builtinsDict() const { return builtins_; }
    bool isInstance(const Value& v, const Value& cls);
    bool isSubclass(const Value& cls, const Value& base);
    // str(v) / repr(v) as std::string; false after raising.
    bool toStr(const Value& v, std::string& out);
    bool toRepr(const Value& v, std::string& out);

    // ---- Calls, attributes and modules from C++ (nested loop for Python code)
    Value call(RuntimeContext& ctx, const Value& callable, std::span<const Value> args) override;
    Value callWithKeywords(const Value& callable, std::span<const Value> args, std::span<const KeywordArg> keywords);
    Value getAttribute(RuntimeContext& ctx, const Value& object, std::string_view name) override;
    Value getAttr(const Value& object, const Value& name);
    // Empty (no error) when absent, for hasattr/getattr defaults and special-method probes.
    Value findAttr(const Value& object, const Value& name);
    bool setAttr(const Value& object, const Value& name, const Value& value);
    // A threading.local instance: puts the current thread's attribute dict in its place (made,
    // and __init__ run for it, on the thread's first use); false after an error.
    bool selectThreadLocalDict(const Value& object, class InstanceObject& inst);
    bool delAttr(const Value& object, const Value& name);
    Value importModule(std::string_view name);
    // Runs a generator on to its next yield: `sent` (None when Empty) is the value of the yield
    // it stopped at, or `thrown` (an exception instance) is raised there. The yielded value;
    // Exhausted when it returned (what it returned kept in generator.returned); or Error.
    Value resumeGenerator(class GeneratorObject& generator, Value sent = Value(), Value thrown = Value());
    // Calls self's special method `name` (looked up on its class, as CPython does) with args:
    // 1 called (result in out), 0 the class does not define it, -1 error raised.
    int callSpecialMethod(const Value& self, std::string_view name, std::span<const Value> args, Value& out);
    // The class's own attribute `name` along its MRO (no binding), or Empty.
    Value classAttribute(const Value& cls, std::string_view name);

    // ---- Output
    void write(OutputStream stream, std::string_view text);
    void write(OutputStream stream, std::string_view text, const VmThread& writer);
    Value stdoutObject() const { return stdout_; }
    Value stderrObject() const { return stderr_; }

    // Per-CodeObject data shared by the functions made from it.
    std::shared_ptr<CodeInfo> codeInfo(const std::shared_ptr<const CodeObject>& code);

private:
    friend struct NativeCall;
    enum class Stop : std::uint8_t { Budget, Boundary, Suspended };
    enum class CallStatus : std::uint8_t { Done, Pushed, Failed, Suspended };

    // ---- The loop (InterpreterLoop.cpp)
    Stop execute(VmThread& thread);
    // Tells the LineListener when the instruction at `pc` of `frame` starts a new line.
    void noteLine(VmThread& thread, const Frame& frame, int pc);
    // Helpers of the loop (InterpreterOperators.cpp): false / Error after raising.
    Value binaryOperation(int astOperator, const Value& a, const Value& b, bool inPlace);
    Value unaryOperation(int astOperator, const Value& a);
    int containsOperation(const Value& container, const Value& item);
    bool unpackSequence(Frame& frame, const Value& sequence, int count);
    bool unpackExtended(Frame& frame, const Value& sequence, int before, int after);
    Value makeFunction(Frame& frame, int flags);
    int exceptionMatches(const Value& exceptionType, const Value& pattern);
    bool printItem(const Value& stream, const Value& item);
    bool printNewline(const Value& stream);
    Value raiseUnboundLocal(const Frame& frame, int slot);
    Value raiseUnboundCell(const Frame& frame, int cell);
    Value raiseNameError(const Value& name);
    // The heap went over its limit (Heap::overLimit()).
    void raiseMemoryError();

    // ---- Calls (InterpreterCalls.cpp). args point at argc values; the last kwnames->size()
    // of them are keyword arguments. Done: with a Push continuation, result holds the value;
    // with any other, the continuation has already been applied (result is Empty).
    CallStatus invoke(VmThread& thread, const Value& callable, Value* args, int argc, const TupleObject* kwnames,
                      const Continuation& continuation, Value& result);
    CallStatus callFunction(VmThread& thread, const Value& function, Value* args, int argc, const TupleObject* kwnames,
                            const Continuation& continuation, const Value* self, Value* result = nullptr);
    CallStatus callNative(VmThread& thread, const Value& native, const Value& self, Value* args, int argc,
                          const TupleObject* kwnames, const Continuation& continuation, Value& result);
    CallStatus instantiate(VmThread& thread, const Value& cls, Value* args, int argc, const TupleObject* kwnames,
                           Value& result);
    bool bindArguments(Frame& frame, const FunctionObject& function, const Value* self, Value* args, int argc,
                       const TupleObject* kwnames);
    // Applies a continuation to a result on the (new) top frame; false after raising. A
    // NativeStep continuation may leave the thread suspended (thread.suspension set) or with a
    // new frame pushed; callers check.
    bool deliver(VmThread& thread, const Continuation& continuation, Value result);
    // Whether a Done call left its value in `result` (else the continuation was applied).
    static bool holdsResult(const Continuation& c) {
        return c.kind == Continuation::Kind::Push || c.kind == Continuation::Kind::NativeStep;
    }
    // A native asked for callThen() (thread.tailCall): call it with a NativeStep continuation
    // that finishes the native call whose result goes to `original`. Done: result holds the
    // native call's value.
    CallStatus startTail(VmThread& thread, const Value& self, const Continuation& original, Value& result);
    // Runs a NativeStep's next step with the callable's result. Done: result holds the value
    // due to the step's own continuation (not yet delivered).
    CallStatus continueNative(VmThread& thread, const Value& stepValue, Value returned, Value& result);
    // A native asked for resumeGenerator() (thread.generatorResume): the generator's frame goes
    // on the stack (Pushed; it yields to the native call's place) when the call's result is to
    // be pushed; otherwise it runs nested at once and result holds the answer (Done).
    CallStatus startGeneratorResume(VmThread& thread, const Continuation& continuation, Value& result);
    // Puts a created or suspended generator's frame on the thread's stack, above the frame that
    // resumes it (a for loop, a `yield from`, a next() call), to run on as a call does;
    // `continuation` says what its return does, `owner` keeps it alive while it runs if
    // nothing else does. False after raising RecursionError.
    bool enterGenerator(VmThread& thread, GeneratorObject& generator, const Continuation& continuation, Value sent,
                        Value owner);
    // The loop's side of it, out of line so that the instruction loop's hot registers stay
    // as they were (inlined, these cost the tight loop a sixth of its speed). Entered: the
    // generator's frame is on top; NotResumable: iterate it as any iterator (running or
    // finished: the nested path raises or ends); Failed: an error is raised.
    enum class Resumed : std::uint8_t { Entered, NotResumable, Failed };
    // ForIter: the generator at the top of the loop frame's stack; `loopExit` its exit.
    Resumed resumeInLoop(VmThread& thread, int loopExit);
    // YieldFrom: the generator at the top of the stack, sent `sent`.
    Resumed resumeInYieldFrom(VmThread& thread, Value& sent);
    // YieldValue: the top frame (a generator's) hands `yielded` to the frame below and goes
    // back into its generator. True when that frame is a generator delegating to it by
    // `yield from`, which must then yield the same value.
    bool suspendGenerator(VmThread& thread, Value yielded);
    // The top frame returned `result`: pop it and hand the result on.
    bool returnFromFrame(VmThread& thread, Value result);
    Value callNested(VmThread& thread, const Value& callable, std::span<const Value> args,
                     std::span<const KeywordArg> keywords);
    Value callOnFreshThread(const Value& callable, std::span<const Value> args, std::span<const KeywordArg> keywords);
    void finishThread(VmThread& thread);

    // ---- Exceptions (InterpreterExceptions.cpp)
    // Unwinds to a handler for thread.propagating: true when one was found (top frame resumes
    // there), false when it reached a boundary frame.
    bool unwind(VmThread& thread, bool addTracebackEntry);
    // The exception leaves a generator's frame (before it is popped): the generator is over. A
    // StopIteration becomes Python 3's RuntimeError (PEP 479); in Python 2 it is the
    // generator's `return` (returnFromFrame): true then, nothing propagating and the frame
    // that resumed it on top.
    bool leaveGenerator(VmThread& thread, Frame& frame);
    void addTraceback(VmThread& thread, Frame& frame);
    void reportUncaught(VmThread& thread);
    // Called for every instruction a nested run executes beyond its thread's budget: true (and
    // the program abandoned) once it has gone past the run's time limit or instruction limit.
    bool nestedRunPastLimit(VmThread& thread);
    // The program used up maxInstructions (`where` it was running, for the message).
    void reachInstructionLimit(VmThread& thread, std::string_view where);
    // Before it reports how the main thread ended (a traceback, or SystemExit's message), CPython
    // flushes sys.stdout, Python 2 first ending a line that `print x,` left open: a partial line
    // is shown before the report, not after it at exit.
    void flushStdoutAtMainEnd(VmThread& thread);

    // ---- Classes (InterpreterClasses.cpp)
    CallStatus buildClass(VmThread& thread, Value* args, int argc, const TupleObject* kwnames);
    bool finishClass(Frame& body, const Value& classInfo, const Value& bodyResult, Value& cls);
    // Fills a new frame's cells: fresh cells for cellvars (moving arguments in), the closure's
    // cells for freevars.
    void setupCells(Frame& frame, const FunctionObject& function);

    // ---- Attributes (InterpreterAttributes.cpp)
    // obj.name with descriptors; a property getter written in Python is called through the
    // loop (Pushed) when thread is given, else nested.
    CallStatus loadAttr(VmThread* thread, const Value& object, const Value& name, Value& result);
    Value bindIfMethod(const Value& attribute, const Value& instance, const Value& cls);
    Value nativeMethodFor(const Value& receiver, const Value& name);
    Value superLookup(const Value& superObject, const Value& name);
    CallStatus storeAttr(VmThread* thread, const Value& object, const Value& name, const Value& value);

    // ---- Setup (Interpreter.cpp)
    void installBuiltins();

    RuntimeContext& ctx_;
    VmConfig config_;
    OutputSink* sink_;
    LineListener* lineListener_ = nullptr;
    TypeRegistry types_;
    ModuleRegistry registry_;
    Value builtins_;        // dict
    Value mainModule_;
    Value stdout_, stderr_;
    std::unordered_map<std::string, Value> loadedModules_;
    std::unordered_map<std::string, std::string> sources_;
    std::unordered_map<const CodeObject*, std::shared_ptr<CodeInfo>> codeInfos_;
    // Native methods of builtin types, unbound, per (kind, interned name).
    std::unordered_map<std::uint64_t, Value> nativeMethods_;
    // A suspended generator's last reference went: it is closed first, as CPython does, so
    // that its `finally` and `with` blocks run (a lock it holds is released).
    void finalize(Object& object) override;

    VmThread* current_ = nullptr;
    std::unique_ptr<VmThread> scratchThread_;  // runs callbacks when no thread is current
    VmThread& scratchThread();                 // made when first needed
    std::int64_t totalInstructions_ = 0;
    bool instructionLimitReached_ = false;
    bool abandoned_ = false;  // nested code ran past runUntil or maxInstructions (nestedRunPastLimit)
    int nextThreadId_ = 1;
    Value buildClassFunction_;
    Value objectInit_;  // object.__init__, which a class without __init__ inherits
};

}  // namespace ts::script
