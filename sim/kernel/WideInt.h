#pragma once
// 128-bit integers for exact products of two 64-bit times (ratios, weights, unbiased draws).
// GCC and Clang provide them; __extension__ keeps -Wpedantic quiet about it.
namespace ts {

__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

}  // namespace ts
