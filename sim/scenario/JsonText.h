#pragma once
// Small pieces of JSON text for code that writes JSON by hand (the workload table editor's
// splices, the workload generator): a string in quotes with its escapes, and whether a word is
// a JSON number exactly as RFC 8259 spells one.
#include <string>
#include <string_view>

namespace ts {

// `text` (UTF-8) as a JSON string literal: in double quotes, with '"', '\' and control
// characters escaped; every other character is kept as it is.
std::string quoteJson(std::string_view text);

// Whether `text` is one JSON number, e.g. "5", "-0.25", "1e3" (not "+5", "05", ".5", "5.").
bool isJsonNumber(std::string_view text);

}  // namespace ts
