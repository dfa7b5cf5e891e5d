#pragma once
// A generator's methods: send(), throw(), close(), and next() (Python 2) or __next__()
// (Python 3), with CPython's rules for each — what a generator used as a coroutine needs (a
// consumer fed by send(), a pipeline closed early, its `finally` blocks run).
#include <string_view>

#include "script/runtime/Value.h"

namespace ts::script {

class Interpreter;
class GeneratorObject;

class GeneratorMethods {
public:
    // The attribute `name` of `generator`: a method bound to it, gi_running or __name__; Empty
    // when it has none of that name.
    static Value lookup(Interpreter& interpreter, const Value& generator, std::string_view name);

private:
    // Runs it on with the value sent (or the exception thrown) and answers as send() does: the
    // value it yields next, or StopIteration (carrying what it returned) when it ends.
    static Value resume(Interpreter& vm, GeneratorObject& generator, Value sent, Value thrown);
    static Value send(Interpreter& vm, GeneratorObject& generator, const Value& value);
    static Value throwIn(Interpreter& vm, GeneratorObject& generator, const Value& type, const Value& value);
    static Value close(Interpreter& vm, GeneratorObject& generator);
};

}  // namespace ts::script
