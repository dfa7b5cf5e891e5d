#pragma once
// str.format(): "{}" "{0}" "{name}" fields with ".attr" and "[key]" lookups, "!r" "!s" "!a"
// conversions, ":spec" with nested "{width}" fields, "{{" and "}}" escapes, and CPython's
// errors. f-strings compile to formatField() calls per replacement field.
#include <string>
#include <string_view>

#include "script/runtime/CallArgs.h"
#include "script/runtime/Value.h"

namespace ts::script {

class RuntimeContext;

class StrFormatter {
public:
    // format.format(*args, **kwargs) as a str Value, or Error.
    static Value format(RuntimeContext& ctx, std::string_view format, const CallArgs& args);
    // One f-string field: conversion is 0, 'r', 's' or 'a'; appends to out; false after raising.
    static bool formatField(RuntimeContext& ctx, const Value& value, char conversion, std::string_view spec,
                            std::string& out);

private:
    struct State {
        const CallArgs& args;
        int autoIndex = 0;       // next automatic field number
        bool usedManual = false;  // "{0}" seen
        bool usedAuto = false;    // "{}" seen
    };
    static bool append(RuntimeContext& ctx, std::string_view format, State& state, int depth, std::string& out);
    static Value resolveField(RuntimeContext& ctx, std::string_view field, State& state);
};

}  // namespace ts::script
