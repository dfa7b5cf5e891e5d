#include "script/runtime/LiteralReader.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "script/runtime/Collections.h"
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/NumberParsing.h"
#include "script/runtime/RangeObject.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/Utf8.h"

namespace ts::script {

namespace {
bool isIdentifierChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
}  // namespace

Value LiteralReader::fail() {
    if (ctx_.hasError()) return Value::error();
    return ctx_.raise(ErrorKind::ValueError, concat("malformed literal at offset ", std::to_string(pos_)));
}

void LiteralReader::skipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n')) ++pos_;
}

bool LiteralReader::take(char c) {
    skipSpace();
    if (pos_ < text_.size() && text_[pos_] == c) {
        ++pos_;
        return true;
    }
    return false;
}

Value LiteralReader::read() {
    ctx_.error().clear();
    Value v = value();
    if (v.isError()) return v;
    skipSpace();
    if (pos_ != text_.size()) return fail();
    return v;
}

Value LiteralReader::value() {
    skipSpace();
    if (pos_ >= text_.size()) return fail();
    char c = text_[pos_];
    if (c == '\'' || c == '"') return string();
    if (c == '(') {
        ++pos_;
        return sequence(')', true);
    }
    if (c == '[') {
        ++pos_;
        return sequence(']', false);
    }
    if (c == '{') {
        ++pos_;
        return braces();
    }
    if (c == '-' || c == '+' || c == '.' || std::isdigit(static_cast<unsigned char>(c))) return number();
    std::size_t start = pos_;
    while (pos_ < text_.size() && isIdentifierChar(text_[pos_])) ++pos_;
    std::string_view name = text_.substr(start, pos_ - start);
    if (name == "None") return Value::none();
    if (name == "True") return Value::fromBool(true);
    if (name == "False") return Value::fromBool(false);
    if (name == "inf") return Value::fromFloat(HUGE_VAL);
    if (name == "nan") return Value::fromFloat(std::nan(""));
    if (take('(')) return call(name);
    return fail();
}

Value LiteralReader::number() {
    std::size_t start = pos_;
    bool negative = false;
    if (text_[pos_] == '-' || text_[pos_] == '+') {
        negative = text_[pos_] == '-';
        ++pos_;
        skipSpace();
        if (text_.substr(pos_, 3) == "inf") {
            pos_ += 3;
            return Value::fromFloat(negative ? -HUGE_VAL : HUGE_VAL);
        }
    }
    std::size_t digitsStart = pos_;
    bool isFloat = false;
    while (pos_ < text_.size()) {
        char c = text_[pos_];
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '_') {
            ++pos_;
        } else if (c == '.' || c == 'e' || c == 'E') {
            isFloat = true;
            ++pos_;
            if ((c == 'e' || c == 'E') && pos_ < text_.size() && (text_[pos_] == '-' || text_[pos_] == '+')) ++pos_;
        } else if (c == 'x' || c == 'X' || c == 'o' || c == 'b' || (std::isxdigit(static_cast<unsigned char>(c)) && !isFloat)) {
            ++pos_;
        } else {
            break;
        }
    }
    std::string body(text_.substr(digitsStart, pos_ - digitsStart));
    if (body.empty()) {
        pos_ = start;
        return fail();
    }
    if (negative) body.insert(body.begin(), '-');  // so that -2**63 parses
    return isFloat ? NumberParsing::parseFloat(ctx_, body) : NumberParsing::parseInt(ctx_, body, 0);
}

Value LiteralReader::string() {
    std::string out;
    // Adjacent literals concatenate, as in Python.
    while (pos_ < text_.size() && (text_[pos_] == '\'' || text_[pos_] == '"')) {
        char quote = text_[pos_++];
        while (pos_ < text_.size() && text_[pos_] != quote) {
            char c = text_[pos_++];
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= text_.size()) return fail();
            char e = text_[pos_++];
            switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '0': out += '\0'; break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'x':
            case 'u':
            case 'U': {
                std::size_t length = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                std::string hex(text_.substr(pos_, length));
                pos_ += length;
                Utf8::append(out, static_cast<std::uint32_t>(std::strtoul(hex.c_str(), nullptr, 16)));
                break;
            }
            default:
                out += '\\';
                out += e;
            }
        }
        if (pos_ >= text_.size()) return fail();
        ++pos_;
        skipSpace();
    }
    return ctx_.newStr(std::move(out));
}

Value LiteralReader::sequence(char close, bool tuple) {
    std::vector<Value> items;
    bool sawComma = false;
    while (!take(close)) {
        if (!items.empty() && !sawComma) return fail();
        Value item = value();
        if (item.isError()) return item;
        items.push_back(std::move(item));
        sawComma = take(',');
    }
    if (tuple && items.size() == 1 && !sawComma) return items[0];  // parenthesised value
    return tuple ? ctx_.newTuple(std::move(items)) : ctx_.newList(std::move(items));
}

Value LiteralReader::braces() {
    if (take('}')) return ctx_.newDict();
    Value first = value();
    if (first.isError()) return first;
    if (take(':')) {
        Value dict = ctx_.newDict();
        Value key = first;
        for (;;) {
            Value item = value();
            if (item.isError()) return item;
            if (!dict.as<DictObject>()->set(ctx_, key, item)) return Value::error();
            if (take('}')) return dict;
            if (!take(',')) return fail();
            if (take('}')) return dict;
            key = value();
            if (key.isError() || !take(':')) return fail();
        }
    }
    Value set = ctx_.newSet();
    if (!set.as<SetObject>()->add(ctx_, first)) return Value::error();
    while (take(',')) {
        if (take('}')) return set;
        Value item = value();
        if (item.isError()) return item;
        if (!set.as<SetObject>()->add(ctx_, item)) return Value::error();
    }
    if (!take('}')) return fail();
    return set;
}

Value LiteralReader::call(std::string_view name) {
    std::vector<Value> args;
    while (!take(')')) {
        Value item = value();
        if (item.isError()) return item;
        args.push_back(std::move(item));
        take(',');
    }
    if ((name == "set" || name == "frozenset") && args.size() <= 1) {
        if (args.empty()) return ctx_.newSet(name == "frozenset");
        return Collections::setFromIterable(ctx_, args[0], name == "frozenset");
    }
    if ((name == "range" || name == "xrange") && !args.empty() && args.size() <= 3) {
        std::int64_t parts[3] = {0, 0, 1};
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (!args[i].isIntLike()) return fail();
            parts[i] = args[i].asInt();
        }
        if (args.size() == 1) return ctx_.heap().make<RangeObject>(0, parts[0], 1);
        return ctx_.heap().make<RangeObject>(parts[0], parts[1], parts[2]);
    }
    if (name == "float" && args.size() == 1) return NumberParsing::toFloat(ctx_, args[0]);
    return fail();
}

}  // namespace ts::script
