#pragma once
// Python set and frozenset (one class, two kinds). Iteration follows insertion order, which
// differs from CPython's hash order for sets printed with unsorted small ints (a known gap).
#include <cstdint>

#include "script/runtime/HashTable.h"
#include "script/runtime/Object.h"

namespace ts::script {

class RuntimeContext;

class SetObject : public Object {
public:
    static constexpr ObjectKind Kind = ObjectKind::Set;

    explicit SetObject(bool frozen = false) : Object(frozen ? ObjectKind::FrozenSet : Kind) {}

    bool isFrozen() const { return kind() == ObjectKind::FrozenSet; }
    // false after raising.
    bool add(RuntimeContext& ctx, const Value& key);
    // 1 removed, 0 absent, -1 error.
    int discard(RuntimeContext& ctx, const Value& key);
    // 1 present, 0 absent, -1 error.
    int contains(RuntimeContext& ctx, const Value& key) const;
    void clear();

    std::size_t size() const { return table_.size(); }
    HashTable& table() { return table_; }
    const HashTable& table() const { return table_; }
    std::uint64_t version() const { return version_; }
    void noteChanged();

    std::string_view typeName() const override { return isFrozen() ? "frozenset" : "set"; }
    void dropReferences() override { clear(); }

private:
    HashTable table_;
    std::uint64_t version_ = 0;
};

// set or frozenset
inline bool isAnySet(const Value& v) {
    return v.isKind(ObjectKind::Set) || v.isKind(ObjectKind::FrozenSet);
}

}  // namespace ts::script
