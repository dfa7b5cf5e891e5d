#pragma once
// A slice a[start:stop:step] as the VM builds it; each part may be None. resolve() turns it
// into concrete indices for a sequence of a given length, with CPython's clamping rules.
#include <cstdint>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

struct SliceBounds {
    std::int64_t start = 0;
    std::int64_t stop = 0;
    std::int64_t step = 1;
    std::int64_t length = 0;  // how many elements the slice selects
};

class SliceObject : public Object {
public:
    static constexpr ObjectKind Kind = ObjectKind::Slice;

    SliceObject(Value start, Value stop, Value step)
        : Object(Kind), start_(std::move(start)), stop_(std::move(stop)), step_(std::move(step)) {}

    const Value& start() const { return start_; }
    const Value& stop() const { return stop_; }
    const Value& step() const { return step_; }

    // false after raising (non-integer part, zero step).
    bool resolve(RuntimeContext& ctx, std::int64_t sequenceLength, SliceBounds& out) const;

    std::string_view typeName() const override { return "slice"; }
    void dropReferences() override { start_ = stop_ = step_ = Value(); }

private:
    Value start_, stop_, step_;
};

}  // namespace ts::script
