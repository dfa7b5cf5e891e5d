#pragma once
// "0x7f3a..." for default reprs (<__main__.Foo object at 0x...>): the object's deterministic
// address (Object::address), so the same program prints the same text on every run.
#include <cstdio>
#include <string>

#include "script/runtime/Object.h"

namespace ts::script {

inline void appendAddress(const Object* object, std::string& out) {
    char text[32];
    std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(object->address()));
    out += text;
}

}  // namespace ts::script
