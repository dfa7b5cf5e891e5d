#include "script/runtime/Concat.h"
#include "script/runtime/Comparison.h"

#include <cmath>
#include <string>

#include "script/runtime/DictObject.h"
#include "script/runtime/DictViewObject.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/RangeObject.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"

namespace ts::script {

namespace {

// -1, 0, 1 for i <=> d; 2 when d is nan (unordered).
int orderIntDouble(std::int64_t i, double d) {
    if (std::isnan(d)) return 2;
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    double whole = std::trunc(d);
    auto wholeInt = static_cast<std::int64_t>(whole);
    if (i != wholeInt) return i < wholeInt ? -1 : 1;
    if (d > whole) return -1;
    if (d < whole) return 1;
    return 0;
}

bool fromOrder(int order, CompareOp op) {
    if (order == 2) return op == CompareOp::Ne;  // nan compares unequal to everything
    switch (op) {
    case CompareOp::Lt: return order < 0;
    case CompareOp::Le: return order <= 0;
    case CompareOp::Eq: return order == 0;
    case CompareOp::Ne: return order != 0;
    case CompareOp::Gt: return order > 0;
    case CompareOp::Ge: return order >= 0;
    }
    return false;
}

const std::vector<Value>* sequenceItems(const Value& v) {
    if (auto* list = v.tryAs<ListObject>()) return &list->items();
    if (auto* tuple = v.tryAs<TupleObject>()) return &tuple->items();
    return nullptr;
}

CompareOp reflected(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
    }
}

bool isVmObject(const Value& v) { return v.isObject() && v.asObject()->kind() >= ObjectKind::FirstVmKind; }

}  // namespace

const char* Comparison::symbol(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
    }
    return "?";
}

int Comparison::compareNumbers(const Value& a, const Value& b, CompareOp op) {
    if (a.isIntLike() && b.isIntLike()) return intCompare(a.asInt(), b.asInt(), op);
    if (a.isFloat() && b.isFloat()) {
        double x = a.asFloat(), y = b.asFloat();
        int order = std::isnan(x) || std::isnan(y) ? 2 : (x < y ? -1 : (x > y ? 1 : 0));
        return fromOrder(order, op);
    }
    if (a.isIntLike()) return fromOrder(orderIntDouble(a.asInt(), b.asFloat()), op);
    int order = orderIntDouble(b.asInt(), a.asFloat());
    return fromOrder(order == 2 ? 2 : -order, op);
}

int Comparison::equal(RuntimeContext& ctx, const Value& a, const Value& b) {
    if (a.isNumber() && b.isNumber()) return compareNumbers(a, b, CompareOp::Eq);
    if (a.identical(b)) {
        // Identity implies equality, except for VM objects that define __eq__ otherwise.
        if (!isVmObject(a)) return 1;
    }
    if (!a.isObject() || !b.isObject()) {
        if (isVmObject(a)) return a.asObject()->equals(ctx, b);
        if (isVmObject(b)) return b.asObject()->equals(ctx, a);
        return a.tag() == b.tag() && a.tag() == ValueTag::None;
    }
    ObjectKind ka = a.asObject()->kind(), kb = b.asObject()->kind();
    if (ka >= ObjectKind::FirstVmKind) return a.asObject()->equals(ctx, b);
    if (kb >= ObjectKind::FirstVmKind) return b.asObject()->equals(ctx, a);
    if (isAnySet(a) && isAnySet(b)) return compareSets(ctx, a, b, CompareOp::Eq);
    if (ka != kb) return 0;
    switch (ka) {
    case ObjectKind::Str: return a.as<StrObject>()->text() == b.as<StrObject>()->text();
    case ObjectKind::List:
    case ObjectKind::Tuple: return compareSequences(ctx, *sequenceItems(a), *sequenceItems(b), CompareOp::Eq);
    case ObjectKind::Dict: return equalDicts(ctx, a, b);
    case ObjectKind::Range: {
        auto* x = a.as<RangeObject>();
        auto* y = b.as<RangeObject>();
        std::int64_t n = x->length();
        if (n != y->length()) return 0;
        if (n == 0) return 1;
        if (x->start() != y->start()) return 0;
        return n == 1 || x->step() == y->step();
    }
    default: return 0;
    }
}

int Comparison::compareSequences(RuntimeContext& ctx, const std::vector<Value>& a, const std::vector<Value>& b,
                                 CompareOp op) {
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && a.size() != b.size()) return op == CompareOp::Ne;
    std::size_t n = a.size() < b.size() ? a.size() : b.size();
    for (std::size_t i = 0; i < n; ++i) {
        int eq = equal(ctx, a[i], b[i]);
        if (eq < 0) return -1;
        if (!eq) {
            if (op == CompareOp::Eq) return 0;
            if (op == CompareOp::Ne) return 1;
            // Copies: a comparison that calls into the VM may change the containers.
            Value x = a[i], y = b[i];
            return compare(ctx, x, y, op);
        }
    }
    return intCompare(static_cast<std::int64_t>(a.size()), static_cast<std::int64_t>(b.size()), op);
}

int Comparison::compareSets(RuntimeContext& ctx, const Value& a, const Value& b, CompareOp op) {
    auto* x = a.as<SetObject>();
    auto* y = b.as<SetObject>();
    auto subset = [&](SetObject* small, SetObject* big) -> int {
        if (small->size() > big->size()) return 0;
        for (const auto& entry : small->table().entries()) {
            if (entry.key.isEmpty()) continue;
            int in = big->contains(ctx, entry.key);
            if (in <= 0) return in;
        }
        return 1;
    };
    switch (op) {
    case CompareOp::Eq: return x->size() == y->size() ? subset(x, y) : 0;
    case CompareOp::Ne: {
        if (x->size() != y->size()) return 1;
        int r = subset(x, y);
        return r < 0 ? -1 : !r;
    }
    case CompareOp::Le: return subset(x, y);
    case CompareOp::Ge: return subset(y, x);
    case CompareOp::Lt: return x->size() < y->size() ? subset(x, y) : 0;
    case CompareOp::Gt: return y->size() < x->size() ? subset(y, x) : 0;
    }
    return 0;
}

int Comparison::equalDicts(RuntimeContext& ctx, const Value& a, const Value& b) {
    auto* x = a.as<DictObject>();
    auto* y = b.as<DictObject>();
    if (x->size() != y->size()) return 0;
    for (const auto& entry : x->table().entries()) {
        if (entry.key.isEmpty()) continue;
        Value key = entry.key, value = entry.value;
        Value other = y->get(ctx, key);
        if (other.isError()) return -1;
        if (other.isEmpty()) return 0;
        int eq = equal(ctx, value, other);
        if (eq <= 0) return eq;
    }
    return 1;
}

int Comparison::compare(RuntimeContext& ctx, const Value& a, const Value& b, CompareOp op) {
    if (a.isNumber() && b.isNumber()) return compareNumbers(a, b, op);
    if (op == CompareOp::Eq) return equal(ctx, a, b);
    if (op == CompareOp::Ne) {
        int eq = equal(ctx, a, b);
        return eq < 0 ? -1 : !eq;
    }
    if (isVmObject(a)) {
        int r = a.asObject()->compareOrder(ctx, b, op);
        if (r != 2) return r;
    }
    if (isVmObject(b)) {
        int r = b.asObject()->compareOrder(ctx, a, reflected(op));
        if (r != 2) return r;
    }
    if (a.is<StrObject>() && b.is<StrObject>()) {
        // UTF-8 byte order is code point order.
        int order = a.as<StrObject>()->text().compare(b.as<StrObject>()->text());
        return fromOrder(order < 0 ? -1 : (order > 0 ? 1 : 0), op);
    }
    if (a.isObject() && b.isObject() && a.asObject()->kind() == b.asObject()->kind()) {
        if (auto* items = sequenceItems(a)) return compareSequences(ctx, *items, *sequenceItems(b), op);
    }
    if (isAnySet(a) && isAnySet(b)) return compareSets(ctx, a, b, op);
    if (ctx.isPython2()) return orderUnrelated(ctx, a, b, op);
    std::string message = "'";
    message += symbol(op);
    message += "' not supported between instances of '";
    message += RuntimeContext::typeName(a);
    message += "' and '";
    message += RuntimeContext::typeName(b);
    message += "'";
    ctx.raise(ErrorKind::TypeError, std::move(message));
    return -1;
}

int Comparison::orderUnrelated(RuntimeContext&, const Value& a, const Value& b, CompareOp op) {
    // Python 2: None is smallest, numbers come before other types, other types order by type
    // name, and objects of one type without an order compare by address.
    auto rank = [](const Value& v) { return v.isNone() ? 0 : (v.isNumber() ? 1 : 2); };
    int ra = rank(a), rb = rank(b);
    int order = 0;
    if (ra != rb) {
        order = ra < rb ? -1 : 1;
    } else {
        int byName = RuntimeContext::typeName(a).compare(RuntimeContext::typeName(b));
        if (byName != 0) {
            order = byName < 0 ? -1 : 1;
        } else if (a.isObject() && b.isObject()) {
            order = a.asObject() < b.asObject() ? -1 : (a.asObject() > b.asObject() ? 1 : 0);
        }
    }
    return fromOrder(order, op);
}

int Comparison::truthyObject(RuntimeContext& ctx, const Value& v) {
    if (!v.isObject()) return 0;
    Object* object = v.asObject();
    switch (object->kind()) {
    case ObjectKind::Str: return static_cast<StrObject*>(object)->text().empty() ? 0 : 1;
    case ObjectKind::List: return static_cast<ListObject*>(object)->size() != 0;
    case ObjectKind::Tuple: return static_cast<TupleObject*>(object)->size() != 0;
    case ObjectKind::Dict: return static_cast<DictObject*>(object)->size() != 0;
    case ObjectKind::Set:
    case ObjectKind::FrozenSet: return static_cast<SetObject*>(object)->size() != 0;
    case ObjectKind::Range: return static_cast<RangeObject*>(object)->length() != 0;
    case ObjectKind::DictView:
        return static_cast<DictViewObject*>(object)->dict().as<DictObject>()->size() != 0;
    case ObjectKind::Slice:
    case ObjectKind::Iterator: return 1;
    default: return object->truthiness(ctx);
    }
}

int Comparison::contains(RuntimeContext& ctx, const Value& container, const Value& item) {
    if (!container.isObject()) {
        ctx.raise(ErrorKind::TypeError,
                  concat("argument of type '", std::string(RuntimeContext::typeName(container)), "' is not iterable"));
        return -1;
    }
    Object* object = container.asObject();
    switch (object->kind()) {
    case ObjectKind::Str: {
        if (!item.is<StrObject>()) {
            ctx.raise(ErrorKind::TypeError,
                      ctx.isPython2()
                          ? "'in <string>' requires string as left operand"
                          : "'in <string>' requires string as left operand, not " +
                                std::string(RuntimeContext::typeName(item)));
            return -1;
        }
        return static_cast<StrObject*>(object)->text().find(item.as<StrObject>()->text()) != std::string::npos;
    }
    case ObjectKind::List:
    case ObjectKind::Tuple: {
        const auto& items = *sequenceItems(container);
        for (std::size_t i = 0; i < items.size(); ++i) {
            Value element = items[i];
            int eq = equal(ctx, element, item);
            if (eq != 0) return eq;
        }
        return 0;
    }
    case ObjectKind::Dict: return static_cast<DictObject*>(object)->contains(ctx, item);
    case ObjectKind::Set:
    case ObjectKind::FrozenSet: {
        int r = static_cast<SetObject*>(object)->contains(ctx, item);
        return r;
    }
    case ObjectKind::Range: {
        auto* range = static_cast<RangeObject*>(object);
        if (item.isIntLike()) {
            std::int64_t i = item.asInt(), n = range->length();
            if (n == 0) return 0;
            std::int64_t offset = i - range->start();
            if (range->step() > 0 ? (i < range->start() || i >= range->stop())
                                  : (i > range->start() || i <= range->stop())) {
                return 0;
            }
            return offset % range->step() == 0;
        }
        break;
    }
    case ObjectKind::DictView: {
        auto* view = static_cast<DictViewObject*>(object);
        if (view->viewKind() == DictViewKind::Keys) return view->dict().as<DictObject>()->contains(ctx, item);
        break;
    }
    default: break;
    }
    // Anything else iterable: compare with each item in turn.
    Value iterator = Iteration::iter(ctx, container);
    if (iterator.isError()) {
        if (ctx.error().message.find("is not iterable") != std::string::npos) {
            ctx.raise(ErrorKind::TypeError,
                      concat("argument of type '", std::string(RuntimeContext::typeName(container)), "' is not iterable"));
        }
        return -1;
    }
    for (;;) {
        Value next = Iteration::next(ctx, iterator);
        if (next.isError()) return -1;
        if (next.isEmpty()) return 0;
        int eq = equal(ctx, next, item);
        if (eq != 0) return eq;
    }
}

}  // namespace ts::script
