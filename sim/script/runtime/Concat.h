#pragma once
// Builds a message from pieces with one allocation. (Also sidesteps GCC 12's false -Wrestrict
// warning on `"literal" + std::string`.)
#include <string>
#include <string_view>

namespace ts::script {

template <class... Parts>
std::string concat(const Parts&... parts) {
    std::string out;
    out.reserve((std::string_view(parts).size() + ...));
    (out.append(std::string_view(parts)), ...);
    return out;
}

}  // namespace ts::script
