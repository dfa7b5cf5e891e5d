#include "script/vm/BoundMethodObject.h"

#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"
#include "script/vm/BuiltinFunctionObject.h"
#include "script/vm/FunctionObject.h"

namespace ts::script {

bool BoundMethodObject::appendRepr(RuntimeContext& ctx, std::string& out) const {
    out += "<bound method ";
    if (auto* f = function.tryAs<FunctionObject>()) {
        out += f->qualname.is<StrObject>() ? f->qualname.as<StrObject>()->text() : f->code().qualname;
    } else if (auto* b = function.tryAs<BuiltinFunctionObject>()) {
        out += b->name;
    }
    out += " of ";
    if (!TextConversion::appendRepr(ctx, self, out)) return false;
    out += '>';
    return true;
}

int BoundMethodObject::equals(RuntimeContext&, const Value& other) const {
    auto* o = other.tryAs<BoundMethodObject>();
    if (!o) return 0;
    return o->function.identical(function) && o->self.identical(self);
}

}  // namespace ts::script
