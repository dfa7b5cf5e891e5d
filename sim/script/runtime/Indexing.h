#pragma once
// Subscription: v[i], v[i] = x, del v[i] and slices with steps and negative indices over str,
// list, tuple, range and dict, with CPython's messages. The VM may pass a SliceObject as the
// index, or call the *Slice functions with the three parts directly (no allocation).
#include <cstdint>

#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;
struct SliceBounds;

class Indexing {
public:
    static Value getItem(RuntimeContext& ctx, const Value& container, const Value& index);
    // false after raising.
    static bool setItem(RuntimeContext& ctx, const Value& container, const Value& index, const Value& value);
    static bool deleteItem(RuntimeContext& ctx, const Value& container, const Value& index);

    // container[start:stop:step]; each part may be None (or Empty, meaning absent).
    static Value getSlice(RuntimeContext& ctx, const Value& container, const Value& start, const Value& stop,
                          const Value& step);
    static bool setSlice(RuntimeContext& ctx, const Value& container, const Value& start, const Value& stop,
                         const Value& step, const Value& value);
    static bool deleteSlice(RuntimeContext& ctx, const Value& container, const Value& start, const Value& stop,
                            const Value& step);

    // len(v): the length, or -1 after raising "object of type 'int' has no len()".
    static std::int64_t length(RuntimeContext& ctx, const Value& v);
    // Resolves slice parts against a length (CPython's PySlice_GetIndicesEx); false after raising.
    static bool resolveSlice(RuntimeContext& ctx, const Value& start, const Value& stop, const Value& step,
                             std::int64_t length, SliceBounds& out);

private:
    static Value sliceOf(RuntimeContext& ctx, const Value& container, const SliceBounds& bounds);
};

}  // namespace ts::script
