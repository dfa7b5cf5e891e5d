#include "script/runtime/DictMethods.h"

#include <unordered_map>

#include "script/runtime/Collections.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/DictViewObject.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/MethodSupport.h"

namespace ts::script {

namespace {

using Args = const CallArgs&;

DictObject* dictOf(const Value& self) { return self.as<DictObject>(); }

Value get(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "get", args, 1, 2)) return Value::error();
    Value found = dictOf(self)->get(ctx, args[0]);
    if (found.isEmpty()) return args.size() > 1 ? args[1] : Value::none();
    return found;
}

// keys()/values()/items(): lists under Python 2, live views under Python 3.
Value view(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, DictViewKind kind) {
    if (!MethodSupport::arity(ctx, name, args, 0, 0)) return Value::error();
    Value v = ctx.heap().make<DictViewObject>(kind, self);
    if (!ctx.isPython2()) return v;
    std::vector<Value> items;
    if (!Iteration::collect(ctx, v, items)) return Value::error();
    return ctx.newList(std::move(items));
}
Value keys(RuntimeContext& ctx, const Value& self, Args args) { return view(ctx, self, args, "keys", DictViewKind::Keys); }
Value values(RuntimeContext& ctx, const Value& self, Args args) { return view(ctx, self, args, "values", DictViewKind::Values); }
Value items(RuntimeContext& ctx, const Value& self, Args args) { return view(ctx, self, args, "items", DictViewKind::Items); }

// Python 2's iterkeys()/itervalues()/iteritems().
Value iterView(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, DictViewKind kind) {
    if (!MethodSupport::arity(ctx, name, args, 0, 0)) return Value::error();
    return Iteration::iter(ctx, ctx.heap().make<DictViewObject>(kind, self));
}
Value iterkeys(RuntimeContext& ctx, const Value& self, Args args) { return iterView(ctx, self, args, "iterkeys", DictViewKind::Keys); }
Value itervalues(RuntimeContext& ctx, const Value& self, Args args) { return iterView(ctx, self, args, "itervalues", DictViewKind::Values); }
Value iteritems(RuntimeContext& ctx, const Value& self, Args args) { return iterView(ctx, self, args, "iteritems", DictViewKind::Items); }

Value setdefault(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "setdefault", args, 1, 2)) return Value::error();
    Value found = dictOf(self)->get(ctx, args[0]);
    if (found.isError()) return found;
    if (!found.isEmpty()) return found;
    Value value = args.size() > 1 ? args[1] : Value::none();
    if (!dictOf(self)->set(ctx, args[0], value)) return Value::error();
    return value;
}

Value pop(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "pop", args, 1, 2)) return Value::error();
    Value removed = dictOf(self)->remove(ctx, args[0]);
    if (removed.isError()) return removed;
    if (removed.isEmpty()) {
        if (args.size() > 1) return args[1];
        return ctx.raiseKeyError(args[0]);
    }
    return removed;
}

Value popitem(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "popitem", args, 0, 0)) return Value::error();
    auto* dict = dictOf(self);
    if (dict->size() == 0) return ctx.raise(ErrorKind::KeyError, "'popitem(): dictionary is empty'");
    // Last in, first out.
    auto& entries = dict->table().entries();
    std::size_t last = entries.size();
    while (last > 0 && entries[last - 1].key.isEmpty()) --last;
    Value pair = ctx.newTuple({entries[last - 1].key, entries[last - 1].value});
    Value key = entries[last - 1].key;
    dict->remove(ctx, key);
    return pair;
}

Value update(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "update", args, 0, 1)) return Value::error();
    if (args.size() == 1 && !Collections::updateDict(ctx, self, args[0])) return Value::error();
    for (const KeywordArg& k : args.keywords) {
        if (!dictOf(self)->set(ctx, ctx.newStr(k.name), k.value)) return Value::error();
    }
    return Value::none();
}

Value clear(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "clear", args, 0, 0)) return Value::error();
    dictOf(self)->clear();
    return Value::none();
}

Value copy(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "copy", args, 0, 0)) return Value::error();
    return Collections::copyDict(ctx, self);
}

Value hasKey(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "has_key", args, 1, 1)) return Value::error();
    int in = dictOf(self)->contains(ctx, args[0]);
    return in < 0 ? Value::error() : Value::fromBool(in != 0);
}

}  // namespace

NativeMethod DictMethods::lookup(std::string_view name, bool python2) {
    static const std::unordered_map<std::string_view, NativeMethod> common = {
        {"get", get},   {"keys", keys},       {"values", values}, {"items", items}, {"setdefault", setdefault},
        {"pop", pop},   {"popitem", popitem}, {"update", update}, {"clear", clear}, {"copy", copy},
    };
    static const std::unordered_map<std::string_view, NativeMethod> python2Only = {
        {"has_key", hasKey}, {"iterkeys", iterkeys}, {"itervalues", itervalues}, {"iteritems", iteritems},
    };
    auto found = common.find(name);
    if (found != common.end()) return found->second;
    if (python2) {
        auto old = python2Only.find(name);
        if (old != python2Only.end()) return old->second;
    }
    return nullptr;
}

}  // namespace ts::script
