#pragma once
// iter() and next() over every builtin kind, with the VM's kinds answering through
// Object::iterate / Object::nextItem. next() returns Value::exhausted() (Empty) at the end
// rather than raising StopIteration, so a for loop costs no error handling.
#include <vector>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class Iteration {
public:
    // iter(v): an iterator Value, or Error ("'int' object is not iterable").
    static Value iter(RuntimeContext& ctx, const Value& v);
    // The next item, Empty when exhausted, or Error.
    static Value next(RuntimeContext& ctx, const Value& iterator);
    // Every item of an iterable appended to out; false after raising. Lists and tuples are
    // copied without an iterator.
    static bool collect(RuntimeContext& ctx, const Value& iterable, std::vector<Value>& out);
    // Python 3 enumerate(iterable, start) and zip(*iterables) as lazy iterators.
    static Value enumerate(RuntimeContext& ctx, const Value& iterable, std::int64_t start);
    static Value zip(RuntimeContext& ctx, const std::vector<Value>& iterables);
    // reversed(seq) for list, tuple, str, range; Error otherwise.
    static Value reversed(RuntimeContext& ctx, const Value& sequence);
};

}  // namespace ts::script
