#pragma once
// One shared str object per distinct name (identifiers, attribute and keyword names), so the VM
// compares names by pointer and dict lookups of interned keys hit on identity.
#include <string_view>
#include <unordered_map>

#include "script/runtime/Value.h"

namespace ts::script {

class Heap;
class StrObject;

class StringInterner {
public:
    explicit StringInterner(Heap& heap) : heap_(heap) {}
    StringInterner(const StringInterner&) = delete;
    StringInterner& operator=(const StringInterner&) = delete;

    // The interned str for text (created on first use). The pointer stays valid while the
    // interner lives; wrap it in Value(ptr) to hold a reference.
    StrObject* intern(std::string_view text);
    // The interned str equal to value's text, or nullptr when none exists yet.
    StrObject* find(std::string_view text) const;
    std::size_t size() const { return table_.size(); }

private:
    Heap& heap_;
    // Keys view the text of the str they map to, which lives as long as the entry.
    std::unordered_map<std::string_view, Value> table_;
};

}  // namespace ts::script
