#include "script/builtins/SysModule.h"

#include <limits>

#include "script/runtime/DictObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ModuleObject.h"

namespace ts::script {

bool SysModule::fill(Interpreter& vm, ModuleObject& module) {
    RuntimeContext& ctx = vm.context();
    const Value& dict = module.globals;
    auto set = [&](const char* name, Value v) { dict.as<DictObject>()->set(ctx, vm.intern(name), std::move(v)); };
    bool python2 = vm.isPython2();
    set("stdout", vm.stdoutObject());
    set("stderr", vm.stderrObject());
    set("__stdout__", vm.stdoutObject());
    set("__stderr__", vm.stderrObject());
    std::vector<Value> argv;
    for (const std::string& a : vm.config().argv) argv.push_back(ctx.newStr(a));
    if (argv.empty()) argv.push_back(ctx.newStr(""));
    set("argv", ctx.newList(std::move(argv)));
    set("version", ctx.newStr(python2 ? "2.7.18 (timeslice)" : "3.11.2 (timeslice)"));
    set("version_info", ctx.newTuple({Value::fromInt(python2 ? 2 : 3), Value::fromInt(python2 ? 7 : 11),
                                      Value::fromInt(python2 ? 18 : 2), ctx.newStr("final"), Value::fromInt(0)}));
    set("maxsize", Value::fromInt(std::numeric_limits<std::int64_t>::max()));
    if (python2) set("maxint", Value::fromInt(std::numeric_limits<std::int64_t>::max()));
    set("platform", ctx.newStr("linux"));
    set("byteorder", ctx.newStr("little"));
    vm.defineNative(dict, "exit", [](NativeCall& call) -> Value {
        std::vector<Value> args(call.args.positional.begin(), call.args.positional.end());
        return call.vm.raiseObject(call.vm.newException(call.vm.types().systemExit, std::move(args)));
    });
    vm.defineNative(dict, "getrecursionlimit", [](NativeCall& call) { return Value::fromInt(call.vm.config().recursionLimit); });
    vm.defineNative(dict, "setrecursionlimit", [](NativeCall&) { return Value::none(); });
    vm.defineNative(dict, "exc_info", [](NativeCall& call) -> Value {
        const Value& handled = call.thread.handledException;
        if (handled.isEmpty()) return call.ctx.newTuple({Value::none(), Value::none(), Value::none()});
        return call.ctx.newTuple({call.vm.types().classOf(handled), handled, Value::none()});
    });
    return true;
}

}  // namespace ts::script
