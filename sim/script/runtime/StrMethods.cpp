#include "script/runtime/StrMethods.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "script/runtime/CaseMapping.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/MethodSupport.h"
#include "script/runtime/StrFormatter.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/runtime/Utf8.h"

namespace ts::script {

namespace {

using Args = const CallArgs&;

const std::string& textOf(const Value& self) { return self.as<StrObject>()->text(); }

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || (c >= 0x1c && c <= 0x1f); }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAlpha(char c) { return isLower(c) || isUpper(c); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
char toUpper(char c) { return isLower(c) ? static_cast<char>(c - 32) : c; }
char toLower(char c) { return isUpper(c) ? static_cast<char>(c + 32) : c; }

// A str argument (or raise "NAME() argument N must be str, not T").
bool strArgument(RuntimeContext& ctx, const Value& v, std::string_view what, std::string_view& out) {
    if (auto* s = v.tryAs<StrObject>()) {
        out = s->view();
        return true;
    }
    ctx.raise(ErrorKind::TypeError, concat(what, " must be str, not ", RuntimeContext::typeName(v)));
    return false;
}

// Resolves optional start/end arguments (code point indices, None allowed) into a byte range.
bool byteRange(RuntimeContext& ctx, const Value& self, Args args, std::size_t first, std::size_t& begin, std::size_t& end) {
    auto* str = self.as<StrObject>();
    auto length = static_cast<std::int64_t>(str->length());
    std::int64_t start = 0, stop = length;
    if (args.size() > first && !args[first].isNone() && !MethodSupport::intArgument(ctx, args[first], start)) return false;
    if (args.size() > first + 1 && !args[first + 1].isNone() && !MethodSupport::intArgument(ctx, args[first + 1], stop)) return false;
    if (start < 0) start = std::max<std::int64_t>(0, start + length);
    if (stop < 0) stop = std::max<std::int64_t>(0, stop + length);
    start = std::min(start, length + 1);
    stop = std::min(stop, length);
    begin = start > length ? str->text().size() + 1 : str->offsetOf(static_cast<std::size_t>(start));
    end = str->offsetOf(static_cast<std::size_t>(stop));
    return true;
}

std::int64_t codePointIndex(const Value& self, std::size_t byteOffset) {
    auto* str = self.as<StrObject>();
    if (str->isAscii()) return static_cast<std::int64_t>(byteOffset);
    return static_cast<std::int64_t>(Utf8::countCodePoints(str->view().substr(0, byteOffset)));
}

// find/rfind/index/rindex share one search; -1 when absent, -2 after raising.
std::int64_t search(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, bool fromRight) {
    if (!MethodSupport::arity(ctx, name, args, 1, 3)) return -2;
    std::string_view needle;
    if (!strArgument(ctx, args[0], concat(name, "() argument 1"), needle)) return -2;
    std::size_t begin = 0, end = 0;
    if (!byteRange(ctx, self, args, 1, begin, end)) return -2;
    if (begin > end || end - begin < needle.size()) return -1;
    std::string_view window = std::string_view(textOf(self)).substr(begin, end - begin);
    std::size_t at = fromRight ? window.rfind(needle) : window.find(needle);
    if (at == std::string_view::npos) return -1;
    return codePointIndex(self, begin + at);
}

Value find(RuntimeContext& ctx, const Value& self, Args args) {
    std::int64_t r = search(ctx, self, args, "find", false);
    return r == -2 ? Value::error() : Value::fromInt(r);
}
Value rfind(RuntimeContext& ctx, const Value& self, Args args) {
    std::int64_t r = search(ctx, self, args, "rfind", true);
    return r == -2 ? Value::error() : Value::fromInt(r);
}
Value index(RuntimeContext& ctx, const Value& self, Args args) {
    std::int64_t r = search(ctx, self, args, "index", false);
    if (r == -1) return ctx.raise(ErrorKind::ValueError, "substring not found");
    return r == -2 ? Value::error() : Value::fromInt(r);
}
Value rindex(RuntimeContext& ctx, const Value& self, Args args) {
    std::int64_t r = search(ctx, self, args, "rindex", true);
    if (r == -1) return ctx.raise(ErrorKind::ValueError, "substring not found");
    return r == -2 ? Value::error() : Value::fromInt(r);
}

Value count(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "count", args, 1, 3)) return Value::error();
    std::string_view needle;
    if (!strArgument(ctx, args[0], "count() argument 1", needle)) return Value::error();
    std::size_t begin = 0, end = 0;
    if (!byteRange(ctx, self, args, 1, begin, end)) return Value::error();
    if (begin > end) return Value::fromInt(0);
    std::string_view window = std::string_view(textOf(self)).substr(begin, end - begin);
    if (needle.empty()) return Value::fromInt(static_cast<std::int64_t>(Utf8::countCodePoints(window)) + 1);
    std::int64_t n = 0;
    for (std::size_t at = window.find(needle); at != std::string_view::npos; at = window.find(needle, at + needle.size())) ++n;
    return Value::fromInt(n);
}

Value affix(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, bool suffix) {
    if (!MethodSupport::arity(ctx, name, args, 1, 3)) return Value::error();
    std::size_t begin = 0, end = 0;
    if (!byteRange(ctx, self, args, 1, begin, end)) return Value::error();
    if (begin > end) return Value::fromBool(false);
    std::string_view window = std::string_view(textOf(self)).substr(begin, end - begin);
    auto test = [&](const Value& candidate, bool& result) {
        auto* s = candidate.tryAs<StrObject>();
        if (!s) return false;
        result = suffix ? window.ends_with(s->view()) : window.starts_with(s->view());
        return true;
    };
    bool result = false;
    if (auto* tuple = args[0].tryAs<TupleObject>()) {
        for (const Value& item : tuple->items()) {
            if (!test(item, result)) {
                return ctx.raise(ErrorKind::TypeError, concat("tuple for ", name, " must only contain str, not ", RuntimeContext::typeName(item)));
            }
            if (result) return Value::fromBool(true);
        }
        return Value::fromBool(false);
    }
    if (!test(args[0], result)) {
        return ctx.raise(ErrorKind::TypeError, concat(name, " first arg must be str or a tuple of str, not ", RuntimeContext::typeName(args[0])));
    }
    return Value::fromBool(result);
}
Value startswith(RuntimeContext& ctx, const Value& self, Args args) { return affix(ctx, self, args, "startswith", false); }
Value endswith(RuntimeContext& ctx, const Value& self, Args args) { return affix(ctx, self, args, "endswith", true); }

Value mapChars(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, char (*f)(char)) {
    if (!MethodSupport::arity(ctx, name, args, 0, 0)) return Value::error();
    std::string out = textOf(self);
    for (char& c : out) c = f(c);
    return ctx.newStr(std::move(out));
}
Value upper(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "upper", args, 0, 0)) return Value::error();
    return ctx.newStr(CaseMapping::upper(textOf(self)));
}
Value lower(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "lower", args, 0, 0)) return Value::error();
    return ctx.newStr(CaseMapping::lower(textOf(self)));
}
Value swapcase(RuntimeContext& ctx, const Value& self, Args args) {
    return mapChars(ctx, self, args, "swapcase", [](char c) { return isUpper(c) ? toLower(c) : toUpper(c); });
}

Value title(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "title", args, 0, 0)) return Value::error();
    std::string out = textOf(self);
    bool previousCased = false;
    for (char& c : out) {
        c = previousCased ? toLower(c) : toUpper(c);
        previousCased = isAlpha(c);
    }
    return ctx.newStr(std::move(out));
}

Value capitalize(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "capitalize", args, 0, 0)) return Value::error();
    std::string out = textOf(self);
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i == 0 ? toUpper(out[i]) : toLower(out[i]);
    return ctx.newStr(std::move(out));
}

Value predicate(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, bool (*test)(char)) {
    if (!MethodSupport::arity(ctx, name, args, 0, 0)) return Value::error();
    const std::string& text = textOf(self);
    if (text.empty()) return Value::fromBool(false);
    return Value::fromBool(std::all_of(text.begin(), text.end(), test));
}
Value isdigit(RuntimeContext& ctx, const Value& self, Args args) { return predicate(ctx, self, args, "isdigit", isDigit); }
Value isalpha(RuntimeContext& ctx, const Value& self, Args args) { return predicate(ctx, self, args, "isalpha", isAlpha); }
Value isspace(RuntimeContext& ctx, const Value& self, Args args) { return predicate(ctx, self, args, "isspace", isSpace); }
Value isalnum(RuntimeContext& ctx, const Value& self, Args args) {
    return predicate(ctx, self, args, "isalnum", [](char c) { return isAlpha(c) || isDigit(c); });
}
// isupper/islower: at least one cased character and none of the other case.
Value caseTest(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, bool wantUpper) {
    if (!MethodSupport::arity(ctx, name, args, 0, 0)) return Value::error();
    bool cased = false;
    for (char c : textOf(self)) {
        if (wantUpper ? isLower(c) : isUpper(c)) return Value::fromBool(false);
        cased = cased || isAlpha(c);
    }
    return Value::fromBool(cased);
}
Value isupper(RuntimeContext& ctx, const Value& self, Args args) { return caseTest(ctx, self, args, "isupper", true); }
Value islower(RuntimeContext& ctx, const Value& self, Args args) { return caseTest(ctx, self, args, "islower", false); }
// istitle: at least one cased character; an upper-case one only where no cased one precedes
// it in its word, a lower-case one only where one does (uncased characters end a word).
Value istitle(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "istitle", args, 0, 0)) return Value::error();
    bool cased = false;
    bool previousCased = false;
    for (char c : textOf(self)) {
        if (isUpper(c)) {
            if (previousCased) return Value::fromBool(false);
            previousCased = cased = true;
        } else if (isLower(c)) {
            if (!previousCased) return Value::fromBool(false);
            previousCased = cased = true;
        } else {
            previousCased = false;
        }
    }
    return Value::fromBool(cased);
}

Value stripImpl(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, bool left, bool right) {
    if (!MethodSupport::arity(ctx, name, args, 0, 1)) return Value::error();
    std::string_view text = textOf(self);
    std::string_view chars;
    bool whitespace = args.size() == 0 || args[0].isNone();
    if (!whitespace) {
        auto* s = args[0].tryAs<StrObject>();
        if (!s) return ctx.raise(ErrorKind::TypeError, concat(name, " arg must be None or str"));
        chars = s->view();
    }
    // Multi-byte characters in chars are matched byte-wise; fine for ASCII sets, approximate otherwise.
    auto strip = [&](char c) { return whitespace ? isSpace(c) : chars.find(c) != std::string_view::npos; };
    std::size_t begin = 0, end = text.size();
    if (left) while (begin < end && strip(text[begin])) ++begin;
    if (right) while (end > begin && strip(text[end - 1])) --end;
    return ctx.newStr(text.substr(begin, end - begin));
}
Value strip(RuntimeContext& ctx, const Value& self, Args args) { return stripImpl(ctx, self, args, "strip", true, true); }
Value lstrip(RuntimeContext& ctx, const Value& self, Args args) { return stripImpl(ctx, self, args, "lstrip", true, false); }
Value rstrip(RuntimeContext& ctx, const Value& self, Args args) { return stripImpl(ctx, self, args, "rstrip", false, true); }

Value splitImpl(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, bool fromRight) {
    if (!MethodSupport::arity(ctx, name, args, 0, 2) || !MethodSupport::onlyKeywords(ctx, name, args, {"sep", "maxsplit"})) {
        return Value::error();
    }
    Value sepValue = MethodSupport::argument(args, 0, "sep");
    Value maxValue = MethodSupport::argument(args, 1, "maxsplit");
    std::int64_t maxsplit = -1;
    if (!maxValue.isEmpty() && !MethodSupport::intArgument(ctx, maxValue, maxsplit)) return Value::error();
    std::string_view text = textOf(self);
    std::vector<std::string_view> parts;
    if (sepValue.isEmpty() || sepValue.isNone()) {
        // Runs of whitespace separate; no empty strings.
        if (!fromRight) {
            std::size_t i = 0;
            while (true) {
                while (i < text.size() && isSpace(text[i])) ++i;
                if (i >= text.size()) break;
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    parts.push_back(text.substr(i));  // the rest keeps its trailing whitespace
                    break;
                }
                std::size_t j = i;
                while (j < text.size() && !isSpace(text[j])) ++j;
                parts.push_back(text.substr(i, j - i));
                i = j;
            }
        } else {
            std::size_t i = text.size();
            while (true) {
                while (i > 0 && isSpace(text[i - 1])) --i;
                if (i == 0) break;
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    parts.push_back(text.substr(0, i));  // the rest keeps its leading whitespace
                    break;
                }
                std::size_t j = i;
                while (j > 0 && !isSpace(text[j - 1])) --j;
                parts.push_back(text.substr(j, i - j));
                i = j;
            }
            std::reverse(parts.begin(), parts.end());
        }
    } else {
        std::string_view sep;
        if (!strArgument(ctx, sepValue, "must be str or None, not", sep)) {
            return ctx.raise(ErrorKind::TypeError, concat("must be str or None, not ", RuntimeContext::typeName(sepValue)));
        }
        if (sep.empty()) return ctx.raise(ErrorKind::ValueError, "empty separator");
        if (!fromRight) {
            std::size_t start = 0;
            while (maxsplit < 0 || static_cast<std::int64_t>(parts.size()) < maxsplit) {
                std::size_t at = text.find(sep, start);
                if (at == std::string_view::npos) break;
                parts.push_back(text.substr(start, at - start));
                start = at + sep.size();
            }
            parts.push_back(text.substr(start));
        } else {
            std::size_t end = text.size();
            while (maxsplit < 0 || static_cast<std::int64_t>(parts.size()) < maxsplit) {
                if (end < sep.size()) break;
                std::size_t at = text.substr(0, end).rfind(sep);
                if (at == std::string_view::npos) break;
                parts.push_back(text.substr(at + sep.size(), end - at - sep.size()));
                end = at;
            }
            parts.push_back(text.substr(0, end));
            std::reverse(parts.begin(), parts.end());
        }
    }
    std::vector<Value> items;
    items.reserve(parts.size());
    for (std::string_view part : parts) items.push_back(ctx.newStr(part));
    return ctx.newList(std::move(items));
}
Value split(RuntimeContext& ctx, const Value& self, Args args) { return splitImpl(ctx, self, args, "split", false); }
Value rsplit(RuntimeContext& ctx, const Value& self, Args args) { return splitImpl(ctx, self, args, "rsplit", true); }

Value splitlines(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "splitlines", args, 0, 1)) return Value::error();
    Value keepValue = MethodSupport::argument(args, 0, "keepends");
    bool keep = !keepValue.isEmpty() && keepValue.isIntLike() && keepValue.asInt() != 0;
    std::string_view text = textOf(self);
    std::vector<Value> items;
    std::size_t start = 0, i = 0;
    while (i < text.size()) {
        char c = text[i];
        bool isBreak = c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e);
        if (!isBreak) {
            ++i;
            continue;
        }
        std::size_t breakLength = (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
        items.push_back(ctx.newStr(text.substr(start, i - start + (keep ? breakLength : 0))));
        i += breakLength;
        start = i;
    }
    if (start < text.size()) items.push_back(ctx.newStr(text.substr(start)));
    return ctx.newList(std::move(items));
}

Value join(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "join", args, 1, 1)) return Value::error();
    std::vector<Value> items;
    if (!Iteration::collect(ctx, args[0], items)) {
        if (ctx.error().message.ends_with("is not iterable")) ctx.error().message = "can only join an iterable";
        return Value::error();
    }
    const std::string& sep = textOf(self);
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto* s = items[i].tryAs<StrObject>();
        if (!s) {
            return ctx.raise(ErrorKind::TypeError,
                             concat("sequence item ", std::to_string(i), ctx.isPython2() ? ": expected string, " : ": expected str instance, ",
                                    RuntimeContext::typeName(items[i]), " found"));
        }
        if (i) out += sep;
        out += s->text();
    }
    return ctx.newStr(std::move(out));
}

Value replace(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "replace", args, 2, 3)) return Value::error();
    std::string_view old, replacement;
    if (!strArgument(ctx, args[0], "replace() argument 1", old) || !strArgument(ctx, args[1], "replace() argument 2", replacement)) {
        return Value::error();
    }
    std::int64_t limit = -1;
    if (args.size() > 2 && !MethodSupport::intArgument(ctx, args[2], limit)) return Value::error();
    std::string_view text = textOf(self);
    std::string out;
    std::int64_t done = 0;
    if (old.empty()) {
        // Insert between every character (and at both ends).
        std::size_t pos = 0;
        while (pos <= text.size()) {
            if (limit < 0 || done < limit) {
                out += replacement;
                ++done;
            }
            if (pos == text.size()) break;
            std::size_t length = Utf8::sequenceLength(static_cast<unsigned char>(text[pos]));
            out += text.substr(pos, length);
            pos += length;
        }
        return ctx.newStr(std::move(out));
    }
    std::size_t start = 0;
    while (limit < 0 || done < limit) {
        std::size_t at = text.find(old, start);
        if (at == std::string_view::npos) break;
        out += text.substr(start, at - start);
        out += replacement;
        start = at + old.size();
        ++done;
    }
    out += text.substr(start);
    return ctx.newStr(std::move(out));
}

// center/ljust/rjust: width in code points, one fill character.
Value justify(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, char how) {
    if (!MethodSupport::arity(ctx, name, args, 1, 2)) return Value::error();
    std::int64_t width = 0;
    if (!MethodSupport::intArgument(ctx, args[0], width)) return Value::error();
    std::string fill = " ";
    if (args.size() > 1) {
        auto* s = args[1].tryAs<StrObject>();
        if (!s || s->length() != 1) {
            return ctx.raise(ErrorKind::TypeError, "The fill character must be exactly one character long");
        }
        fill = s->text();
    }
    auto* str = self.as<StrObject>();
    auto length = static_cast<std::int64_t>(str->length());
    if (width <= length) return self;
    std::int64_t margin = width - length;
    std::int64_t left = how == '<' ? 0 : how == '>' ? margin : margin / 2 + (margin & width & 1);
    std::string out;
    for (std::int64_t i = 0; i < left; ++i) out += fill;
    out += str->text();
    for (std::int64_t i = left; i < margin; ++i) out += fill;
    return ctx.newStr(std::move(out));
}
Value center(RuntimeContext& ctx, const Value& self, Args args) { return justify(ctx, self, args, "center", '^'); }
Value ljust(RuntimeContext& ctx, const Value& self, Args args) { return justify(ctx, self, args, "ljust", '<'); }
Value rjust(RuntimeContext& ctx, const Value& self, Args args) { return justify(ctx, self, args, "rjust", '>'); }

Value zfill(RuntimeContext& ctx, const Value& self, Args args) {
    if (!MethodSupport::arity(ctx, "zfill", args, 1, 1)) return Value::error();
    std::int64_t width = 0;
    if (!MethodSupport::intArgument(ctx, args[0], width)) return Value::error();
    auto* str = self.as<StrObject>();
    auto length = static_cast<std::int64_t>(str->length());
    if (width <= length) return self;
    std::string out = str->text();
    std::size_t signLength = !out.empty() && (out[0] == '+' || out[0] == '-') ? 1 : 0;
    out.insert(signLength, static_cast<std::size_t>(width - length), '0');
    return ctx.newStr(std::move(out));
}

Value partitionImpl(RuntimeContext& ctx, const Value& self, Args args, std::string_view name, bool fromRight) {
    if (!MethodSupport::arity(ctx, name, args, 1, 1)) return Value::error();
    std::string_view sep;
    if (!strArgument(ctx, args[0], "must be str, not", sep)) {
        return ctx.raise(ErrorKind::TypeError, concat("must be str, not ", RuntimeContext::typeName(args[0])));
    }
    if (sep.empty()) return ctx.raise(ErrorKind::ValueError, "empty separator");
    std::string_view text = textOf(self);
    std::size_t at = fromRight ? text.rfind(sep) : text.find(sep);
    if (at == std::string_view::npos) {
        Value empty = ctx.newStr(std::string());
        return fromRight ? ctx.newTuple({empty, empty, self}) : ctx.newTuple({self, empty, empty});
    }
    return ctx.newTuple({ctx.newStr(text.substr(0, at)), args[0], ctx.newStr(text.substr(at + sep.size()))});
}
Value partition(RuntimeContext& ctx, const Value& self, Args args) { return partitionImpl(ctx, self, args, "partition", false); }
Value rpartition(RuntimeContext& ctx, const Value& self, Args args) { return partitionImpl(ctx, self, args, "rpartition", true); }

Value format(RuntimeContext& ctx, const Value& self, Args args) { return StrFormatter::format(ctx, textOf(self), args); }

}  // namespace

NativeMethod StrMethods::lookup(std::string_view name, bool) {
    static const std::unordered_map<std::string_view, NativeMethod> table = {
        {"find", find},           {"rfind", rfind},         {"index", index},           {"rindex", rindex},
        {"count", count},         {"startswith", startswith}, {"endswith", endswith},   {"upper", upper},
        {"lower", lower},         {"swapcase", swapcase},   {"title", title},           {"capitalize", capitalize},
        {"isdigit", isdigit},     {"isalpha", isalpha},     {"isspace", isspace},       {"isalnum", isalnum},
        {"isupper", isupper},     {"islower", islower},     {"istitle", istitle},     {"isdecimal", isdigit},     {"isnumeric", isdigit},
        {"strip", strip},         {"lstrip", lstrip},       {"rstrip", rstrip},         {"split", split},
        {"rsplit", rsplit},       {"splitlines", splitlines}, {"join", join},           {"replace", replace},
        {"center", center},       {"ljust", ljust},         {"rjust", rjust},           {"zfill", zfill},
        {"partition", partition}, {"rpartition", rpartition}, {"format", format},
    };
    auto found = table.find(name);
    return found == table.end() ? nullptr : found->second;
}

}  // namespace ts::script
