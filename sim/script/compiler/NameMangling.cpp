#include "script/compiler/NameMangling.h"

namespace ts::script {

std::string mangleName(const std::string& privateName, const std::string& name) {
    if (privateName.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
    // Dunder names (__init__) and dotted module names are left alone.
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string::npos) return name;
    const std::size_t firstNonUnderscore = privateName.find_first_not_of('_');
    // A class named only with underscores does not mangle.
    if (firstNonUnderscore == std::string::npos) return name;
    return "_" + privateName.substr(firstNonUnderscore) + name;
}

}  // namespace ts::script
