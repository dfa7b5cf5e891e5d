#include "script/vm/FunctionObject.h"

#include "script/runtime/StrObject.h"
#include "script/vm/ObjectAddress.h"

namespace ts::script {

bool FunctionObject::appendRepr(RuntimeContext&, std::string& out) const {
    out += "<function ";
    out += qualname.is<StrObject>() ? qualname.as<StrObject>()->text() : code().qualname;
    out += " at ";
    appendAddress(this, out);
    out += '>';
    return true;
}

}  // namespace ts::script
