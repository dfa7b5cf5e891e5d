#pragma once
// Python 3's lazy range (and Python 2's xrange): start, stop, step; never materialised.
#include <cstdint>

#include "script/runtime/Object.h"

namespace ts::script {

class RangeObject : public Object {
public:
    static constexpr ObjectKind Kind = ObjectKind::Range;

    RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step)
        : Object(Kind), start_(start), stop_(stop), step_(step) {}

    std::int64_t start() const { return start_; }
    std::int64_t stop() const { return stop_; }
    std::int64_t step() const { return step_; }
    std::int64_t length() const { return lengthOf(start_, stop_, step_); }
    std::int64_t at(std::int64_t index) const { return start_ + index * step_; }

    // Number of values in range(start, stop, step), step != 0, without overflow.
    static std::int64_t lengthOf(std::int64_t start, std::int64_t stop, std::int64_t step) {
        if (step > 0 && start < stop) {
            auto span = static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start);
            return static_cast<std::int64_t>((span - 1) / static_cast<std::uint64_t>(step) + 1);
        }
        if (step < 0 && start > stop) {
            auto span = static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(stop);
            auto magnitude = static_cast<std::uint64_t>(-(step + 1)) + 1;
            return static_cast<std::int64_t>((span - 1) / magnitude + 1);
        }
        return 0;
    }

    std::string_view typeName() const override { return "range"; }

private:
    std::int64_t start_, stop_, step_;
};

}  // namespace ts::script
