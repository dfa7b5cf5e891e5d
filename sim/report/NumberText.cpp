#include "NumberText.h"

#include <charconv>
#include <cmath>

namespace ts {

std::string decimalText(double value, int decimals) {
    if (!std::isfinite(value)) return "0";
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (result.ec != std::errc()) return "0";
    std::string text(buffer, result.ptr);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    if (text == "-0") text = "0";
    return text;
}

std::string percentText(double fraction) {
    std::string text = decimalText(fraction * 100.0, 1);
    if (text.find('.') == std::string::npos) text += ".0";
    return text;
}

std::string utilizationText(double utilization) {
    return decimalText(utilization, 6);
}

}  // namespace ts
