#include "script/runtime/ListMethods.h"

#include <algorithm>
#include <unordered_map>

#include "script/runtime/Collections.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/MethodSupport.h"
#include "script/runtime/TextConversion.h"

namespace ts::script {

namespace {

using Args = const CallArgs&;

ListObject* listOf(const Value& self) { return self.as<ListObject>(); }

Value append(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "append", args, 1, 1)) return Value::error();
    listOf(self)->append(args[0]);
    return Value::none();
}

Value extend(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "extend", args, 1, 1)) return Value::error();
    std::vector<Value> items;
    if (!Iteration::collect(ctx, args[0], items)) return Value::error();
    auto& target = listOf(self)->items();
    target.insert(target.end(), items.begin(), items.end());
    listOf(self)->noteResized();
    return Value::none();
}

Value insert(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "insert", args, 2, 2)) return Value::error();
    std::int64_t index = 0;
    if (!MethodSupport::intArgument(ctx, args[0], index)) return Value::error();
    auto& items = listOf(self)->items();
    auto n = static_cast<std::int64_t>(items.size());
    if (index < 0) index = std::max<std::int64_t>(0, index + n);
    index = std::min(index, n);
    items.insert(items.begin() + index, args[1]);
    listOf(self)->noteResized();
    return Value::none();
}

Value pop(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "pop", args, 0, 1)) return Value::error();
    auto& items = listOf(self)->items();
    if (items.empty()) return ctx.raise(ErrorKind::IndexError, "pop from empty list");
    std::int64_t index = -1;
    if (args.size() == 1 && !MethodSupport::intArgument(ctx, args[0], index)) return Value::error();
    auto n = static_cast<std::int64_t>(items.size());
    if (index < 0) index += n;
    if (index < 0 || index >= n) return ctx.raise(ErrorKind::IndexError, "pop index out of range");
    Value item = std::move(items[static_cast<std::size_t>(index)]);
    items.erase(items.begin() + index);
    return item;
}

// Position of the first item equal to x within [start, stop), -1 absent, -2 error.
std::int64_t position(RuntimeContext& ctx, const std::vector<Value>& items, const Value& x, std::int64_t start, std::int64_t stop) {
    auto n = static_cast<std::int64_t>(items.size());
    if (start < 0) start = std::max<std::int64_t>(0, start + n);
    if (stop < 0) stop = std::max<std::int64_t>(0, stop + n);
    for (std::int64_t i = start; i < std::min(stop, static_cast<std::int64_t>(items.size())); ++i) {
        Value item = items[static_cast<std::size_t>(i)];
        int eq = Comparison::equal(ctx, item, x);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

Value remove(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "remove", args, 1, 1)) return Value::error();
    auto& items = listOf(self)->items();
    std::int64_t at = position(ctx, items, args[0], 0, INT64_MAX);
    if (at == -2) return Value::error();
    if (at == -1) return ctx.raise(ErrorKind::ValueError, "list.remove(x): x not in list");
    items.erase(items.begin() + at);
    return Value::none();
}

}  // namespace

// Shared with TupleMethods: index(x[, start[, stop]]) and count(x) over a vector.
Value sequenceIndex(RuntimeContext& ctx, const std::vector<Value>& items, Args args, bool isList, const Value& self);
Value sequenceCount(RuntimeContext& ctx, const std::vector<Value>& items, Args args);

Value sequenceIndex(RuntimeContext& ctx, const std::vector<Value>& items, Args args, bool isList, const Value&) {
    if (!MethodSupport::arity(ctx, "index", args, 1, 3)) return Value::error();
    std::int64_t start = 0, stop = INT64_MAX;
    if (args.size() > 1 && !MethodSupport::intArgument(ctx, args[1], start)) return Value::error();
    if (args.size() > 2 && !MethodSupport::intArgument(ctx, args[2], stop)) return Value::error();
    std::int64_t at = position(ctx, items, args[0], start, stop);
    if (at == -2) return Value::error();
    if (at == -1) {
        if (!isList) return ctx.raise(ErrorKind::ValueError, "tuple.index(x): x not in tuple");
        std::string text;
        if (!TextConversion::appendRepr(ctx, args[0], text)) return Value::error();
        return ctx.raise(ErrorKind::ValueError, concat(text, " is not in list"));
    }
    return Value::fromInt(at);
}

Value sequenceCount(RuntimeContext& ctx, const std::vector<Value>& items, Args args) {
    if (!MethodSupport::arity(ctx, "count", args, 1, 1)) return Value::error();
    std::int64_t n = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        Value item = items[i];
        int eq = Comparison::equal(ctx, item, args[0]);
        if (eq < 0) return Value::error();
        n += eq;
    }
    return Value::fromInt(n);
}

namespace {

Value index(RuntimeContext& ctx, const Value& self, Args args) { return sequenceIndex(ctx, listOf(self)->items(), args, true, self); }
Value count(RuntimeContext& ctx, const Value& self, Args args) { return sequenceCount(ctx, listOf(self)->items(), args); }

Value sort(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "sort", args, 0, ctx.isPython2() ? 3 : 0) ||
        !MethodSupport::onlyKeywords(ctx, "sort", args, {"key", "reverse", "cmp"})) {
        if (!ctx.isPython2() && args.size() > 0) ctx.error().message = "sort() takes no positional arguments";
        return Value::error();
    }
    Value key = MethodSupport::argument(args, ctx.isPython2() ? 1 : 99, "key");
    Value reverse = MethodSupport::argument(args, ctx.isPython2() ? 2 : 99, "reverse");
    if (args.keyword("cmp")) return ctx.raise(ErrorKind::TypeError, "sort(): cmp functions are not supported by timeslice; use key=");
    int reversed = reverse.isEmpty() ? 0 : Comparison::truthy(ctx, reverse);
    if (reversed < 0) return Value::error();
    // Sort a copy, so a key function that looks at the list sees it unchanged until the end.
    std::vector<Value> items = listOf(self)->items();
    if (!Collections::sort(ctx, items, key, reversed != 0)) return Value::error();
    listOf(self)->items() = std::move(items);
    return Value::none();
}

Value reverse(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "reverse", args, 0, 0)) return Value::error();
    std::reverse(listOf(self)->items().begin(), listOf(self)->items().end());
    return Value::none();
}

Value copy(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "copy", args, 0, 0)) return Value::error();
    return ctx.newList(listOf(self)->items());
}

Value clear(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "clear", args, 0, 0)) return Value::error();
    listOf(self)->items().clear();
    return Value::none();
}

}  // namespace

NativeMethod ListMethods::lookup(std::string_view name, bool python2) {
    static const std::unordered_map<std::string_view, NativeMethod> table = {
        {"append", append}, {"extend", extend}, {"insert", insert}, {"pop", pop},         {"remove", remove},
        {"index", index},   {"count", count},   {"sort", sort},     {"reverse", reverse}, {"copy", copy},
        {"clear", clear},
    };
    // copy() and clear() arrived in Python 3.3.
    if (python2 && (name == "copy" || name == "clear")) return nullptr;
    auto found = table.find(name);
    return found == table.end() ? nullptr : found->second;
}

}  // namespace ts::script
