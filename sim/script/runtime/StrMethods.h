#pragma once
// The methods of str (join, split, strip, find, replace, format, ...), looked up by name.
// Case mapping and the is*() tests cover ASCII; other characters pass through unchanged.
#include <string_view>

#include "script/runtime/CallArgs.h"

namespace ts::script {

class StrMethods {
public:
    // The method called name, or nullptr when str has none (under this Python version).
    static NativeMethod lookup(std::string_view name, bool python2);
};

}  // namespace ts::script
