#pragma once
// The methods of dict, looked up by name (some differ between Python 2 and 3).
#include <string_view>

#include "script/runtime/CallArgs.h"

namespace ts::script {

class DictMethods {
public:
    // The method called name, or nullptr when dict has none under this Python version.
    static NativeMethod lookup(std::string_view name, bool python2);
};

}  // namespace ts::script
