#pragma once
// str.upper() and str.lower() beyond ASCII: Latin-1, Latin Extended-A, Greek and Cyrillic,
// the scripts a course's programs are likely to print, with CPython's results for them
// ('ß'.upper() == 'SS', a word-final 'Σ' lowers to 'ς'). Other code points are unchanged.
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::script {

class CaseMapping {
public:
    static std::string upper(std::string_view text);
    static std::string lower(std::string_view text);
    // Whether code point c has an upper or lower case form here (a "cased" letter).
    static bool isCased(std::uint32_t c);
};

}  // namespace ts::script
