#pragma once
// The methods of tuple, looked up by name (some differ between Python 2 and 3).
#include <string_view>

#include "script/runtime/CallArgs.h"

namespace ts::script {

class TupleMethods {
public:
    // The method called name, or nullptr when tuple has none under this Python version.
    static NativeMethod lookup(std::string_view name, bool python2);
};

}  // namespace ts::script
