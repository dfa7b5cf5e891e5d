#include "script/vm/ExceptionObject.h"

#include "script/runtime/RuntimeContext.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/Interpreter.h"

namespace ts::script {

bool ExceptionObject::appendStr(RuntimeContext& ctx, std::string& out) const {
    Interpreter& vm = Interpreter::of(ctx);
    if (!vm.classAttribute(cls, "__str__").isEmpty()) return InstanceObject::appendStr(ctx, out);
    const auto& items = args.as<TupleObject>()->items();
    if (items.empty()) return true;
    if (items.size() == 1) {
        // KeyError shows its key as a repr: KeyError: 'missing'.
        if (classObject()->isSubclassOf(vm.types().keyError.as<ClassObject>())) {
            return TextConversion::appendRepr(ctx, items[0], out);
        }
        return TextConversion::appendStr(ctx, items[0], out);
    }
    return TextConversion::appendRepr(ctx, args, out);
}

bool ExceptionObject::appendRepr(RuntimeContext& ctx, std::string& out) const {
    Interpreter& vm = Interpreter::of(ctx);
    if (!vm.classAttribute(cls, "__repr__").isEmpty()) return InstanceObject::appendRepr(ctx, out);
    out += classObject()->name;
    const auto& items = args.as<TupleObject>()->items();
    // ValueError('x') since Python 3.7; Python 2 shows the args tuple: ValueError('x',).
    if (items.size() == 1) {
        out += '(';
        if (!TextConversion::appendRepr(ctx, items[0], out)) return false;
        out += ctx.isPython2() ? ",)" : ")";
        return true;
    }
    if (items.empty()) {
        out += "()";
        return true;
    }
    return TextConversion::appendRepr(ctx, args, out);
}

}  // namespace ts::script
