#include "script/builtins/StandardModules.h"

#include "script/builtins/CollectionsModule.h"
#include "script/builtins/MathModule.h"
#include "script/builtins/SysModule.h"
#include "script/builtins/TimeModule.h"
#include "script/runtime/DictObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ModuleObject.h"
#include "script/vm/ModuleRegistry.h"

namespace ts::script {

namespace {

// `from __future__ import print_function` is a compiler directive; at run time the import
// still happens and needs a module holding the feature names.
bool fillFuture(Interpreter& vm, ModuleObject& module) {
    static const char* const features[] = {"nested_scopes", "generators", "division", "absolute_import",
                                           "with_statement", "print_function", "unicode_literals", "generator_stop",
                                           "annotations"};
    auto* dict = module.globals.as<DictObject>();
    for (const char* feature : features) dict->set(vm.context(), vm.intern(feature), Value::fromBool(true));
    return true;
}

}  // namespace

void StandardModules::registerAll(ModuleRegistry& registry) {
    registry.add("sys", SysModule::fill);
    registry.add("time", TimeModule::fill);
    registry.add("math", MathModule::fill);
    registry.add("collections", CollectionsModule::fill);
    registry.add("__future__", fillFuture);
}

}  // namespace ts::script
