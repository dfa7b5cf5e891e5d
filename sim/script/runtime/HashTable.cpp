#include "script/runtime/HashTable.h"

#include "script/runtime/Comparison.h"
#include "script/runtime/StrObject.h"

namespace ts::script {

namespace {
constexpr std::int32_t FreeSlot = -1;
constexpr std::int32_t DeletedSlot = -2;

// 1 equal, 0 not, -1 error. Identity and str contents are settled without the general path.
int keysEqual(RuntimeContext& ctx, const Value& a, const Value& b) {
    if (a.identical(b)) return 1;
    if (a.is<StrObject>() && b.is<StrObject>()) return a.as<StrObject>()->text() == b.as<StrObject>()->text();
    return Comparison::equal(ctx, a, b);
}
}  // namespace

std::int64_t HashTable::probe(RuntimeContext& ctx, const Value& key, std::int64_t hash, bool& found) const {
    found = false;
    const std::size_t mask = slots_.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::int64_t firstDeleted = -1;
    for (;;) {
        std::int32_t slot = slots_[i];
        if (slot == FreeSlot) return firstDeleted >= 0 ? firstDeleted : static_cast<std::int64_t>(i);
        if (slot == DeletedSlot) {
            if (firstDeleted < 0) firstDeleted = static_cast<std::int64_t>(i);
        } else {
            const Entry& entry = entries_[static_cast<std::size_t>(slot)];
            if (entry.hash == hash) {
                int eq = keysEqual(ctx, entry.key, key);
                if (eq < 0) return -2;
                if (eq) {
                    found = true;
                    return static_cast<std::int64_t>(i);
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + static_cast<std::size_t>(perturb)) & mask;
    }
}

std::int64_t HashTable::find(RuntimeContext& ctx, const Value& key, std::int64_t hash) const {
    if (used_ == 0) return NotFound;
    bool found = false;
    std::int64_t slot = probe(ctx, key, hash, found);
    if (slot == -2) return Failed;
    return found ? slots_[static_cast<std::size_t>(slot)] : NotFound;
}

bool HashTable::insert(RuntimeContext& ctx, const Value& key, std::int64_t hash, Value value) {
    // Keep at most two thirds of the slots taken by live or dead entries.
    if (slots_.empty() || (entries_.size() + 1) * 3 > slots_.size() * 2) rebuild((used_ + 1) * 3);
    bool found = false;
    std::int64_t slot = probe(ctx, key, hash, found);
    if (slot == -2) return false;
    auto& target = slots_[static_cast<std::size_t>(slot)];
    if (found) {
        entries_[static_cast<std::size_t>(target)].value = std::move(value);
        return true;
    }
    target = static_cast<std::int32_t>(entries_.size());
    entries_.push_back(Entry{hash, key, std::move(value)});
    ++used_;
    return true;
}

bool HashTable::erase(RuntimeContext& ctx, const Value& key, std::int64_t hash, Value* removedValue) {
    if (removedValue) *removedValue = Value();
    if (used_ == 0) return true;
    bool found = false;
    std::int64_t slot = probe(ctx, key, hash, found);
    if (slot == -2) return false;
    if (!found) return true;
    auto& target = slots_[static_cast<std::size_t>(slot)];
    Entry& entry = entries_[static_cast<std::size_t>(target)];
    if (removedValue) *removedValue = std::move(entry.value);
    entry.key = Value();
    entry.value = Value();
    target = DeletedSlot;
    --used_;
    return true;
}

void HashTable::eraseAt(std::size_t position) {
    Entry& entry = entries_[position];
    if (entry.key.isEmpty()) return;
    const std::size_t mask = slots_.size() - 1;
    auto perturb = static_cast<std::uint64_t>(entry.hash);
    std::size_t i = static_cast<std::size_t>(entry.hash) & mask;
    while (slots_[i] != static_cast<std::int32_t>(position)) {
        perturb >>= 5;
        i = (i * 5 + 1 + static_cast<std::size_t>(perturb)) & mask;
    }
    slots_[i] = DeletedSlot;
    entry.key = Value();
    entry.value = Value();
    --used_;
}

void HashTable::clear() {
    entries_.clear();
    slots_.clear();
    used_ = 0;
}

void HashTable::reserve(std::size_t count) {
    if (count * 3 > slots_.size() * 2) rebuild(count * 3 / 2 + 1);
}

void HashTable::rebuild(std::size_t minimumSlots) {
    std::size_t size = 8;
    while (size < minimumSlots) size <<= 1;
    // Compact: drop holes, keep order.
    std::vector<Entry> live;
    live.reserve(used_ + 1 > size / 2 ? used_ + 1 : size / 2);
    for (Entry& entry : entries_) {
        if (!entry.key.isEmpty()) live.push_back(std::move(entry));
    }
    entries_ = std::move(live);
    slots_.assign(size, FreeSlot);
    const std::size_t mask = size - 1;
    for (std::size_t position = 0; position < entries_.size(); ++position) {
        auto perturb = static_cast<std::uint64_t>(entries_[position].hash);
        std::size_t i = static_cast<std::size_t>(entries_[position].hash) & mask;
        while (slots_[i] != FreeSlot) {
            perturb >>= 5;
            i = (i * 5 + 1 + static_cast<std::size_t>(perturb)) & mask;
        }
        slots_[i] = static_cast<std::int32_t>(position);
    }
}

}  // namespace ts::script
