#include "script/vm/BuiltinFunctionObject.h"

#include "script/runtime/RuntimeContext.h"
#include "script/vm/ObjectAddress.h"

namespace ts::script {

bool BuiltinFunctionObject::appendRepr(RuntimeContext&, std::string& out) const {
    if (receiver.isEmpty()) {
        out += "<built-in function ";
        out += name;
        out += '>';
        return true;
    }
    out += "<built-in method ";
    out += name;
    out += " of ";
    out += RuntimeContext::typeName(receiver);
    out += " object at ";
    appendAddress(receiver.isObject() ? receiver.asObject() : this, out);
    out += '>';
    return true;
}

}  // namespace ts::script
