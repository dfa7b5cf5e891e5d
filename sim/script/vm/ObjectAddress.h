#pragma once
// "0x7f3a..." for default reprs (<__main__.Foo object at 0x...>).
#include <cstdio>
#include <string>

namespace ts::script {

inline void appendAddress(const void* address, std::string& out) {
    char text[32];
    std::snprintf(text, sizeof text, "%p", address);
    out += text;
}

}  // namespace ts::script
