#pragma once
// What happens to the result of a call when it arrives — immediately from a native, or later
// when the called Python frame returns. Keeping this as data (not as C++ stack) is what lets a
// thread stop at any instruction and resume later.
#include <cstdint>

#include "script/runtime/Value.h"

namespace ts::script {

struct Continuation {
    enum class Kind : std::uint8_t {
        Push,        // push the result on the caller's stack (an ordinary call)
        Discard,     // drop it (property setters, __setattr__, __delattr__)
        Construct,   // __init__ returned: check it returned None, push the instance (value)
        SetupWith,   // __enter__ returned: open the with-block (handler = arg), push the result
        BuildClass,  // a class body returned: make the class from its namespace (value: (name, bases))
        NativeStep,  // a native's callThen() callable returned: run its next step (value: NativeStepObject)
        ForLoopEnd,    // a generator a for loop resumed returned: the loop ends (arg: its exit)
        YieldFromEnd,  // a generator a `yield from` resumed returned: its value is the result
        GeneratorStep, // a generator next()/send() resumed returned: StopIteration, or value's default
    };
    Kind kind = Kind::Push;
    int arg = 0;
    Value value;

    static Continuation push() { return {}; }
    static Continuation discard() { return {Kind::Discard, 0, Value()}; }
};

}  // namespace ts::script
