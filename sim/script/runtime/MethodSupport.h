#pragma once
// Argument checks shared by the native methods and builtins, with CPython's wording.
#include <cstdint>
#include <string>
#include <string_view>

#include "script/runtime/CallArgs.h"
#include "script/runtime/Concat.h"
#include "script/runtime/RuntimeContext.h"

namespace ts::script {

class MethodSupport {
public:
    // Checks the number of positional arguments (keywords are checked by each method).
    static bool arity(RuntimeContext& ctx, std::string_view name, const CallArgs& args, std::size_t min, std::size_t max) {
        std::size_t n = args.positional.size();
        if (n >= min && n <= max) return true;
        std::string given = std::to_string(n);
        if (min == max) {
            if (min == 0) ctx.raise(ErrorKind::TypeError, concat(name, "() takes no arguments (", given, " given)"));
            else if (min == 1) ctx.raise(ErrorKind::TypeError, concat(name, "() takes exactly one argument (", given, " given)"));
            else ctx.raise(ErrorKind::TypeError, concat(name, "() takes exactly ", std::to_string(min), " arguments (", given, " given)"));
        } else if (n < min) {
            ctx.raise(ErrorKind::TypeError, concat(name, " expected at least ", std::to_string(min), min == 1 ? " argument, got " : " arguments, got ", given));
        } else {
            ctx.raise(ErrorKind::TypeError, concat(name, " expected at most ", std::to_string(max), max == 1 ? " argument, got " : " arguments, got ", given));
        }
        return false;
    }
    // No keyword arguments other than those listed.
    static bool onlyKeywords(RuntimeContext& ctx, std::string_view name, const CallArgs& args,
                             std::initializer_list<std::string_view> allowed) {
        for (const KeywordArg& k : args.keywords) {
            bool ok = false;
            for (std::string_view a : allowed) ok = ok || a == k.name;
            if (!ok) {
                if (allowed.size() == 0) ctx.raise(ErrorKind::TypeError, concat(name, "() takes no keyword arguments"));
                else ctx.raise(ErrorKind::TypeError, concat("'", k.name, "' is an invalid keyword argument for ", name, "()"));
                return false;
            }
        }
        return true;
    }
    // Positional argument i, else the keyword of that name, else Empty.
    static Value argument(const CallArgs& args, std::size_t i, std::string_view keyword) {
        if (i < args.positional.size()) return args.positional[i];
        if (const Value* v = args.keyword(keyword)) return *v;
        return Value();
    }
    // An integer argument (bools count); false after raising TypeError.
    static bool intArgument(RuntimeContext& ctx, const Value& v, std::int64_t& out) {
        if (v.isIntLike()) {
            out = v.asInt();
            return true;
        }
        ctx.raise(ErrorKind::TypeError,
                  concat("'", RuntimeContext::typeName(v), "' object cannot be interpreted as an integer"));
        return false;
    }
};

}  // namespace ts::script
