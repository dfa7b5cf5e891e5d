#include "script/runtime/Concat.h"
#include "script/runtime/Indexing.h"

#include <string>

#include "script/runtime/DictObject.h"
#include "script/runtime/DictViewObject.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/RangeObject.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/SliceObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"

namespace ts::script {

namespace {

std::string typeOf(const Value& v) { return std::string(RuntimeContext::typeName(v)); }

bool isAbsent(const Value& v) { return v.isNone() || v.isEmpty(); }

Value badIndexType(RuntimeContext& ctx, const Value& container, const Value& index) {
    std::string what = container.is<StrObject>() ? "string" : typeOf(container);
    if (ctx.isPython2()) return ctx.raise(ErrorKind::TypeError, what + concat(" indices must be integers, not ", typeOf(index)));
    if (container.is<StrObject>()) return ctx.raise(ErrorKind::TypeError, concat("string indices must be integers, not '", typeOf(index), "'"));
    return ctx.raise(ErrorKind::TypeError, what + concat(" indices must be integers or slices, not ", typeOf(index)));
}

Value notSubscriptable(RuntimeContext& ctx, const Value& container) {
    if (ctx.isPython2()) return ctx.raise(ErrorKind::TypeError, concat("'", typeOf(container), "' object has no attribute '__getitem__'"));
    return ctx.raise(ErrorKind::TypeError, concat("'", typeOf(container), "' object is not subscriptable"));
}

// Normalises a possibly negative index; false when out of range.
bool normalise(std::int64_t& index, std::int64_t length) {
    if (index < 0) index += length;
    return index >= 0 && index < length;
}

}  // namespace

bool SliceObject::resolve(RuntimeContext& ctx, std::int64_t sequenceLength, SliceBounds& out) const {
    return Indexing::resolveSlice(ctx, start_, stop_, step_, sequenceLength, out);
}

bool Indexing::resolveSlice(RuntimeContext& ctx, const Value& startValue, const Value& stopValue, const Value& stepValue,
                            std::int64_t length, SliceBounds& out) {
    for (const Value* part : {&startValue, &stopValue, &stepValue}) {
        if (!isAbsent(*part) && !part->isIntLike()) {
            ctx.raise(ErrorKind::TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
    }
    std::int64_t step = isAbsent(stepValue) ? 1 : stepValue.asInt();
    if (step == 0) {
        ctx.raise(ErrorKind::ValueError, "slice step cannot be zero");
        return false;
    }
    if (step == INT64_MIN) step = -INT64_MAX;
    auto clamp = [&](const Value& v, std::int64_t absentValue) {
        if (isAbsent(v)) return absentValue;
        std::int64_t i = v.asInt();
        if (i < 0) {
            i = i < -length ? (step < 0 ? -1 : 0) : i + length;
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    };
    out.step = step;
    out.start = clamp(startValue, step < 0 ? length - 1 : 0);
    out.stop = clamp(stopValue, step < 0 ? -1 : length);
    if (step > 0) out.length = out.stop > out.start ? (out.stop - out.start - 1) / step + 1 : 0;
    else out.length = out.start > out.stop ? (out.start - out.stop - 1) / (-step) + 1 : 0;
    return true;
}

std::int64_t Indexing::length(RuntimeContext& ctx, const Value& v) {
    if (v.isObject()) {
        switch (v.asObject()->kind()) {
        case ObjectKind::Str: return static_cast<std::int64_t>(v.as<StrObject>()->length());
        case ObjectKind::List: return static_cast<std::int64_t>(v.as<ListObject>()->size());
        case ObjectKind::Tuple: return static_cast<std::int64_t>(v.as<TupleObject>()->size());
        case ObjectKind::Dict: return static_cast<std::int64_t>(v.as<DictObject>()->size());
        case ObjectKind::Set:
        case ObjectKind::FrozenSet: return static_cast<std::int64_t>(v.as<SetObject>()->size());
        case ObjectKind::Range: return v.as<RangeObject>()->length();
        case ObjectKind::DictView: return static_cast<std::int64_t>(v.as<DictViewObject>()->dict().as<DictObject>()->size());
        default: break;
        }
    }
    ctx.raise(ErrorKind::TypeError, concat("object of type '", typeOf(v), "' has no len()"));
    return -1;
}

Value Indexing::sliceOf(RuntimeContext& ctx, const Value& container, const SliceBounds& b) {
    if (auto* str = container.tryAs<StrObject>()) {
        if (str->isAscii() && b.step == 1) return ctx.newStr(str->text().substr(static_cast<std::size_t>(b.start), static_cast<std::size_t>(b.length)));
        std::string out;
        for (std::int64_t i = 0, at = b.start; i < b.length; ++i, at += b.step) out += str->codePointAt(static_cast<std::size_t>(at));
        return ctx.newStr(std::move(out));
    }
    if (auto* range = container.tryAs<RangeObject>()) {
        std::int64_t start = range->at(b.start);
        std::int64_t step = range->step() * b.step;
        return ctx.heap().make<RangeObject>(start, start + b.length * step, step);
    }
    const std::vector<Value>& items =
        container.is<ListObject>() ? container.as<ListObject>()->items() : container.as<TupleObject>()->items();
    std::vector<Value> out;
    out.reserve(static_cast<std::size_t>(b.length));
    for (std::int64_t i = 0, at = b.start; i < b.length; ++i, at += b.step) out.push_back(items[static_cast<std::size_t>(at)]);
    if (container.is<ListObject>()) return ctx.newList(std::move(out));
    return ctx.newTuple(std::move(out));
}

Value Indexing::getSlice(RuntimeContext& ctx, const Value& container, const Value& start, const Value& stop,
                         const Value& step) {
    if (!(container.is<StrObject>() || container.is<ListObject>() || container.is<TupleObject>() ||
          container.is<RangeObject>())) {
        if (container.is<DictObject>()) return ctx.raise(ErrorKind::TypeError, "unhashable type: 'slice'");
        return notSubscriptable(ctx, container);
    }
    SliceBounds bounds;
    if (!resolveSlice(ctx, start, stop, step, length(ctx, container), bounds)) return Value::error();
    return sliceOf(ctx, container, bounds);
}

Value Indexing::getItem(RuntimeContext& ctx, const Value& container, const Value& index) {
    if (!container.isObject()) return notSubscriptable(ctx, container);
    Object* object = container.asObject();
    if (auto* slice = index.tryAs<SliceObject>()) {
        return getSlice(ctx, container, slice->start(), slice->stop(), slice->step());
    }
    switch (object->kind()) {
    case ObjectKind::List:
    case ObjectKind::Tuple: {
        if (!index.isIntLike()) return badIndexType(ctx, container, index);
        const auto& items = object->kind() == ObjectKind::List ? container.as<ListObject>()->items()
                                                               : container.as<TupleObject>()->items();
        std::int64_t i = index.asInt();
        if (!normalise(i, static_cast<std::int64_t>(items.size()))) {
            return ctx.raise(ErrorKind::IndexError, object->kind() == ObjectKind::List ? "list index out of range"
                                                                                       : "tuple index out of range");
        }
        return items[static_cast<std::size_t>(i)];
    }
    case ObjectKind::Str: {
        if (!index.isIntLike()) return badIndexType(ctx, container, index);
        auto* str = container.as<StrObject>();
        std::int64_t i = index.asInt();
        if (!normalise(i, static_cast<std::int64_t>(str->length()))) {
            return ctx.raise(ErrorKind::IndexError, "string index out of range");
        }
        return ctx.newStr(str->codePointAt(static_cast<std::size_t>(i)));
    }
    case ObjectKind::Range: {
        if (!index.isIntLike()) return badIndexType(ctx, container, index);
        auto* range = container.as<RangeObject>();
        std::int64_t i = index.asInt();
        if (!normalise(i, range->length())) {
            return ctx.raise(ErrorKind::IndexError, ctx.isPython2() ? "xrange object index out of range"
                                                                    : "range object index out of range");
        }
        return Value::fromInt(range->at(i));
    }
    case ObjectKind::Dict: {
        Value found = container.as<DictObject>()->get(ctx, index);
        if (found.isEmpty()) return ctx.raiseKeyError(index);
        return found;
    }
    default: return notSubscriptable(ctx, container);
    }
}

bool Indexing::setItem(RuntimeContext& ctx, const Value& container, const Value& index, const Value& value) {
    if (auto* slice = index.tryAs<SliceObject>()) {
        return setSlice(ctx, container, slice->start(), slice->stop(), slice->step(), value);
    }
    if (auto* list = container.tryAs<ListObject>()) {
        if (!index.isIntLike()) return !badIndexType(ctx, container, index).isError();
        std::int64_t i = index.asInt();
        if (!normalise(i, static_cast<std::int64_t>(list->size()))) {
            ctx.raise(ErrorKind::IndexError, "list assignment index out of range");
            return false;
        }
        list->items()[static_cast<std::size_t>(i)] = value;
        return true;
    }
    if (auto* dict = container.tryAs<DictObject>()) return dict->set(ctx, index, value);
    ctx.raise(ErrorKind::TypeError, concat("'", typeOf(container), "' object does not support item assignment"));
    return false;
}

bool Indexing::deleteItem(RuntimeContext& ctx, const Value& container, const Value& index) {
    if (auto* slice = index.tryAs<SliceObject>()) {
        return deleteSlice(ctx, container, slice->start(), slice->stop(), slice->step());
    }
    if (auto* list = container.tryAs<ListObject>()) {
        if (!index.isIntLike()) return !badIndexType(ctx, container, index).isError();
        std::int64_t i = index.asInt();
        if (!normalise(i, static_cast<std::int64_t>(list->size()))) {
            ctx.raise(ErrorKind::IndexError, "list assignment index out of range");
            return false;
        }
        list->items().erase(list->items().begin() + i);
        return true;
    }
    if (auto* dict = container.tryAs<DictObject>()) {
        Value removed = dict->remove(ctx, index);
        if (removed.isError()) return false;
        if (removed.isEmpty()) return !ctx.raiseKeyError(index).isError();
        return true;
    }
    ctx.raise(ErrorKind::TypeError, ctx.isPython2() ? concat("'", typeOf(container), "' object doesn't support item deletion")
                                                    : concat("'", typeOf(container), "' object doesn't support item deletion"));
    return false;
}

bool Indexing::setSlice(RuntimeContext& ctx, const Value& container, const Value& start, const Value& stop,
                        const Value& step, const Value& value) {
    auto* list = container.tryAs<ListObject>();
    if (!list) {
        ctx.raise(ErrorKind::TypeError, concat("'", typeOf(container), "' object does not support item assignment"));
        return false;
    }
    std::vector<Value> replacement;
    if (!Iteration::collect(ctx, value, replacement)) {
        if (ctx.error().message.find("is not iterable") != std::string::npos) {
            ctx.raise(ErrorKind::TypeError, ctx.isPython2() ? "can only assign an iterable" : "must assign iterable to extended slice");
            if (isAbsent(step) || (step.isIntLike() && step.asInt() == 1)) ctx.error().message = "can only assign an iterable";
        }
        return false;
    }
    SliceBounds b;
    if (!resolveSlice(ctx, start, stop, step, static_cast<std::int64_t>(list->size()), b)) return false;
    auto& items = list->items();
    if (b.step == 1) {
        std::int64_t stopAt = b.stop < b.start ? b.start : b.stop;
        items.erase(items.begin() + b.start, items.begin() + stopAt);
        items.insert(items.begin() + b.start, replacement.begin(), replacement.end());
        list->noteResized();
        return true;
    }
    if (static_cast<std::int64_t>(replacement.size()) != b.length) {
        ctx.raise(ErrorKind::ValueError, concat("attempt to assign sequence of size ", std::to_string(replacement.size()),
                                                " to extended slice of size ", std::to_string(b.length)));
        return false;
    }
    for (std::int64_t i = 0, at = b.start; i < b.length; ++i, at += b.step) {
        items[static_cast<std::size_t>(at)] = replacement[static_cast<std::size_t>(i)];
    }
    return true;
}

bool Indexing::deleteSlice(RuntimeContext& ctx, const Value& container, const Value& start, const Value& stop,
                           const Value& step) {
    auto* list = container.tryAs<ListObject>();
    if (!list) {
        ctx.raise(ErrorKind::TypeError, concat("'", typeOf(container), "' object doesn't support item deletion"));
        return false;
    }
    SliceBounds b;
    if (!resolveSlice(ctx, start, stop, step, static_cast<std::int64_t>(list->size()), b)) return false;
    auto& items = list->items();
    if (b.length == 0) return true;
    if (b.step == 1) {
        items.erase(items.begin() + b.start, items.begin() + b.start + b.length);
        return true;
    }
    // Mark the doomed positions, then compact once.
    std::vector<bool> doomed(items.size(), false);
    for (std::int64_t i = 0, at = b.start; i < b.length; ++i, at += b.step) doomed[static_cast<std::size_t>(at)] = true;
    std::size_t write = 0;
    for (std::size_t read = 0; read < items.size(); ++read) {
        if (!doomed[read]) items[write++] = std::move(items[read]);
    }
    items.resize(write);
    return true;
}

}  // namespace ts::script
