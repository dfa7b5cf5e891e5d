#include "script/runtime/DictObject.h"

#include "script/runtime/Hashing.h"

namespace ts::script {

Value DictObject::get(RuntimeContext& ctx, const Value& key) const {
    std::int64_t hash = 0;
    if (!Hashing::hash(ctx, key, hash)) return Value::error();
    std::int64_t position = table_.find(ctx, key, hash);
    if (position == HashTable::Failed) return Value::error();
    if (position == HashTable::NotFound) return Value();
    return table_.entries()[static_cast<std::size_t>(position)].value;
}

bool DictObject::set(RuntimeContext& ctx, const Value& key, Value value) {
    std::int64_t hash = 0;
    if (!Hashing::hash(ctx, key, hash)) return false;
    std::size_t before = table_.size();
    if (!table_.insert(ctx, key, hash, std::move(value))) return false;
    if (table_.size() != before) noteChanged();
    return true;
}

Value DictObject::remove(RuntimeContext& ctx, const Value& key) {
    std::int64_t hash = 0;
    if (!Hashing::hash(ctx, key, hash)) return Value::error();
    Value removed;
    if (!table_.erase(ctx, key, hash, &removed)) return Value::error();
    if (!removed.isEmpty()) noteChanged();
    return removed;
}

int DictObject::contains(RuntimeContext& ctx, const Value& key) const {
    std::int64_t hash = 0;
    if (!Hashing::hash(ctx, key, hash)) return -1;
    std::int64_t position = table_.find(ctx, key, hash);
    if (position == HashTable::Failed) return -1;
    return position != HashTable::NotFound;
}

void DictObject::clear() {
    table_.clear();
    noteChanged();
}

void DictObject::noteChanged() {
    ++version_;
    setAccountedBytes(sizeof(DictObject) + table_.footprint());
}

}  // namespace ts::script
