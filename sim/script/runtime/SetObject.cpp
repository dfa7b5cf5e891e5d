#include "script/runtime/SetObject.h"

#include "script/runtime/Hashing.h"

namespace ts::script {

bool SetObject::add(RuntimeContext& ctx, const Value& key) {
    std::int64_t hash = 0;
    if (!Hashing::hash(ctx, key, hash)) return false;
    std::size_t before = table_.size();
    if (!table_.insert(ctx, key, hash, Value())) return false;
    if (table_.size() != before) noteChanged();
    return true;
}

int SetObject::discard(RuntimeContext& ctx, const Value& key) {
    std::int64_t hash = 0;
    if (!Hashing::hash(ctx, key, hash)) return -1;
    std::size_t before = table_.size();
    if (!table_.erase(ctx, key, hash)) return -1;
    if (table_.size() == before) return 0;
    noteChanged();
    return 1;
}

int SetObject::contains(RuntimeContext& ctx, const Value& key) const {
    std::int64_t hash = 0;
    if (!Hashing::hash(ctx, key, hash)) return -1;
    std::int64_t position = table_.find(ctx, key, hash);
    if (position == HashTable::Failed) return -1;
    return position != HashTable::NotFound;
}

void SetObject::clear() {
    table_.clear();
    noteChanged();
}

void SetObject::noteChanged() {
    ++version_;
    setAccountedBytes(sizeof(SetObject) + table_.footprint());
}

}  // namespace ts::script
