#pragma once
// The collections module's deque: the double-ended queue a hand-written producer-consumer
// buffer (a Condition around a deque) or a sliding window (maxlen) is made of. append,
// appendleft, pop, popleft, extend, extendleft, clear, rotate, remove, count, index, reverse,
// maxlen, len, iteration, `in`, indexing and CPython's repr. Its operations are single
// native calls: like CPython's (under the GIL), each is atomic, so threads that share a deque
// without a lock lose no items — unlike `counter += 1`.
namespace ts::script {

class Interpreter;
class ModuleObject;

class CollectionsModule {
public:
    static bool fill(Interpreter& vm, ModuleObject& module);
};

}  // namespace ts::script
