#pragma once
// One stretch of a CPU's time: a thread running, or the overhead of switching to it.
// 32 bytes, so a million recorded slices fit in 32 MB.
#include <cstdint>

#include "kernel/Time.h"

namespace ts {

struct Slice {
    enum class Kind : std::uint8_t { Run, Switch };
    Time start = 0;
    Time end = 0;
    std::int32_t tid = 0;   // the thread running, or being switched in
    std::int32_t pid = 0;
    std::uint16_t cpu = 0;
    Kind kind = Kind::Run;
};
static_assert(sizeof(Slice) <= 32, "a recorded slice must stay within 32 bytes");

}  // namespace ts
