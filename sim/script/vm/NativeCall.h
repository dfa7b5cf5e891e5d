#pragma once
// How the VM calls a native (C++) function, and how a native that must wait — time.sleep(),
// and later lock.acquire(), thread.join(), event.wait(timeout) — suspends its thread.
//
// A native gets a NativeCall: the VM, the calling thread, the receiver (for methods) and the
// arguments borrowed from the caller's stack. It answers one of:
//   - a Value: the call's result;
//   - Value::error() after raising (call.raise(...) or through ctx);
//   - call.suspend(demand, resume): the thread stops running and the VM hands `demand`
//     (Demand::sleep(d) or Demand::block(reason, timeout)) to the kernel. When the kernel runs
//     the thread again, the VM calls `resume` (another NativeCall with the same receiver, no
//     arguments and `wake` telling why the thread woke) and uses its answer as the call's result
//     — which may itself be another suspension (Condition.wait blocks twice: on the condition,
//     then on its lock). The loop itself never learns what the native waits for.
//   - call.callThen(callable, args, kwargs, then): the thread goes on by calling a Python
//     callable on its own frame stack — pre-emptible, and free to block — as if the native's
//     caller had called it; when it returns, the VM calls `then` (a NativeCall whose `returned`
//     holds the callable's result) and uses its answer as the native call's result, which may
//     again be a suspension or another callThen(). If the callable raises, the exception
//     leaves the native call and `then` never runs. Timer, Thread.run and Condition.wait_for
//     call user code this way, so a timer interrupt can pre-empt it like any other code.
// A native called from a C++ callback (a sort key, __repr__ from str formatting) cannot
// suspend: the VM raises RuntimeError there (callThen still works: the callable runs nested).
#include <functional>
#include <string>
#include <vector>

#include "kernel/ThreadBody.h"
#include "kernel/Time.h"
#include "script/runtime/CallArgs.h"
#include "script/runtime/Value.h"

namespace ts::script {

class Interpreter;
class VmThread;
class RuntimeContext;
struct NativeCall;

using NativeImpl = std::function<Value(NativeCall&)>;
using ResumeFn = std::function<Value(NativeCall&)>;

struct NativeCall {
    Interpreter& vm;
    VmThread& thread;
    RuntimeContext& ctx;
    Value self;          // the receiver of a method call; Empty for plain functions
    CallArgs args;
    WakeStatus wake = WakeStatus::Normal;  // in a resume step: why the thread woke
    Time now = 0;        // simulated time at which the call instruction started
    Value returned;      // in a callThen() step: what the callable returned

    // Stops the thread with `demand`; the VM calls `resume` when it runs again. Returns the
    // marker the native must return (an Empty Value).
    Value suspend(Demand demand, ResumeFn resume);
    // Continues the thread with callable(*args, **kwargs) (kwargs: a dict, or Empty), then
    // `then`; see above. Returns the marker the native must return (an Empty Value).
    Value callThen(Value callable, std::vector<Value> arguments, Value kwargs, ResumeFn then);
    // Answers with what the generator (created or suspended) yields next, `sent` being the value
    // of the yield it stopped at: its frame runs on the thread's stack once the native returns,
    // so its body may block. When it returns instead: `fallback`, or StopIteration carrying
    // what it returned when `fallback` is Empty. Returns the marker the native must return.
    Value resumeGenerator(Value generator, Value sent, Value fallback);
    // Raises an instance of exceptionClass with message as its single argument.
    Value raise(const Value& exceptionClass, std::string message);
};

}  // namespace ts::script
