#include "script/runtime/TextConversion.h"

#include <cstdio>

#include "script/runtime/DictObject.h"
#include "script/runtime/DictViewObject.h"
#include "script/runtime/FloatFormatter.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/RangeObject.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/SliceObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/runtime/Utf8.h"

namespace ts::script {

namespace {

constexpr std::size_t MaxReprDepth = 500;

void appendHexEscape(std::string& out, std::uint32_t cp) {
    char buffer[16];
    if (cp < 0x100) std::snprintf(buffer, sizeof buffer, "\\x%02x", cp);
    else if (cp < 0x10000) std::snprintf(buffer, sizeof buffer, "\\u%04x", cp);
    else std::snprintf(buffer, sizeof buffer, "\\U%08x", cp);
    out += buffer;
}

// Python 3 prints most characters of a str literally; these it escapes (an approximation of
// Unicode's non-printable classes: controls, separators, unassigned surrogates).
bool printable(std::uint32_t cp) {
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp >= 0x80 && cp <= 0xA0) return false;
    if (cp == 0xAD) return false;
    if (cp >= 0x2028 && cp <= 0x2029) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    if (cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF) return false;
    return true;
}

// Guards a container while its items are printed; reports "[...]" when it is already open.
class ReprScope {
public:
    ReprScope(RuntimeContext& ctx, const Object* object) : ctx_(ctx), object_(object) { entered_ = ctx.enterRepr(object); }
    ~ReprScope() {
        if (entered_) ctx_.leaveRepr(object_);
    }
    bool recursive() const { return !entered_; }

private:
    RuntimeContext& ctx_;
    const Object* object_;
    bool entered_;
};

}  // namespace

void TextConversion::appendQuoted(std::string_view text, bool python2, std::string& out, bool asciiOnly) {
    bool hasSingle = text.find('\'') != std::string_view::npos;
    bool hasDouble = text.find('"') != std::string_view::npos;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    out += quote;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            ++pos;
            char c = static_cast<char>(byte);
            if (c == quote || c == '\\') {
                out += '\\';
                out += c;
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c == '\t') {
                out += "\\t";
            } else if (byte < 0x20 || byte == 0x7F) {
                appendHexEscape(out, byte);
            } else {
                out += c;
            }
            continue;
        }
        if (python2) {
            // A Python 2 str is bytes: each non-ASCII byte prints as \xNN.
            appendHexEscape(out, byte);
            ++pos;
            continue;
        }
        std::size_t start = pos;
        std::uint32_t cp = Utf8::decode(text, pos);
        if (asciiOnly || !printable(cp)) appendHexEscape(out, cp);
        else out.append(text.substr(start, pos - start));
    }
    out += quote;
}

bool TextConversion::appendRepr(RuntimeContext& ctx, const Value& v, std::string& out) {
    switch (v.tag()) {
    case ValueTag::None: out += "None"; return true;
    case ValueTag::Bool: out += v.asBool() ? "True" : "False"; return true;
    case ValueTag::Int: out += std::to_string(v.asInt()); return true;
    case ValueTag::Float: out += FloatFormatter::repr(v.asFloat()); return true;
    case ValueTag::Object: return appendObjectRepr(ctx, v, out);
    case ValueTag::Empty:
    case ValueTag::Error: out += "<no value>"; return true;
    }
    return true;
}

bool TextConversion::appendStr(RuntimeContext& ctx, const Value& v, std::string& out) {
    if (v.isFloat()) {
        out += FloatFormatter::str(v.asFloat(), ctx.isPython2());
        return true;
    }
    if (auto* str = v.tryAs<StrObject>()) {
        out += str->text();
        return true;
    }
    if (v.isObject() && v.asObject()->kind() >= ObjectKind::FirstVmKind) return v.asObject()->appendStr(ctx, out);
    return appendRepr(ctx, v, out);
}

bool TextConversion::appendItems(RuntimeContext& ctx, const std::vector<Value>& items, std::string& out) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        Value item = items[i];  // a VM __repr__ may mutate the container
        if (!appendRepr(ctx, item, out)) return false;
    }
    return true;
}

bool TextConversion::appendEntries(RuntimeContext& ctx, const Value& owner, bool withValues, std::string& out) {
    const HashTable& table =
        owner.is<DictObject>() ? owner.as<DictObject>()->table() : owner.as<SetObject>()->table();
    bool first = true;
    for (std::size_t i = 0; i < table.entries().size(); ++i) {
        const auto& entry = table.entries()[i];
        if (entry.key.isEmpty()) continue;
        if (!first) out += ", ";
        first = false;
        Value key = entry.key, value = entry.value;
        if (!appendRepr(ctx, key, out)) return false;
        if (withValues) {
            out += ": ";
            if (!appendRepr(ctx, value, out)) return false;
        }
    }
    return true;
}

bool TextConversion::appendObjectRepr(RuntimeContext& ctx, const Value& v, std::string& out) {
    Object* object = v.asObject();
    const bool py2 = ctx.isPython2();
    switch (object->kind()) {
    case ObjectKind::Str: appendQuoted(v.as<StrObject>()->view(), py2, out); return true;
    case ObjectKind::Range: {
        auto* range = v.as<RangeObject>();
        out += py2 ? "xrange(" : "range(";
        // Python 2 shows xrange normalised: xrange(5), xrange(1, 5), xrange(1, 9, 2).
        std::int64_t stop = py2 ? range->start() + range->length() * range->step() : range->stop();
        if (!py2 || range->start() != 0 || range->step() != 1) {
            out += std::to_string(range->start());
            out += ", ";
        }
        out += std::to_string(stop);
        if (range->step() != 1) {
            out += ", ";
            out += std::to_string(range->step());
        }
        out += ')';
        return true;
    }
    case ObjectKind::Slice: {
        auto* slice = v.as<SliceObject>();
        out += "slice(";
        if (!appendRepr(ctx, slice->start(), out)) return false;
        out += ", ";
        if (!appendRepr(ctx, slice->stop(), out)) return false;
        out += ", ";
        if (!appendRepr(ctx, slice->step(), out)) return false;
        out += ')';
        return true;
    }
    case ObjectKind::Iterator: return object->Object::appendRepr(ctx, out);
    default: break;
    }
    if (object->kind() >= ObjectKind::FirstVmKind) return object->appendRepr(ctx, out);

    // Containers: guard against themselves and against unbounded nesting.
    ReprScope scope(ctx, object);
    if (scope.recursive()) {
        switch (object->kind()) {
        case ObjectKind::List: out += "[...]"; break;
        case ObjectKind::Tuple: out += "(...)"; break;
        case ObjectKind::Dict: out += "{...}"; break;
        default: out += std::string(object->typeName()) + "(...)"; break;
        }
        return true;
    }
    static thread_local std::size_t depth = 0;
    struct DepthGuard {
        DepthGuard() { ++depth; }
        ~DepthGuard() { --depth; }
    } guard;
    if (depth > MaxReprDepth) {
        ctx.raise(ErrorKind::RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        return false;
    }
    switch (object->kind()) {
    case ObjectKind::List:
        out += '[';
        if (!appendItems(ctx, v.as<ListObject>()->items(), out)) return false;
        out += ']';
        return true;
    case ObjectKind::Tuple: {
        const auto& items = v.as<TupleObject>()->items();
        out += '(';
        if (!appendItems(ctx, items, out)) return false;
        if (items.size() == 1) out += ',';
        out += ')';
        return true;
    }
    case ObjectKind::Dict:
        out += '{';
        if (!appendEntries(ctx, v, true, out)) return false;
        out += '}';
        return true;
    case ObjectKind::Set:
    case ObjectKind::FrozenSet: {
        auto* set = v.as<SetObject>();
        std::string_view name = set->typeName();
        if (set->size() == 0) {
            out += name;
            out += py2 ? "([])" : "()";
            return true;
        }
        bool frozen = set->isFrozen();
        if (py2) {
            out += name;
            out += "([";
        } else if (frozen) {
            out += "frozenset({";
        } else {
            out += '{';
        }
        if (!appendEntries(ctx, v, false, out)) return false;
        out += py2 ? "])" : (frozen ? "})" : "}");
        return true;
    }
    case ObjectKind::DictView: {
        auto* view = v.as<DictViewObject>();
        out += view->typeName();
        out += "([";
        const auto& table = view->dict().as<DictObject>()->table();
        bool first = true;
        for (std::size_t i = 0; i < table.entries().size(); ++i) {
            const auto& entry = table.entries()[i];
            if (entry.key.isEmpty()) continue;
            if (!first) out += ", ";
            first = false;
            Value key = entry.key, value = entry.value;
            bool ok = true;
            switch (view->viewKind()) {
            case DictViewKind::Keys: ok = appendRepr(ctx, key, out); break;
            case DictViewKind::Values: ok = appendRepr(ctx, value, out); break;
            case DictViewKind::Items:
                out += '(';
                ok = appendRepr(ctx, key, out);
                out += ", ";
                ok = ok && appendRepr(ctx, value, out);
                out += ')';
                break;
            }
            if (!ok) return false;
        }
        out += "])";
        return true;
    }
    default: return object->appendRepr(ctx, out);
    }
}

Value TextConversion::repr(RuntimeContext& ctx, const Value& v) {
    std::string out;
    if (!appendRepr(ctx, v, out)) return Value::error();
    return ctx.newStr(std::move(out));
}

Value TextConversion::str(RuntimeContext& ctx, const Value& v) {
    if (v.is<StrObject>()) return v;
    std::string out;
    if (!appendStr(ctx, v, out)) return Value::error();
    return ctx.newStr(std::move(out));
}

Value TextConversion::ascii(RuntimeContext& ctx, const Value& v) {
    std::string text;
    if (!appendRepr(ctx, v, text)) return Value::error();
    // Re-escape: only str literals inside can hold non-ASCII; escape every non-ASCII code point.
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            out += text[pos++];
            continue;
        }
        appendHexEscape(out, Utf8::decode(text, pos));
    }
    return ctx.newStr(std::move(out));
}

}  // namespace ts::script
