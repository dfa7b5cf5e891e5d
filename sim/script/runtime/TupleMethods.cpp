#include "script/runtime/TupleMethods.h"

#include "script/runtime/TupleObject.h"

namespace ts::script {

// Defined with the list methods, which share them.
Value sequenceIndex(RuntimeContext& ctx, const std::vector<Value>& items, const CallArgs& args, bool isList, const Value& self);
Value sequenceCount(RuntimeContext& ctx, const std::vector<Value>& items, const CallArgs& args);

namespace {
Value index(RuntimeContext& ctx, const Value& self, const CallArgs& args) {
    return sequenceIndex(ctx, self.as<TupleObject>()->items(), args, false, self);
}
Value count(RuntimeContext& ctx, const Value& self, const CallArgs& args) {
    return sequenceCount(ctx, self.as<TupleObject>()->items(), args);
}
}  // namespace

NativeMethod TupleMethods::lookup(std::string_view name, bool) {
    if (name == "index") return index;
    if (name == "count") return count;
    return nullptr;
}

}  // namespace ts::script
