#include "scenario/Suggestion.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <vector>

namespace ts {
namespace {

// Edit distance with adjacent transpositions, ignoring case: "preemtp" is one step from
// "preempt".
std::size_t editDistance(std::string_view a, std::string_view b) {
    auto lower = [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    };
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1])) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

}  // namespace

std::string suggestWord(std::string_view word, std::span<const std::string_view> candidates) {
    std::string_view best;
    std::size_t bestDistance = std::numeric_limits<std::size_t>::max();
    if (word.size() <= 40) {  // long garbage is close to nothing; spare the quadratic table
        for (std::string_view candidate : candidates) {
            const std::size_t distance = editDistance(word, candidate);
            const std::size_t allowed = candidate.size() >= 5 ? 2 : 1;
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
    }
    if (!best.empty()) return " (did you mean '" + std::string(best) + "'?)";
    std::string list;
    for (std::string_view candidate : candidates) {
        list += (list.empty() ? "" : ", ") + std::string(candidate);
    }
    return " (expected one of: " + list + ")";
}

}  // namespace ts
