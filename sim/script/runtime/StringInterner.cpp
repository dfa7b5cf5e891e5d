#include "script/runtime/StringInterner.h"

#include <string>

#include "script/runtime/Heap.h"
#include "script/runtime/StrObject.h"

namespace ts::script {

StrObject* StringInterner::intern(std::string_view text) {
    auto found = table_.find(text);
    if (found != table_.end()) return found->second.as<StrObject>();
    Value str = heap_.make<StrObject>(std::string(text));
    auto* object = str.as<StrObject>();
    object->interned_ = true;
    table_.emplace(object->view(), std::move(str));
    return object;
}

StrObject* StringInterner::find(std::string_view text) const {
    auto found = table_.find(text);
    return found == table_.end() ? nullptr : found->second.as<StrObject>();
}

}  // namespace ts::script
