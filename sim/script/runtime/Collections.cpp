#include "script/runtime/Concat.h"
#include "script/runtime/Collections.h"

#include <string>

#include "script/runtime/Comparison.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/Indexing.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/SetObject.h"

namespace ts::script {

namespace {

// Top-down merge sort over indices into keys; `less` may fail, after which the order of the
// remaining merges is arbitrary but memory-safe, and the caller reports the error.
class StableMergeSort {
public:
    StableMergeSort(RuntimeContext& ctx, const std::vector<Value>& keys, bool reverse)
        : ctx_(ctx), keys_(keys), reverse_(reverse) {}

    bool run(std::vector<std::size_t>& order) {
        std::vector<std::size_t> buffer(order.size());
        mergeSort(order, buffer, 0, order.size());
        return !failed_;
    }

private:
    // True when item b must come before item a (so a stable merge takes b first).
    bool before(std::size_t b, std::size_t a) {
        if (failed_) return false;
        int r = reverse_ ? Comparison::compare(ctx_, keys_[a], keys_[b], CompareOp::Lt)
                         : Comparison::compare(ctx_, keys_[b], keys_[a], CompareOp::Lt);
        if (r < 0) {
            failed_ = true;
            return false;
        }
        return r == 1;
    }

    void mergeSort(std::vector<std::size_t>& order, std::vector<std::size_t>& buffer, std::size_t begin, std::size_t end) {
        if (end - begin < 2) return;
        if (end - begin <= 8) {  // insertion sort for short runs; stable
            for (std::size_t i = begin + 1; i < end; ++i) {
                std::size_t item = order[i];
                std::size_t j = i;
                while (j > begin && before(item, order[j - 1])) {
                    order[j] = order[j - 1];
                    --j;
                }
                order[j] = item;
            }
            return;
        }
        std::size_t middle = begin + (end - begin) / 2;
        mergeSort(order, buffer, begin, middle);
        mergeSort(order, buffer, middle, end);
        std::size_t left = begin, right = middle, out = begin;
        while (left < middle && right < end) {
            buffer[out++] = before(order[right], order[left]) ? order[right++] : order[left++];
        }
        while (left < middle) buffer[out++] = order[left++];
        while (right < end) buffer[out++] = order[right++];
        for (std::size_t i = begin; i < end; ++i) order[i] = buffer[i];
    }

    RuntimeContext& ctx_;
    const std::vector<Value>& keys_;
    bool reverse_;
    bool failed_ = false;
};

}  // namespace

bool Collections::sort(RuntimeContext& ctx, std::vector<Value>& items, const Value& key, bool reverse) {
    std::vector<Value> keys;
    if (key.isNone() || key.isEmpty()) {
        keys = items;
    } else {
        keys.reserve(items.size());
        for (const Value& item : items) {
            Value k = ctx.call(key, std::span<const Value>(&item, 1));
            if (k.isError()) return false;
            keys.push_back(std::move(k));
        }
    }
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    StableMergeSort sorter(ctx, keys, reverse);
    if (!sorter.run(order)) return false;
    std::vector<Value> sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order) sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
    return true;
}

Value Collections::setOperation(RuntimeContext& ctx, BinaryOp op, const Value& a, const Value& b) {
    auto* x = a.as<SetObject>();
    auto* y = b.as<SetObject>();
    Value result = ctx.newSet(x->isFrozen());
    auto* out = result.as<SetObject>();
    auto addEntries = [&](SetObject* from, SetObject* filter, bool keepIfIn) -> bool {
        for (std::size_t i = 0; i < from->table().entries().size(); ++i) {
            Value key = from->table().entries()[i].key;
            if (key.isEmpty()) continue;
            if (filter) {
                int in = filter->contains(ctx, key);
                if (in < 0) return false;
                if ((in == 1) != keepIfIn) continue;
            }
            if (!out->add(ctx, key)) return false;
        }
        return true;
    };
    bool ok = true;
    switch (op) {
    case BinaryOp::BitOr: ok = addEntries(x, nullptr, true) && addEntries(y, nullptr, true); break;
    case BinaryOp::BitAnd: ok = addEntries(x, y, true); break;
    case BinaryOp::Subtract: ok = addEntries(x, y, false); break;
    case BinaryOp::BitXor: ok = addEntries(x, y, false) && addEntries(y, x, false); break;
    default: return ctx.raiseUnsupportedOperands(Arithmetic::symbol(op), a, b);
    }
    return ok ? result : Value::error();
}

bool Collections::addAll(RuntimeContext& ctx, const Value& set, const Value& iterable) {
    auto* target = set.as<SetObject>();
    if (isAnySet(iterable)) {
        auto* source = iterable.as<SetObject>();
        for (std::size_t i = 0; i < source->table().entries().size(); ++i) {
            const auto& entry = source->table().entries()[i];
            if (entry.key.isEmpty()) continue;
            Value key = entry.key;
            if (!target->add(ctx, key)) return false;
        }
        return true;
    }
    std::vector<Value> items;
    if (!Iteration::collect(ctx, iterable, items)) return false;
    for (const Value& item : items) {
        if (!target->add(ctx, item)) return false;
    }
    return true;
}

Value Collections::setFromIterable(RuntimeContext& ctx, const Value& iterable, bool frozen) {
    Value set = ctx.newSet(frozen);
    if (!addAll(ctx, set, iterable)) return Value::error();
    return set;
}

Value Collections::copyDict(RuntimeContext& ctx, const Value& dict) {
    Value copy = ctx.newDict();
    updateDict(ctx, copy, dict);
    return copy;
}

bool Collections::updateDict(RuntimeContext& ctx, const Value& dict, const Value& other) {
    auto* target = dict.as<DictObject>();
    if (auto* source = other.tryAs<DictObject>()) {
        for (std::size_t i = 0; i < source->table().entries().size(); ++i) {
            const auto& entry = source->table().entries()[i];
            if (entry.key.isEmpty()) continue;
            Value key = entry.key, value = entry.value;
            if (!target->set(ctx, key, std::move(value))) return false;
        }
        return true;
    }
    std::vector<Value> items;
    if (!Iteration::collect(ctx, other, items)) return false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::vector<Value> pair;
        if (!(items[i].isObject()) || !Iteration::collect(ctx, items[i], pair)) {
            ctx.raise(ErrorKind::TypeError,
                      concat("cannot convert dictionary update sequence element #", std::to_string(i), " to a sequence"));
            return false;
        }
        if (pair.size() != 2) {
            ctx.raise(ErrorKind::ValueError, concat("dictionary update sequence element #", std::to_string(i), " has length ",
                                                    std::to_string(pair.size()), "; 2 is required"));
            return false;
        }
        if (!target->set(ctx, pair[0], pair[1])) return false;
    }
    return true;
}

}  // namespace ts::script
