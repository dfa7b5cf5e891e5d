#pragma once
// The iterators of the builtin kinds, one class with a source tag: a cursor over a list, tuple,
// str, range, dict (keys, values or items) or set, and the adapters reversed(), enumerate() and
// zip() (Python 3). Iteration::next() advances them; the VM's own iterators (generators) answer
// Object::nextItem instead.
#include <cstdint>
#include <vector>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"

namespace ts::script {

enum class IteratorSource : std::uint8_t {
    List,
    Tuple,
    Str,
    Range,
    DictKeys,
    DictValues,
    DictItems,
    Set,
    ReversedSequence,  // list or tuple or str, walking down from the end
    Enumerate,         // inner iterator + counter
    Zip,               // several inner iterators
};

class IteratorObject : public Object {
public:
    static constexpr ObjectKind Kind = ObjectKind::Iterator;

    IteratorObject(IteratorSource from, Value iterated) : Object(Kind), source(from), target(std::move(iterated)) {}

    std::string_view typeName() const override;
    void dropReferences() override {
        target = Value();
        inners.clear();
    }

    IteratorSource source;
    Value target;                 // what is iterated (or the inner iterator of enumerate)
    std::int64_t position = 0;    // next index / entry position / enumerate counter
    std::uint64_t expectedVersion = 0;  // dict/set version when iteration started
    std::size_t expectedSize = 0;
    std::vector<Value> inners;    // zip's iterators
};

}  // namespace ts::script
