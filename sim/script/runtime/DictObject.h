#pragma once
// Python dict: insertion-ordered (as in CPython 3.7+; the tutorial's Python 2 outputs happen to
// match insertion order too). Lookups hash the key, which fails for unhashable keys.
#include <cstdint>

#include "script/runtime/HashTable.h"
#include "script/runtime/Object.h"

namespace ts::script {

class RuntimeContext;

class DictObject : public Object {
public:
    static constexpr ObjectKind Kind = ObjectKind::Dict;

    DictObject() : Object(Kind) {}

    // The value for key; Empty when absent (no error raised); Error after raising.
    Value get(RuntimeContext& ctx, const Value& key) const;
    // d[key] = value; false after raising.
    bool set(RuntimeContext& ctx, const Value& key, Value value);
    // Removes key; its value, Empty when absent, Error after raising.
    Value remove(RuntimeContext& ctx, const Value& key);
    // 1 present, 0 absent, -1 error.
    int contains(RuntimeContext& ctx, const Value& key) const;
    void clear();

    std::size_t size() const { return table_.size(); }
    HashTable& table() { return table_; }
    const HashTable& table() const { return table_; }
    // Bumped by every change of size, so iterators can detect mutation.
    std::uint64_t version() const { return version_; }

    std::string_view typeName() const override { return "dict"; }
    void dropReferences() override { clear(); }

private:
    void noteChanged();

    HashTable table_;
    std::uint64_t version_ = 0;
};

}  // namespace ts::script
