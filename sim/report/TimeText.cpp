#include "TimeText.h"

#include <cstdint>
#include <optional>

#include "scenario/Duration.h"

namespace ts {

TimeText::TimeText(std::string_view unit) {
    const std::optional<Time> scale = durationUnitScale(unit);
    unit_ = scale ? std::string(unit) : std::string("ms");
    scale_ = scale ? *scale : kMillisecond;
}

std::string TimeText::format(Time ns) const {
    if (ns == kNever) return "never";
    // Unsigned magnitude so that even the most negative Time has one.
    const bool negative = ns < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(ns) : static_cast<std::uint64_t>(ns);
    const auto scale = static_cast<std::uint64_t>(scale_);
    std::uint64_t whole = magnitude / scale;
    std::uint64_t thousandths = 0;
    if (scale >= 1000) {
        // Round the remainder to thousandths of the unit, halves up.
        const std::uint64_t remainder = magnitude % scale;
        thousandths = (remainder * 1000 + scale / 2) / scale;
        if (thousandths == 1000) {
            ++whole;
            thousandths = 0;
        }
    }
    std::string text = negative && (whole != 0 || thousandths != 0) ? "-" : "";
    text += std::to_string(whole);
    if (thousandths != 0) {
        std::string fraction = std::to_string(thousandths);
        fraction.insert(0, 3 - fraction.size(), '0');
        while (fraction.back() == '0') fraction.pop_back();
        text += '.' + fraction;
    }
    return text;
}

std::string TimeText::formatWithUnit(Time ns) const {
    const Time step = scale_ >= 1000 ? scale_ / 1000 : 1;
    if (ns != kNever && ns % step != 0) return formatDuration(ns);
    return format(ns) + unit_;
}

}  // namespace ts
