#pragma once
// The insertion-ordered hash table under dict and set: a dense vector of entries (hash, key,
// value) in insertion order, and a sparse power-of-two index of slots probed with a perturbed
// sequence. Deleted entries become holes (Empty key) until the next rebuild, so iteration by
// entry position stays valid while a program only reads. Keys compare with Python equality,
// which may call into the VM and fail; every operation that compares reports that.
#include <cstdint>
#include <vector>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class HashTable {
public:
    struct Entry {
        std::int64_t hash;
        Value key;  // Empty for a deleted entry
        Value value;
    };
    static constexpr std::int64_t NotFound = -1;
    static constexpr std::int64_t Failed = -2;

    // Entry position of key, NotFound, or Failed after raising.
    std::int64_t find(RuntimeContext& ctx, const Value& key, std::int64_t hash) const;
    // Inserts or replaces; false after raising.
    bool insert(RuntimeContext& ctx, const Value& key, std::int64_t hash, Value value);
    // Removes key and hands back its value (Empty when absent); false after raising.
    bool erase(RuntimeContext& ctx, const Value& key, std::int64_t hash, Value* removedValue = nullptr);
    void eraseAt(std::size_t position);
    void clear();
    void reserve(std::size_t count);

    std::size_t size() const { return used_; }
    // Entries in insertion order, holes included (skip those whose key isEmpty()).
    const std::vector<Entry>& entries() const { return entries_; }
    std::vector<Entry>& entries() { return entries_; }
    // Bytes of the two vectors, for the heap's accounting.
    std::size_t footprint() const {
        return entries_.capacity() * sizeof(Entry) + slots_.capacity() * sizeof(std::int32_t);
    }

private:
    void rebuild(std::size_t minimumSlots);
    // Slot position holding key's entry (or the first free slot for it), or -2 after raising.
    std::int64_t probe(RuntimeContext& ctx, const Value& key, std::int64_t hash, bool& found) const;

    std::vector<Entry> entries_;
    std::vector<std::int32_t> slots_;  // -1 free, -2 deleted, else entry position
    std::size_t used_ = 0;
};

}  // namespace ts::script
