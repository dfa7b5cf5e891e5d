#include "script/vm/GeneratorObject.h"

#include "script/vm/Interpreter.h"
#include "script/vm/ObjectAddress.h"

namespace ts::script {

bool GeneratorObject::appendRepr(RuntimeContext&, std::string& out) const {
    out += "<generator object ";
    out += info ? info->code->qualname : std::string("?");
    out += " at ";
    appendAddress(this, out);
    out += '>';
    return true;
}

Value GeneratorObject::iterate(RuntimeContext&, const Value& self) { return self; }

Value GeneratorObject::nextItem(RuntimeContext& ctx) { return Interpreter::of(ctx).resumeGenerator(*this); }

}  // namespace ts::script
