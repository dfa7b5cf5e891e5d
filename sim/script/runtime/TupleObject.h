#pragma once
// Python tuple: an immutable sequence of Values, fixed at creation.
#include <vector>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"

namespace ts::script {

class TupleObject : public Object {
public:
    static constexpr ObjectKind Kind = ObjectKind::Tuple;

    explicit TupleObject(std::vector<Value> items) : Object(Kind), items_(std::move(items)) {
        setAccountedBytes(sizeof(TupleObject) + items_.capacity() * sizeof(Value));
    }

    const std::vector<Value>& items() const { return items_; }
    std::size_t size() const { return items_.size(); }
    const Value& operator[](std::size_t i) const { return items_[i]; }

    std::string_view typeName() const override { return "tuple"; }
    void dropReferences() override { items_.clear(); }

private:
    std::vector<Value> items_;
};

}  // namespace ts::script
