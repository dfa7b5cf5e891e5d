#pragma once
// Private name mangling, as CPython does it: inside `class Foo`, an identifier `__x` (two leading
// underscores, not ending in two, no dot) means `_Foo__x` — for names, attributes, parameters
// and imports alike, in the class body and in every function nested in it.
#include <string>

namespace ts::script {

// `privateName` is the innermost enclosing class's name ("" outside classes).
std::string mangleName(const std::string& privateName, const std::string& name);

}  // namespace ts::script
