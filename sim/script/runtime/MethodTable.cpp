#include "script/runtime/MethodTable.h"

#include "script/runtime/Concat.h"
#include "script/runtime/DictMethods.h"
#include "script/runtime/ListMethods.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/SetMethods.h"
#include "script/runtime/StrMethods.h"
#include "script/runtime/TupleMethods.h"

namespace ts::script {

bool MethodTable::isMutatingSetMethod(std::string_view name) {
    return name == "add" || name == "remove" || name == "discard" || name == "pop" || name == "clear" ||
           name == "update" || name.ends_with("_update");
}

NativeMethod MethodTable::lookup(const Value& receiver, std::string_view name, bool python2) {
    if (!receiver.isObject()) return nullptr;
    switch (receiver.asObject()->kind()) {
    case ObjectKind::Str: return StrMethods::lookup(name, python2);
    case ObjectKind::List: return ListMethods::lookup(name, python2);
    case ObjectKind::Tuple: return TupleMethods::lookup(name, python2);
    case ObjectKind::Dict: return DictMethods::lookup(name, python2);
    case ObjectKind::Set: return SetMethods::lookup(name, python2);
    case ObjectKind::FrozenSet: return isMutatingSetMethod(name) ? nullptr : SetMethods::lookup(name, python2);
    default: return nullptr;
    }
}

std::string MethodTable::missingAttributeMessage(const Value& receiver, std::string_view name, bool) {
    return concat("'", RuntimeContext::typeName(receiver), "' object has no attribute '", name, "'");
}

}  // namespace ts::script
