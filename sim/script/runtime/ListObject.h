#pragma once
// Python list: a growable vector of Values. Code that changes the vector's capacity calls
// noteResized() so the heap's byte count follows (a compare when nothing changed).
#include <vector>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"

namespace ts::script {

class ListObject : public Object {
public:
    static constexpr ObjectKind Kind = ObjectKind::List;

    ListObject() : Object(Kind) {}
    explicit ListObject(std::vector<Value> items) : Object(Kind), items_(std::move(items)) {}

    std::vector<Value>& items() { return items_; }
    const std::vector<Value>& items() const { return items_; }
    std::size_t size() const { return items_.size(); }

    void append(Value v) {
        items_.push_back(std::move(v));
        noteResized();
    }
    void noteResized() {
        if (items_.capacity() != accountedCapacity_) {
            accountedCapacity_ = items_.capacity();
            setAccountedBytes(sizeof(ListObject) + accountedCapacity_ * sizeof(Value));
        }
    }

    std::string_view typeName() const override { return "list"; }
    void dropReferences() override { items_.clear(); }

private:
    std::vector<Value> items_;
    std::size_t accountedCapacity_ = 0;
};

}  // namespace ts::script
