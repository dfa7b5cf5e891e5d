#include "script/runtime/Concat.h"
#include "script/runtime/Iteration.h"

#include <string>

#include "script/runtime/DictObject.h"
#include "script/runtime/DictViewObject.h"
#include "script/runtime/IteratorObject.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/RangeObject.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/runtime/Utf8.h"

namespace ts::script {

std::string_view IteratorObject::typeName() const {
    switch (source) {
    case IteratorSource::List: return "list_iterator";
    case IteratorSource::Tuple: return "tuple_iterator";
    case IteratorSource::Str: return "str_iterator";
    case IteratorSource::Range: return "range_iterator";
    case IteratorSource::DictKeys: return "dict_keyiterator";
    case IteratorSource::DictValues: return "dict_valueiterator";
    case IteratorSource::DictItems: return "dict_itemiterator";
    case IteratorSource::Set: return "set_iterator";
    case IteratorSource::ReversedSequence: return "reversed";
    case IteratorSource::Enumerate: return "enumerate";
    case IteratorSource::Zip: return "zip";
    }
    return "iterator";
}

namespace {

Value makeIterator(RuntimeContext& ctx, IteratorSource source, const Value& target) {
    return ctx.heap().make<IteratorObject>(source, target);
}

Value dictIterator(RuntimeContext& ctx, IteratorSource source, const Value& dict) {
    Value it = makeIterator(ctx, source, dict);
    auto* iterator = it.as<IteratorObject>();
    iterator->expectedVersion = dict.as<DictObject>()->version();
    iterator->expectedSize = dict.as<DictObject>()->size();
    return it;
}

// The next live entry of a dict or set table at or after position, or nullptr.
const HashTable::Entry* nextEntry(const HashTable& table, std::int64_t& position) {
    const auto& entries = table.entries();
    while (static_cast<std::size_t>(position) < entries.size()) {
        const auto& entry = entries[static_cast<std::size_t>(position++)];
        if (!entry.key.isEmpty()) return &entry;
    }
    return nullptr;
}

}  // namespace

Value Iteration::iter(RuntimeContext& ctx, const Value& v) {
    if (v.isObject()) {
        Object* object = v.asObject();
        switch (object->kind()) {
        case ObjectKind::List: return makeIterator(ctx, IteratorSource::List, v);
        case ObjectKind::Tuple: return makeIterator(ctx, IteratorSource::Tuple, v);
        case ObjectKind::Str: return makeIterator(ctx, IteratorSource::Str, v);
        case ObjectKind::Range: return makeIterator(ctx, IteratorSource::Range, v);
        case ObjectKind::Dict: return dictIterator(ctx, IteratorSource::DictKeys, v);
        case ObjectKind::DictView: {
            auto* view = static_cast<DictViewObject*>(object);
            IteratorSource source = view->viewKind() == DictViewKind::Keys     ? IteratorSource::DictKeys
                                    : view->viewKind() == DictViewKind::Values ? IteratorSource::DictValues
                                                                               : IteratorSource::DictItems;
            return dictIterator(ctx, source, view->dict());
        }
        case ObjectKind::Set:
        case ObjectKind::FrozenSet: {
            Value it = makeIterator(ctx, IteratorSource::Set, v);
            it.as<IteratorObject>()->expectedVersion = v.as<SetObject>()->version();
            return it;
        }
        case ObjectKind::Iterator: return v;
        default:
            if (object->kind() >= ObjectKind::FirstVmKind) return object->iterate(ctx, v);
            break;
        }
    }
    return ctx.raise(ErrorKind::TypeError, concat("'", std::string(RuntimeContext::typeName(v)), "' object is not iterable"));
}

Value Iteration::next(RuntimeContext& ctx, const Value& iteratorValue) {
    if (!iteratorValue.is<IteratorObject>()) {
        if (iteratorValue.isObject()) return iteratorValue.asObject()->nextItem(ctx);
        return ctx.raise(ErrorKind::TypeError,
                         concat("'", std::string(RuntimeContext::typeName(iteratorValue)), "' object is not an iterator"));
    }
    auto* it = iteratorValue.as<IteratorObject>();
    switch (it->source) {
    case IteratorSource::List: {
        const auto& items = it->target.as<ListObject>()->items();
        if (static_cast<std::size_t>(it->position) >= items.size()) return Value::exhausted();
        return items[static_cast<std::size_t>(it->position++)];
    }
    case IteratorSource::Tuple: {
        const auto& items = it->target.as<TupleObject>()->items();
        if (static_cast<std::size_t>(it->position) >= items.size()) return Value::exhausted();
        return items[static_cast<std::size_t>(it->position++)];
    }
    case IteratorSource::Str: {
        // position is a byte offset here.
        auto* str = it->target.as<StrObject>();
        auto offset = static_cast<std::size_t>(it->position);
        if (offset >= str->text().size()) return Value::exhausted();
        std::size_t length = str->isAscii() ? 1 : Utf8::sequenceLength(static_cast<unsigned char>(str->text()[offset]));
        it->position += static_cast<std::int64_t>(length);
        return ctx.newStr(str->text().substr(offset, length));
    }
    case IteratorSource::Range: {
        auto* range = it->target.as<RangeObject>();
        if (it->position >= range->length()) return Value::exhausted();
        return Value::fromInt(range->at(it->position++));
    }
    case IteratorSource::DictKeys:
    case IteratorSource::DictValues:
    case IteratorSource::DictItems: {
        auto* dict = it->target.as<DictObject>();
        if (dict->size() != it->expectedSize) {
            it->expectedSize = static_cast<std::size_t>(-1);  // stays broken, as in CPython
            return ctx.raise(ErrorKind::RuntimeError, "dictionary changed size during iteration");
        }
        const HashTable::Entry* entry = nextEntry(dict->table(), it->position);
        if (!entry) return Value::exhausted();
        if (it->source == IteratorSource::DictKeys) return entry->key;
        if (it->source == IteratorSource::DictValues) return entry->value;
        return ctx.newTuple({entry->key, entry->value});
    }
    case IteratorSource::Set: {
        auto* set = it->target.as<SetObject>();
        if (set->version() != it->expectedVersion) {
            return ctx.raise(ErrorKind::RuntimeError, "Set changed size during iteration");
        }
        const HashTable::Entry* entry = nextEntry(set->table(), it->position);
        if (!entry) return Value::exhausted();
        return entry->key;
    }
    case IteratorSource::ReversedSequence: {
        // position counts down; -1 means done.
        if (it->position < 0) return Value::exhausted();
        auto index = static_cast<std::size_t>(it->position--);
        if (auto* list = it->target.tryAs<ListObject>()) {
            if (index >= list->size()) return Value::exhausted();
            return list->items()[index];
        }
        if (auto* tuple = it->target.tryAs<TupleObject>()) return tuple->items()[index];
        if (auto* str = it->target.tryAs<StrObject>()) return ctx.newStr(str->codePointAt(index));
        if (auto* range = it->target.tryAs<RangeObject>()) return Value::fromInt(range->at(static_cast<std::int64_t>(index)));
        return Value::exhausted();
    }
    case IteratorSource::Enumerate: {
        Value item = next(ctx, it->target);
        if (item.isError() || item.isEmpty()) return item;
        return ctx.newTuple({Value::fromInt(it->position++), std::move(item)});
    }
    case IteratorSource::Zip: {
        if (it->inners.empty()) return Value::exhausted();
        std::vector<Value> items;
        items.reserve(it->inners.size());
        for (const Value& inner : it->inners) {
            Value item = next(ctx, inner);
            if (item.isError() || item.isEmpty()) return item;
            items.push_back(std::move(item));
        }
        return ctx.newTuple(std::move(items));
    }
    }
    return Value::exhausted();
}

bool Iteration::collect(RuntimeContext& ctx, const Value& iterable, std::vector<Value>& out) {
    if (auto* list = iterable.tryAs<ListObject>()) {
        out.insert(out.end(), list->items().begin(), list->items().end());
        return true;
    }
    if (auto* tuple = iterable.tryAs<TupleObject>()) {
        out.insert(out.end(), tuple->items().begin(), tuple->items().end());
        return true;
    }
    if (auto* range = iterable.tryAs<RangeObject>()) {
        std::int64_t n = range->length();
        if (ctx.heap().wouldExceed(static_cast<std::uint64_t>(n), sizeof(Value))) {
            ctx.raise(ErrorKind::MemoryError, "");
            return false;
        }
        out.reserve(out.size() + static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < n; ++i) out.push_back(Value::fromInt(range->at(i)));
        return true;
    }
    Value iterator = iter(ctx, iterable);
    if (iterator.isError()) return false;
    for (;;) {
        Value item = next(ctx, iterator);
        if (item.isError()) return false;
        if (item.isEmpty()) return true;
        out.push_back(std::move(item));
        // An endless iterator must not fill the machine: the items count against the limit.
        if ((out.size() & 0xfff) == 0 && ctx.heap().wouldExceed(out.size(), sizeof(Value))) {
            ctx.raise(ErrorKind::MemoryError, "");
            return false;
        }
    }
}

Value Iteration::enumerate(RuntimeContext& ctx, const Value& iterable, std::int64_t start) {
    Value inner = iter(ctx, iterable);
    if (inner.isError()) return inner;
    Value it = makeIterator(ctx, IteratorSource::Enumerate, inner);
    it.as<IteratorObject>()->position = start;
    return it;
}

Value Iteration::zip(RuntimeContext& ctx, const std::vector<Value>& iterables) {
    Value it = makeIterator(ctx, IteratorSource::Zip, Value::none());
    for (std::size_t i = 0; i < iterables.size(); ++i) {
        Value inner = iter(ctx, iterables[i]);
        if (inner.isError()) return inner;
        it.as<IteratorObject>()->inners.push_back(std::move(inner));
    }
    return it;
}

Value Iteration::reversed(RuntimeContext& ctx, const Value& sequence) {
    std::int64_t length = -1;
    if (auto* list = sequence.tryAs<ListObject>()) length = static_cast<std::int64_t>(list->size());
    else if (auto* tuple = sequence.tryAs<TupleObject>()) length = static_cast<std::int64_t>(tuple->size());
    else if (auto* str = sequence.tryAs<StrObject>()) length = static_cast<std::int64_t>(str->length());
    else if (auto* range = sequence.tryAs<RangeObject>()) length = range->length();
    if (length < 0) {
        return ctx.raise(ErrorKind::TypeError,
                         concat("'", std::string(RuntimeContext::typeName(sequence)), "' object is not reversible"));
    }
    Value it = makeIterator(ctx, IteratorSource::ReversedSequence, sequence);
    it.as<IteratorObject>()->position = length - 1;
    return it;
}

}  // namespace ts::script
