#include "script/runtime/CaseMapping.h"

#include <vector>

#include "script/runtime/Utf8.h"

namespace ts::script {

namespace {

// Latin Extended-A pairs capital/small on even/odd code points, except in two runs where the
// capital is odd.
bool oddCapitalRun(std::uint32_t c) { return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E); }
bool latinExtendedPair(std::uint32_t c) {
    return c >= 0x100 && c <= 0x17E && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149;
}

// Single code point upper case; 0 when it is its own.
std::uint32_t toUpperCode(std::uint32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
    if (c == 0xFF) return 0x178;
    if (c == 0xB5) return 0x39C;
    if (c == 0x131) return 'I';
    if (c == 0x17F) return 'S';
    if (latinExtendedPair(c)) {
        const bool small = oddCapitalRun(c) ? (c % 2 == 0) : (c % 2 == 1);
        return small ? c - 1 : 0;
    }
    if ((c >= 0x3B1 && c <= 0x3C1) || (c >= 0x3C3 && c <= 0x3CB)) return c - 32;
    if (c == 0x3C2) return 0x3A3;
    if (c == 0x3AC) return 0x386;
    if (c >= 0x3AD && c <= 0x3AF) return c - 37;
    if (c == 0x3CC) return 0x38C;
    if (c == 0x3CD || c == 0x3CE) return c - 63;
    if (c >= 0x430 && c <= 0x44F) return c - 32;
    if (c >= 0x450 && c <= 0x45F) return c - 80;
    return 0;
}

std::uint32_t toLowerCode(std::uint32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c == 0x178) return 0xFF;
    if (latinExtendedPair(c)) {
        const bool capital = oddCapitalRun(c) ? (c % 2 == 1) : (c % 2 == 0);
        return capital ? c + 1 : 0;
    }
    if ((c >= 0x391 && c <= 0x3A1) || (c >= 0x3A3 && c <= 0x3AB)) return c + 32;
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    return 0;
}

std::vector<std::uint32_t> decodeAll(std::string_view text) {
    std::vector<std::uint32_t> out;
    for (std::size_t pos = 0; pos < text.size();) out.push_back(Utf8::decode(text, pos));
    return out;
}

}  // namespace

bool CaseMapping::isCased(std::uint32_t c) { return toUpperCode(c) != 0 || toLowerCode(c) != 0 || c == 0xDF; }

std::string CaseMapping::upper(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const std::uint32_t c = Utf8::decode(text, pos);
        if (c == 0xDF) {
            out += "SS";  // ß has no single capital in str.upper()
        } else if (c == 0x149) {
            Utf8::append(out, 0x2BC);  // ŉ is an apostrophe and n
            out += 'N';
        } else if (std::uint32_t u = toUpperCode(c)) {
            Utf8::append(out, u);
        } else {
            out.append(text.substr(start, pos - start));  // bytes as they were (malformed ones too)
        }
    }
    return out;
}

std::string CaseMapping::lower(std::string_view text) {
    const std::vector<std::uint32_t> codes = decodeAll(text);
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const std::size_t start = pos;
        Utf8::decode(text, pos);
        const std::uint32_t c = codes[i];
        if (c == 0x130) {
            out += 'i';  // İ lowers to i with a combining dot above
            Utf8::append(out, 0x307);
        } else if (c == 0x3A3) {
            // Final sigma: after a cased letter and not before one (Unicode's rule, simplified
            // to the letters this class knows).
            const bool after = i > 0 && isCased(codes[i - 1]);
            const bool before = i + 1 < codes.size() && isCased(codes[i + 1]);
            Utf8::append(out, after && !before ? 0x3C2 : 0x3C3);
        } else if (std::uint32_t l = toLowerCode(c)) {
            Utf8::append(out, l);
        } else {
            out.append(text.substr(start, pos - start));
        }
    }
    return out;
}

}  // namespace ts::script
