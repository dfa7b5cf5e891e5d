#pragma once
// A generator's methods: send(), throw(), close(), and next() (Python 2) or __next__()
// (Python 3), with CPython's rules for each — what a generator used as a coroutine needs (a
// consumer fed by send(), a pipeline closed early, its `finally` blocks run).
#include <cstdint>
#include <string_view>

#include "script/runtime/Value.h"

namespace ts::script {

class Interpreter;
class GeneratorObject;
struct NativeCall;

class GeneratorMethods {
public:
    // The attribute `name` of `generator`: a method bound to it, gi_running or __name__; Empty
    // when it has none of that name.
    static Value lookup(Interpreter& interpreter, const Value& generator, std::string_view name);

    // One step of `yield from iterator`: sends `sent` on (next() when None). Yielded: `out` is
    // what the iterator yielded, for the delegating generator to yield; Returned: `out` is the
    // result of the `yield from` (what a generator returned); Failed: an error is raised.
    enum class Step : std::uint8_t { Yielded, Returned, Failed };
    // next(generator[, default]), send(value), __next__(): the value it yields next, answered
    // from the thread's stack (NativeCall::resumeGenerator), so that its body may block; when
    // it returns, `fallback` (next's default) or StopIteration carrying what it returned.
    static Value step(NativeCall& call, const Value& generator, Value sent, Value fallback);
    static Step delegate(Interpreter& vm, const Value& iterator, const Value& sent, Value& out);
    // A StopIteration's value: its first argument, or None (what `yield from` gives, and what
    // Python 3's `.value` reads).
    static Value stopValue(const Value& stopIteration);
    // close(): GeneratorExit raised where it stopped, so that its `finally` blocks run; None, or
    // an error (it yielded again, or its cleanup raised).
    static Value close(Interpreter& vm, GeneratorObject& generator);

    // Runs it on, nested, with the value sent (or the exception thrown) and answers as send()
    // does: the value it yields next; when it ends, `fallback` (next's default) or
    // StopIteration (carrying what it returned).
    static Value resume(Interpreter& vm, GeneratorObject& generator, Value sent, Value thrown,
                        Value fallback = Value());

private:
    static Value throwIn(Interpreter& vm, GeneratorObject& generator, const Value& type, const Value& value);
    // The iterator a generator suspended in `yield from` delegates to, or Empty.
    static Value delegatedTo(const GeneratorObject& generator);
    // throw() or close() passed on to that iterator (CPython's rules): the outer generator's
    // answer, or Empty when the exception is to be raised at the outer's `yield from` itself
    // (`thrown` says which exception).
    static Value passOn(Interpreter& vm, GeneratorObject& generator, const Value& iterator, Value& thrown);
};

}  // namespace ts::script
