#include "script/runtime/Concat.h"
#include "script/runtime/Object.h"

#include <cstdio>

#include "script/runtime/Heap.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/Value.h"

namespace ts::script {

void Object::destroy(Object* object) {
    Heap* heap = object->heap_;
    if (object->needsFinalizer_ && heap && heap->finalizer_ && !heap->reclaiming_) {
        object->needsFinalizer_ = false;  // once, as CPython finalizes an object once
        object->incRef();
        heap->finalizer_->finalize(*object);
        if (!object->decRef()) return;  // the code it ran kept it
    }
    if (heap) heap->release(*object);
    delete object;
}

void Object::setAccountedBytes(std::size_t bytes) {
    if (heap_) heap_->adjust(accountedBytes_, bytes);
    accountedBytes_ = bytes;
}

std::string_view Object::typeName() const { return "object"; }

bool Object::appendRepr(RuntimeContext&, std::string& out) const {
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<const void*>(this));
    out += '<';
    out += typeName();
    out += " object at ";
    out += address;
    out += '>';
    return true;
}

bool Object::appendStr(RuntimeContext& ctx, std::string& out) const { return appendRepr(ctx, out); }

int Object::equals(RuntimeContext&, const Value& other) const {
    return other.isObject() && other.asObject() == this;
}

int Object::compareOrder(RuntimeContext&, const Value&, CompareOp) const { return 2; }

bool Object::hash(RuntimeContext&, std::int64_t& out) const {
    // CPython hashes by address rotated so the always-zero alignment bits do not cluster; the
    // address is the deterministic one (see address()).
    const std::uint64_t bits = address();
    out = static_cast<std::int64_t>((bits >> 4) | (bits << (8 * sizeof(bits) - 4)));
    if (out == -1) out = -2;
    return true;
}

int Object::truthiness(RuntimeContext&) const { return 1; }

Value Object::iterate(RuntimeContext& ctx, const Value&) {
    return ctx.raise(ErrorKind::TypeError, concat("'", std::string(typeName()), "' object is not iterable"));
}

Value Object::nextItem(RuntimeContext& ctx) {
    return ctx.raise(ErrorKind::TypeError, concat("'", std::string(typeName()), "' object is not an iterator"));
}

}  // namespace ts::script
