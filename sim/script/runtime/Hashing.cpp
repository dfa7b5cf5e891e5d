#include "script/runtime/Concat.h"
#include "script/runtime/Hashing.h"

#include <cmath>
#include <string>

#include "script/runtime/RangeObject.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"

namespace ts::script {

namespace {
constexpr int ModulusBits = 61;
constexpr std::uint64_t Modulus = (std::uint64_t{1} << ModulusBits) - 1;
constexpr std::int64_t InfinityHash = 314159;
constexpr std::int64_t NoneHash = 0x5F3759DF;  // any constant: None hashes the same every run

std::uint64_t rotateLeft(std::uint64_t x, int bits) { return (x << bits) | (x >> (64 - bits)); }
}  // namespace

std::int64_t Hashing::hashInt(std::int64_t i) {
    std::uint64_t magnitude = i < 0 ? 0 - static_cast<std::uint64_t>(i) : static_cast<std::uint64_t>(i);
    auto reduced = static_cast<std::int64_t>(magnitude % Modulus);
    std::int64_t result = i < 0 ? -reduced : reduced;
    return result == -1 ? -2 : result;
}

std::int64_t Hashing::hashFloat(double d) {
    if (std::isinf(d)) return d > 0 ? InfinityHash : -InfinityHash;
    if (std::isnan(d)) return 0;
    // The value is m * 2**e with 0.5 <= m < 1; take the mantissa 28 bits at a time, reducing
    // modulo 2**61 - 1 (where multiplying by 2**k is a rotation of the 61-bit residue), then
    // account for the exponent the same way. Integral floats thus hash like the equal int.
    int exponent = 0;
    double mantissa = std::frexp(d, &exponent);
    int sign = 1;
    if (mantissa < 0) {
        sign = -1;
        mantissa = -mantissa;
    }
    std::uint64_t residue = 0;
    while (mantissa != 0.0) {
        residue = ((residue << 28) & Modulus) | residue >> (ModulusBits - 28);
        mantissa *= 268435456.0;  // 2**28
        exponent -= 28;
        auto chunk = static_cast<std::uint64_t>(mantissa);
        mantissa -= static_cast<double>(chunk);
        residue += chunk;
        if (residue >= Modulus) residue -= Modulus;
    }
    int shift = exponent >= 0 ? exponent % ModulusBits : ModulusBits - 1 - ((-1 - exponent) % ModulusBits);
    residue = ((residue << shift) & Modulus) | residue >> (ModulusBits - shift);
    auto result = static_cast<std::int64_t>(residue) * sign;
    return result == -1 ? -2 : result;
}

bool Hashing::hash(RuntimeContext& ctx, const Value& v, std::int64_t& out) {
    switch (v.tag()) {
    case ValueTag::None: out = NoneHash; return true;
    case ValueTag::Bool:
    case ValueTag::Int: out = hashInt(v.asInt()); return true;
    case ValueTag::Float: out = hashFloat(v.asFloat()); return true;
    case ValueTag::Object: break;
    case ValueTag::Empty:
    case ValueTag::Error: out = 0; return true;
    }
    Object* object = v.asObject();
    switch (object->kind()) {
    case ObjectKind::Str: out = static_cast<StrObject*>(object)->cachedHash(); return true;
    case ObjectKind::Tuple: return hashTuple(ctx, v, out);
    case ObjectKind::FrozenSet: return hashFrozenSet(ctx, v, out);
    case ObjectKind::Range: {
        auto* range = static_cast<RangeObject*>(object);
        std::int64_t length = range->length();
        out = hashInt(length) * 31 + (length ? hashInt(range->start()) : 0);
        if (length > 1) out = out * 31 + hashInt(range->step());
        if (out == -1) out = -2;
        return true;
    }
    case ObjectKind::List:
    case ObjectKind::Dict:
    case ObjectKind::Set:
    case ObjectKind::DictView:
        ctx.raise(ErrorKind::TypeError, concat("unhashable type: '", std::string(object->typeName()), "'"));
        return false;
    default: return object->hash(ctx, out);
    }
}

Value Hashing::builtinHash(RuntimeContext& ctx, const Value& v) {
    std::int64_t out = 0;
    if (!hash(ctx, v, out)) return Value::error();
    return Value::fromInt(out);
}

bool Hashing::hashTuple(RuntimeContext& ctx, const Value& tuple, std::int64_t& out) {
    // An xxHash-style mix of the item hashes (the scheme CPython uses since 3.8).
    constexpr std::uint64_t Prime1 = 11400714785074694791ULL;
    constexpr std::uint64_t Prime2 = 14029467366897019727ULL;
    constexpr std::uint64_t Prime5 = 2870177450012600261ULL;
    const auto& items = tuple.as<TupleObject>()->items();
    std::uint64_t acc = Prime5;
    for (const Value& item : items) {
        std::int64_t lane = 0;
        if (!hash(ctx, item, lane)) return false;
        acc += static_cast<std::uint64_t>(lane) * Prime2;
        acc = rotateLeft(acc, 31);
        acc *= Prime1;
    }
    acc += items.size() ^ (Prime5 ^ 3527539ULL);
    out = static_cast<std::int64_t>(acc);
    if (out == -1) out = 1546275796;
    return true;
}

bool Hashing::hashFrozenSet(RuntimeContext&, const Value& set, std::int64_t& out) {
    // Order-independent: a sum of scrambled element hashes.
    std::uint64_t acc = 0;
    for (const auto& entry : set.as<SetObject>()->table().entries()) {
        if (entry.key.isEmpty()) continue;
        auto h = static_cast<std::uint64_t>(entry.hash);
        acc += (h ^ (h << 16) ^ 89869747ULL) * 3644798167ULL;
    }
    acc ^= set.as<SetObject>()->size() * 1927868237ULL;
    out = static_cast<std::int64_t>(acc);
    if (out == -1) out = 590923713;
    return true;
}

}  // namespace ts::script
