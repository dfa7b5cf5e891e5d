// Raising and unwinding with CPython 3.9's block stack: a handler is entered with the
// previously handled exception (traceback, value, type) and the new one pushed, under an
// ExceptHandler block; PopExcept and unwinding through that block restore the previous one.
#include "script/runtime/Concat.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/GeneratorObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/TextStreamObject.h"
#include "script/vm/TracebackFormatter.h"

namespace ts::script {

void Interpreter::addTraceback(VmThread& thread, Frame& frame) {
    auto* exception = thread.propagating.tryAs<ExceptionObject>();
    if (!exception || frame.isBoundary()) return;
    exception->traceback.push_back(TracebackEntry{frame.info->code, frame.currentLine()});
}

bool Interpreter::unwind(VmThread& thread, bool addTracebackEntry) {
    if (auto* exception = thread.propagating.tryAs<ExceptionObject>()) {
        // Minimal chaining: remember what was being handled when this was raised.
        if (exception->context.isEmpty() && !thread.handledException.isEmpty() &&
            !thread.handledException.identical(thread.propagating)) {
            exception->context = thread.handledException;
        }
    }
    bool addEntry = addTracebackEntry;
    for (;;) {
        Frame& frame = thread.top();
        if (frame.isBoundary()) return false;
        if (addEntry) addTraceback(thread, frame);
        addEntry = true;
        while (frame.blockCount > 0) {
            Block block = frame.blocks[--frame.blockCount];
            if (block.type == Block::Type::ExceptHandler) {
                while (frame.stackLevel() > block.level + 3) frame.pop();
                frame.pop();  // type
                Value previous = frame.pop();
                frame.pop();  // traceback
                thread.handledException = previous.isNone() ? Value() : std::move(previous);
                continue;
            }
            while (frame.stackLevel() > block.level) frame.pop();
            // Enter the handler: save the handled exception, push the new one.
            frame.blocks[frame.blockCount++] = Block{Block::Type::ExceptHandler, -1, frame.stackLevel()};
            const Value& previous = thread.handledException;
            frame.push(Value::none());
            frame.push(previous.isEmpty() ? Value::none() : previous);
            frame.push(previous.isEmpty() ? Value::none() : types_.classOf(previous));
            Value exception = std::move(thread.propagating);
            thread.propagating = Value();
            thread.handledException = exception;
            frame.push(Value::none());
            frame.push(exception);
            frame.push(types_.classOf(exception));
            frame.pc = block.handler;
            return true;
        }
        // No handler here: the frame ends, the exception reaches its caller's call instruction
        // (or the for loop that resumed the generator whose frame this is).
        if (frame.generator && leaveGenerator(thread, frame)) return true;
        thread.popFrame();
    }
}

bool Interpreter::leaveGenerator(VmThread& thread, Frame& frame) {
    if (isInstance(thread.propagating, types_.stopIteration)) {
        if (isPython2()) {
            // Python 2: it is the generator's end, as `return` is: a for loop simply finishes,
            // list() and next(g, default) answer. Only next(g) and send() without a default
            // let it on to their caller as it is (a return would raise a fresh one there).
            const Continuation& continuation = frame.continuation;
            if (continuation.kind != Continuation::Kind::GeneratorStep || !continuation.value.isEmpty()) {
                thread.propagating = Value();
                return returnFromFrame(thread, Value::none());
            }
        } else {
            // PEP 479 (Python 3.7 on): a StopIteration escaping a generator's body would end
            // the loop that consumes it without a trace; it becomes a RuntimeError caused by it.
            Value error = newException(types_.runtimeError, {ctx_.newStr("generator raised StopIteration")});
            auto* raised = error.as<ExceptionObject>();
            raised->cause = thread.propagating;
            raised->context = thread.propagating;
            raised->suppressContext = true;
            thread.propagating = std::move(error);
        }
    }
    frame.generator->state = GeneratorObject::State::Finished;
    frame.generator = nullptr;
    return false;
}

bool Interpreter::setCause(const Value& exception, const Value& cause) {
    auto* raised = exception.as<ExceptionObject>();
    Value instance;
    if (!cause.isNone()) {
        const bool isException = cause.is<ExceptionObject>() ||
                                 (cause.is<ClassObject>() && cause.as<ClassObject>()->layout == ClassObject::Layout::Exception);
        if (!isException) {
            raise(types_.typeError, "exception causes must derive from BaseException");
            return false;
        }
        instance = exceptionToRaise(cause);
        if (instance.isError()) return false;
    }
    raised->cause = instance;
    raised->suppressContext = true;
    return true;
}

Value Interpreter::exceptionToRaise(const Value& raised) {
    if (raised.is<ExceptionObject>()) return raised;
    if (auto* cls = raised.tryAs<ClassObject>()) {
        if (cls->layout == ClassObject::Layout::Exception) {
            Value instance = call(ctx_, raised, {});
            if (instance.isError()) return instance;
            if (!instance.is<ExceptionObject>()) {
                return raise(types_.typeError, concat("calling ", cls->name, " should have returned an instance of BaseException, not ",
                                                      RuntimeContext::typeName(instance)));
            }
            return instance;
        }
    }
    return raise(types_.typeError, isPython2() ? concat("exceptions must be old-style classes or derived from BaseException, not ",
                                                        RuntimeContext::typeName(raised))
                                               : "exceptions must derive from BaseException");
}

int Interpreter::exceptionMatches(const Value& exceptionType, const Value& pattern) {
    if (auto* tuple = pattern.tryAs<TupleObject>()) {
        for (const Value& item : tuple->items()) {
            int r = exceptionMatches(exceptionType, item);
            if (r != 0) return r;
        }
        return 0;
    }
    auto* cls = pattern.tryAs<ClassObject>();
    if (!cls || !cls->isSubclassOf(types_.baseException.as<ClassObject>())) {
        raise(types_.typeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return isSubclass(exceptionType, pattern) ? 1 : 0;
}

Value Interpreter::raiseNameError(const Value& name) {
    return raise(types_.nameError, concat(isPython2() ? "global name '" : "name '", name.as<StrObject>()->view(), "' is not defined"));
}

Value Interpreter::raiseUnboundLocal(const Frame& frame, int slot) {
    const std::string& name = frame.code->varnames[static_cast<std::size_t>(slot)];
    if (isPython2()) return raise(types_.unboundLocalError, concat("local variable '", name, "' referenced before assignment"));
    return raise(types_.unboundLocalError, concat("cannot access local variable '", name, "' where it is not associated with a value"));
}

Value Interpreter::raiseUnboundCell(const Frame& frame, int cell) {
    std::size_t cellCount = frame.code->cellvars.size();
    auto index = static_cast<std::size_t>(cell);
    if (index < cellCount) {
        const std::string& name = frame.code->cellvars[index];
        if (isPython2()) return raise(types_.unboundLocalError, concat("local variable '", name, "' referenced before assignment"));
        return raise(types_.unboundLocalError, concat("cannot access local variable '", name, "' where it is not associated with a value"));
    }
    const std::string& name = frame.code->freevars[index - cellCount];
    if (isPython2()) return raise(types_.nameError, concat("free variable '", name, "' referenced before assignment in enclosing scope"));
    return raise(types_.nameError, concat("cannot access free variable '", name, "' where it is not associated with a value in enclosing scope"));
}

std::string Interpreter::formatTraceback(const Value& exception) {
    return TracebackFormatter(*this, sources_).format(exception);
}

std::string Interpreter::formatExceptionOnly(const Value& exception) {
    return TracebackFormatter(*this, sources_).formatExceptionOnly(exception);
}

void Interpreter::reportUncaught(VmThread& thread) {
    const Value& exception = thread.uncaught;
    thread.exitCode = 1;
    if (isInstance(exception, types_.systemExit)) {
        // SystemExit ends quietly: its code is the exit status, a message goes to stderr.
        const auto& args = exception.as<ExceptionObject>()->args.as<TupleObject>()->items();
        Value code = args.empty() ? Value::none() : (args.size() == 1 ? args[0] : exception.as<ExceptionObject>()->args);
        if (code.isNone()) {
            thread.exitCode = 0;
        } else if (code.isIntLike()) {
            thread.exitCode = static_cast<int>(code.asInt());
        } else if (thread.reportUncaught) {
            std::string text;
            if (!toStr(code, text)) ctx_.error().clear();
            flushStdoutAtMainEnd(thread);
            write(OutputStream::Stderr, text + "\n", thread);
        }
        return;
    }
    if (!thread.reportUncaught) return;
    flushStdoutAtMainEnd(thread);
    std::string traceback = formatTraceback(exception);
    // In CPython a thread's traceback always has frames (threading.py's run), so it always has
    // its heading, even when the failure is in that library code (target(*args) with args=5).
    static constexpr std::string_view kHeading = "Traceback (most recent call last):\n";
    if (!thread.uncaughtHeader.empty() && traceback.compare(0, kHeading.size(), kHeading) != 0) {
        traceback.insert(0, kHeading);
    }
    write(OutputStream::Stderr, thread.uncaughtHeader + traceback + thread.uncaughtTrailer, thread);
}

void Interpreter::flushStdoutAtMainEnd(VmThread& thread) {
    if (thread.id != 1) return;  // threads' reports (excepthook) flush nothing in CPython
    auto* out = stdout_.tryAs<TextStreamObject>();
    if (isPython2() && out && out->softspace) {
        write(OutputStream::Stdout, "\n", thread);
        out->softspace = false;
    }
    if (sink_) sink_->flushLine(OutputStream::Stdout);
}

}  // namespace ts::script
