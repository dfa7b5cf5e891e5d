#pragma once
// "Did you mean ...?" for a misspelt word in a scenario: the closest of the words allowed at
// that place, when one is close enough to be a typing slip.
#include <span>
#include <string>
#include <string_view>

namespace ts {

// " (did you mean 'preempt'?)" when one candidate is close to `word`, else
// " (expected one of: a, b, c)".
std::string suggestWord(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace ts
