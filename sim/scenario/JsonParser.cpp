#include "scenario/JsonParser.h"

#include <charconv>
#include <cstdint>
#include <unordered_map>
#include <utility>

#include "report/Utf8Text.h"
#include "scenario/InputError.h"

namespace ts {
namespace {

unsigned char byteAt(std::string_view text, std::size_t at) {
    return static_cast<unsigned char>(text[at]);
}


std::string hexByte(unsigned char byte) {
    static const char digits[] = "0123456789ABCDEF";
    return std::string("0x") + digits[byte >> 4] + digits[byte & 0xF];
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

// Whether a number that std::from_chars found out of range is tiny (underflow, read as zero)
// rather than huge: the decimal exponent of its first significant digit is negative.
bool isTinyNumber(std::string_view text) {
    long leadingExponent = 0;
    bool seenSignificant = false, afterPoint = false;
    std::size_t i = 0;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        const char c = text[i];
        if (c == '.') {
            afterPoint = true;
        } else if (isDigit(c) && !seenSignificant) {
            if (c != '0') {
                seenSignificant = true;
                if (afterPoint) --leadingExponent;
            } else if (afterPoint) {
                --leadingExponent;
            }
        } else if (isDigit(c) && !afterPoint) {
            ++leadingExponent;
        }
    }
    long exponent = 0;
    if (i < text.size()) {
        ++i;
        const bool negative = i < text.size() && text[i] == '-';
        if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
        for (; i < text.size() && exponent < 100000; ++i)
            exponent = exponent * 10 + (text[i] - '0');
        if (negative) exponent = -exponent;
    }
    return leadingExponent + exponent < 0;
}

}  // namespace

JsonValue JsonParser::parse(std::string_view text, const std::string& file) {
    JsonParser parser(text, file);
    return parser.parseDocument();
}

char JsonParser::peek(std::size_t ahead) const {
    return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0';
}

void JsonParser::advance(std::size_t bytes) {
    at_ += bytes;
    column_ += static_cast<int>(bytes);
}

void JsonParser::skipWhitespace() {
    while (!atEnd()) {
        const char c = text_[at_];
        if (c == '\n') {
            ++at_;
            ++line_;
            column_ = 1;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            advance();
        } else {
            return;
        }
    }
}

std::string JsonParser::describeNext() const {
    if (atEnd()) return "end of file";
    const unsigned char byte = byteAt(text_, at_);
    if (byte == 0) return "a NUL byte (is this a binary file?)";
    if (byte >= 0x20 && byte < 0x7F) return std::string("'") + text_[at_] + "'";
    if (byte < 0x80) return "control character " + hexByte(byte);
    const std::size_t length = utf8::sequenceLength(text_, at_);
    if (length == 0) return "byte " + hexByte(byte) + " (the file is not UTF-8 text)";
    return "'" + std::string(text_.substr(at_, length)) + "'";
}

void JsonParser::fail(SourcePos pos, const std::string& message) const {
    throw InputError(file_, pos, message);
}

void JsonParser::failExpected(const std::string& expectation) const {
    // Wherever a comment stands, say what it is rather than what was expected there.
    if (peek() == '/' && (peek(1) == '/' || peek(1) == '*')) {
        fail(here(), "comments are not allowed in JSON");
    }
    fail(here(), "expected " + expectation + ", found " + describeNext());
}

JsonValue JsonParser::parseDocument() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;  // a BOM takes no column
    if (text_.substr(0, 2) == "\xFF\xFE" || text_.substr(0, 2) == "\xFE\xFF") {
        fail(here(), "the file is UTF-16 text; save it as UTF-8");
    }
    skipWhitespace();
    if (atEnd()) fail({}, "the file is empty (expected a JSON value)");
    JsonValue value = parseValue(0);
    skipWhitespace();
    if (!atEnd()) failExpected("end of file after the JSON value");
    return value;
}

JsonValue JsonParser::parseValue(int depth) {
    const std::size_t begin = at_;
    JsonValue value = parseBareValue(depth);
    value.setSourceSpan(begin, at_);
    return value;
}

JsonValue JsonParser::parseBareValue(int depth) {
    const char c = peek();
    if (c == '{' || c == '[') {
        if (depth >= kMaxDepth) {
            fail(here(), "arrays and objects are nested too deeply (more than " +
                             std::to_string(kMaxDepth) + " levels)");
        }
        return c == '{' ? parseObject(depth + 1) : parseArray(depth + 1);
    }
    if (c == '"') {
        const SourcePos pos = here();
        return JsonValue::string(parseString(), pos);
    }
    if (c == '-' || isDigit(c)) return parseNumber();
    if (isWordChar(c)) return parseWord();
    if (c == '\'') fail(here(), "strings must be in double quotes, not single quotes");
    if (c == '+') fail(here(), "invalid number: JSON numbers cannot start with '+'");
    if (c == '.') fail(here(), "invalid number: a digit must come before '.'");
    failExpected("a value");
}

JsonValue JsonParser::parseObject(int depth) {
    const SourcePos pos = here();
    advance();  // '{'
    JsonValue::Object members;
    std::unordered_map<std::string, SourcePos> seen;
    skipWhitespace();
    if (peek() == '}') {
        advance();
        return JsonValue::object(std::move(members), pos);
    }
    for (;;) {
        if (peek() != '"') {
            if (peek() == '\'') fail(here(), "strings must be in double quotes, not single quotes");
            failExpected("a string in double quotes as the object key");
        }
        const SourcePos keyPos = here();
        const std::size_t keyOffset = at_;
        std::string key = parseString();
        if (auto [it, inserted] = seen.emplace(key, keyPos); !inserted) {
            fail(keyPos, "duplicate key '" + key + "' (first at " +
                             std::to_string(it->second.line) + ":" +
                             std::to_string(it->second.column) + ")");
        }
        skipWhitespace();
        if (peek() != ':') failExpected("':' after object key");
        advance();
        skipWhitespace();
        JsonValue value = parseValue(depth);
        members.push_back({std::move(key), keyPos, std::move(value), keyOffset});
        skipWhitespace();
        if (peek() == '}') {
            advance();
            return JsonValue::object(std::move(members), pos);
        }
        if (peek() != ',') failExpected("',' or '}' after object member");
        const SourcePos commaPos = here();
        advance();
        skipWhitespace();
        if (peek() == '}') fail(commaPos, "trailing comma before '}' is not allowed in JSON");
    }
}

JsonValue JsonParser::parseArray(int depth) {
    const SourcePos pos = here();
    advance();  // '['
    JsonValue::Array elements;
    skipWhitespace();
    if (peek() == ']') {
        advance();
        return JsonValue::array(std::move(elements), pos);
    }
    for (;;) {
        elements.push_back(parseValue(depth));
        skipWhitespace();
        if (peek() == ']') {
            advance();
            return JsonValue::array(std::move(elements), pos);
        }
        if (peek() != ',') failExpected("',' or ']' after array element");
        const SourcePos commaPos = here();
        advance();
        skipWhitespace();
        if (peek() == ']') fail(commaPos, "trailing comma before ']' is not allowed in JSON");
    }
}

JsonValue JsonParser::parseNumber() {
    const SourcePos pos = here();
    const std::size_t start = at_;
    bool isInteger = true;
    if (peek() == '-') {
        advance();
        if (peek() == 'I') fail(pos, "-Infinity is not allowed in JSON");
        if (!isDigit(peek())) fail(pos, "invalid number: expected a digit after '-'");
    }
    if (peek() == '0' && isDigit(peek(1))) {
        fail(pos, "invalid number: leading zeros are not allowed");
    }
    while (isDigit(peek())) advance();
    if (peek() == '.') {
        isInteger = false;
        advance();
        if (!isDigit(peek())) fail(pos, "invalid number: expected a digit after '.'");
        while (isDigit(peek())) advance();
    }
    if (peek() == 'e' || peek() == 'E') {
        isInteger = false;
        advance();
        if (peek() == '+' || peek() == '-') advance();
        if (!isDigit(peek())) fail(pos, "invalid number: expected a digit in the exponent");
        while (isDigit(peek())) advance();
    }
    // "12abc", "1.2.3": report the whole run as one bad number, not as a missing comma.
    if (isWordChar(peek()) || peek() == '.') {
        std::size_t end = at_;
        while (end < text_.size() && (isWordChar(text_[end]) || text_[end] == '.')) ++end;
        fail(pos, "invalid number '" + std::string(text_.substr(start, end - start)) + "'");
    }
    const std::string_view lexeme = text_.substr(start, at_ - start);
    const char* first = lexeme.data();
    const char* last = lexeme.data() + lexeme.size();
    if (isInteger) {
        std::int64_t value = 0;
        if (std::from_chars(first, last, value).ec != std::errc()) {
            fail(pos, "integer " + std::string(lexeme) + " is out of range (beyond 64 bits)");
        }
        return JsonValue::integer(value, pos);
    }
    double value = 0.0;
    if (std::from_chars(first, last, value).ec != std::errc()) {
        if (!isTinyNumber(lexeme)) fail(pos, "number " + std::string(lexeme) + " is out of range");
        value = lexeme[0] == '-' ? -0.0 : 0.0;
    }
    return JsonValue::floating(value, std::string(lexeme), pos);
}

JsonValue JsonParser::parseWord() {
    const SourcePos pos = here();
    std::size_t end = at_;
    while (end < text_.size() && isWordChar(text_[end])) ++end;
    const std::string word(text_.substr(at_, end - at_));
    if (word == "true" || word == "false" || word == "null") {
        advance(word.size());
        if (word == "null") return JsonValue::null(pos);
        return JsonValue::boolean(word == "true", pos);
    }
    if (word == "NaN" || word == "Infinity" || word == "nan" || word == "inf") {
        fail(pos, word + " is not allowed in JSON");
    }
    if (word == "True" || word == "False" || word == "None" || word == "TRUE" || word == "FALSE" ||
        word == "NULL" || word == "Null") {
        fail(pos, "unknown word '" + word + "' (JSON writes true, false and null in lower case)");
    }
    fail(pos, "unexpected word '" + word + "' (strings must be in double quotes)");
}

std::string JsonParser::parseString() {
    const SourcePos start = here();
    advance();  // '"'
    std::string out;
    for (;;) {
        if (atEnd()) fail(start, "unterminated string");
        const unsigned char byte = byteAt(text_, at_);
        if (byte == '"') {
            advance();
            return out;
        }
        if (byte == '\\') {
            parseEscape(out);
        } else if (byte == '\n' || byte == '\r') {
            fail(start, "unterminated string (missing '\"' before the end of the line)");
        } else if (byte < 0x20) {
            fail(here(), "control character " + hexByte(byte) +
                             " in string (write it as an escape such as \\t or \\u0009)");
        } else if (byte < 0x80) {
            out.push_back(static_cast<char>(byte));
            advance();
        } else {
            copyUtf8Character(out);
        }
    }
}

void JsonParser::copyUtf8Character(std::string& out) {
    const std::size_t length = utf8::sequenceLength(text_, at_);
    if (length == 0) {
        fail(here(), "invalid UTF-8 byte " + hexByte(byteAt(text_, at_)) + " in string");
    }
    out.append(text_.substr(at_, length));
    at_ += length;
    ++column_;  // one character, however many bytes
}

void JsonParser::parseEscape(std::string& out) {
    const SourcePos pos = here();
    advance();  // '\'
    const char c = peek();
    switch (c) {
        case '"':
            out.push_back('"');
            break;
        case '\\':
            out.push_back('\\');
            break;
        case '/':
            out.push_back('/');
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            advance();
            std::uint32_t codePoint = parseHex4();
            if (codePoint >= 0xDC00 && codePoint <= 0xDFFF) {
                fail(pos, "unpaired low surrogate in \\u escape");
            }
            if (codePoint >= 0xD800 && codePoint <= 0xDBFF) {
                if (peek() != '\\' || peek(1) != 'u') {
                    fail(pos, "unpaired high surrogate in \\u escape (expected a second \\u)");
                }
                advance(2);
                const std::uint32_t low = parseHex4();
                if (low < 0xDC00 || low > 0xDFFF) {
                    fail(pos,
                         "unpaired high surrogate in \\u escape (the second \\u is not a "
                         "low surrogate)");
                }
                codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
            }
            utf8::append(out, codePoint);
            return;
        }
        default: {
            if (atEnd()) fail(pos, "unterminated string");
            const std::string shown = c > ' ' && c < 0x7F ? " '\\" + std::string(1, c) + "'" : "";
            fail(pos, "invalid escape" + shown +
                          " in string (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
    }
    advance();
}

unsigned JsonParser::parseHex4() {
    const SourcePos pos = here();
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = peek();
        unsigned digit = 0;
        if (c >= '0' && c <= '9') {
            digit = static_cast<unsigned>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            digit = static_cast<unsigned>(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            digit = static_cast<unsigned>(c - 'A' + 10);
        } else {
            fail(pos, "invalid \\u escape: expected 4 hex digits");
        }
        value = value * 16 + digit;
        advance();
    }
    return value;
}

}  // namespace ts
