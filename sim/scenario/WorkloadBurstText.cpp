#include "scenario/WorkloadBurstText.h"

#include <vector>

#include "scenario/InputError.h"
#include "scenario/JsonParser.h"
#include "scenario/JsonText.h"
#include "scenario/JsonValue.h"

namespace ts {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isPunctuation(char c) {
    return c == ',' || c == '(' || c == ')' || c == '"';
}

// Whether `text` can stand in the line without quotes and read back as the same string.
bool isBareWord(std::string_view text) {
    if (text.empty() || text.front() == '[' || isJsonNumber(text)) return false;
    for (const char c : text) {
        if (isSpace(c) || isPunctuation(c) || static_cast<unsigned char>(c) < 0x20) return false;
    }
    return true;
}

// A number as the file spells it; a string bare when it can be, else in quotes.
std::optional<std::string> scalarText(const JsonValue& value, std::string_view source) {
    if (value.isNumber()) {
        if (value.sourceEnd() > value.sourceBegin() && value.sourceEnd() <= source.size()) {
            return std::string(
                source.substr(value.sourceBegin(), value.sourceEnd() - value.sourceBegin()));
        }
        return value.numberText();
    }
    if (value.isString()) {
        const std::string& text = value.asString();
        return isBareWord(text) ? text : quoteJson(text);
    }
    return std::nullopt;
}

std::optional<std::string> lengthText(const JsonValue& length, std::string_view source) {
    if (!length.isObject()) return scalarText(length, source);
    const JsonValue::Object& members = length.asObject();
    if (members.size() != 1 || !isBareWord(members[0].key)) return std::nullopt;
    const JsonValue& argument = members[0].value;
    std::string out = members[0].key + "(";
    if (!argument.isArray()) {
        const std::optional<std::string> single = scalarText(argument, source);
        if (!single) return std::nullopt;
        return out + *single + ")";
    }
    // One argument in brackets would read back without them.
    if (argument.asArray().size() < 2) return std::nullopt;
    bool first = true;
    for (const JsonValue& element : argument.asArray()) {
        const std::optional<std::string> text = scalarText(element, source);
        if (!text) return std::nullopt;
        out += (first ? "" : ", ") + *text;
        first = false;
    }
    return out + ")";
}

// A fault in the line; toJson turns it into its error text.
struct LineError {
    std::string message;
};

struct Token {
    enum class Kind { Bare, Quoted, Comma, Open, Close, End };
    Kind kind = Kind::End;
    std::string text;  // Bare: the word; Quoted: the literal, quotes included

    std::string describe() const {
        switch (kind) {
            case Kind::Bare:
            case Kind::Quoted:
                return "'" + text + "'";
            case Kind::Comma:
                return "','";
            case Kind::Open:
                return "'('";
            case Kind::Close:
                return "')'";
            case Kind::End:
                break;
        }
        return "the end of the line";
    }
    bool isValue() const { return kind == Kind::Bare || kind == Kind::Quoted; }
};

// Reads the line "kind length, kind length, ..." and writes its JSON.
class BurstLineReader {
  public:
    explicit BurstLineReader(std::string_view text) : text_(text) { advance(); }

    std::string read() {
        std::vector<std::string> bursts;
        if (current_.kind == Token::Kind::End) {
            throw LineError{"write at least one burst, such as: cpu 5, io 3, cpu 2"};
        }
        for (;;) {
            bursts.push_back(readBurst());
            if (current_.kind == Token::Kind::End) break;
            if (current_.kind != Token::Kind::Comma) {
                throw LineError{"expected ',' between bursts, found " + current_.describe()};
            }
            advance();
            if (current_.kind == Token::Kind::End) {
                throw LineError{"a ',' at the end of the line must be followed by a burst"};
            }
        }
        std::string out = "[";
        for (std::size_t i = 0; i < bursts.size(); ++i) out += (i ? ", " : "") + bursts[i];
        return out + "]";
    }

  private:
    std::string readBurst() {
        if (current_.kind != Token::Kind::Bare) {
            throw LineError{"expected a burst kind (cpu or io), found " + current_.describe()};
        }
        const std::string kind = current_.text;
        advance();
        if (!current_.isValue()) {
            throw LineError{"expected a length after '" + kind + "', such as " + kind + " 5 or " +
                            kind + " exp(20)"};
        }
        Token length = current_;
        advance();
        std::string json;
        if (length.kind == Token::Kind::Bare && current_.kind == Token::Kind::Open) {
            json = "{" + quoteJson(length.text) + ": " + readArguments(length.text) + "}";
        } else {
            json = valueJson(length);
        }
        return "{" + quoteJson(kind) + ": " + json + "}";
    }

    // After "name": "(a)" is a, "(a, b)" is [a, b].
    std::string readArguments(const std::string& name) {
        advance();  // '('
        std::vector<std::string> arguments;
        for (;;) {
            if (!current_.isValue()) {
                throw LineError{"expected a length inside " + name + "(...), found " +
                                current_.describe()};
            }
            arguments.push_back(valueJson(current_));
            advance();
            if (current_.kind == Token::Kind::Close) break;
            if (current_.kind != Token::Kind::Comma) {
                throw LineError{"expected ',' or ')' in " + name + "(...), found " +
                                current_.describe()};
            }
            advance();
        }
        advance();  // ')'
        if (arguments.size() == 1) return arguments.front();
        std::string out = "[";
        for (std::size_t i = 0; i < arguments.size(); ++i) out += (i ? ", " : "") + arguments[i];
        return out + "]";
    }

    static std::string valueJson(const Token& token) {
        if (token.kind == Token::Kind::Quoted) return token.text;
        return isJsonNumber(token.text) ? token.text : quoteJson(token.text);
    }

    void advance() {
        while (at_ < text_.size() && isSpace(text_[at_])) ++at_;
        current_ = Token{};
        if (at_ >= text_.size()) return;
        const char c = text_[at_];
        if (c == ',' || c == '(' || c == ')') {
            current_.kind =
                c == ',' ? Token::Kind::Comma : (c == '(' ? Token::Kind::Open : Token::Kind::Close);
            current_.text = std::string(1, c);
            ++at_;
        } else if (c == '"') {
            readQuoted();
        } else {
            const std::size_t start = at_;
            while (at_ < text_.size() && !isSpace(text_[at_]) && !isPunctuation(text_[at_])) {
                ++at_;
            }
            current_.kind = Token::Kind::Bare;
            current_.text = std::string(text_.substr(start, at_ - start));
        }
    }

    void readQuoted() {
        const std::size_t start = at_++;
        while (at_ < text_.size() && text_[at_] != '"') at_ += text_[at_] == '\\' ? 2 : 1;
        if (at_ >= text_.size()) throw LineError{"a string in double quotes is not closed"};
        ++at_;
        current_.kind = Token::Kind::Quoted;
        current_.text = std::string(text_.substr(start, at_ - start));
        try {
            JsonParser::parse(current_.text, "");
        } catch (const InputError& error) {
            throw LineError{"in " + current_.text + ": " + error.message()};
        }
    }

    std::string_view text_;
    std::size_t at_ = 0;
    Token current_;
};

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace

std::optional<std::string> WorkloadBurstText::format(const JsonValue& bursts,
                                                     std::string_view source) {
    if (!bursts.isArray() || bursts.asArray().empty()) return std::nullopt;
    std::string out;
    for (const JsonValue& burst : bursts.asArray()) {
        if (!burst.isObject() || burst.asObject().size() != 1) return std::nullopt;
        const JsonValue::Member& member = burst.asObject().front();
        if (!isBareWord(member.key)) return std::nullopt;
        const std::optional<std::string> length = lengthText(member.value, source);
        if (!length) return std::nullopt;
        out += (out.empty() ? "" : ", ") + member.key + " " + *length;
    }
    return out;
}

std::optional<std::string> WorkloadBurstText::toJson(std::string_view text, std::string* error) {
    const std::string_view line = trimmed(text);
    try {
        if (!line.empty() && line.front() == '[') {
            const JsonValue value = JsonParser::parse(line, "bursts");
            if (!value.isArray()) throw LineError{"'bursts' must be a JSON array"};
            return std::string(line);
        }
        return BurstLineReader(line).read();
    } catch (const LineError& fault) {
        if (error) *error = fault.message;
    } catch (const InputError& fault) {
        if (error) *error = "not valid JSON: " + fault.message();
    }
    return std::nullopt;
}

}  // namespace ts
