// String literals: implicit concatenation of adjacent literals, and f-strings split into literal
// parts and replacement fields {expr!conv:spec}. A field's expression is lexed and parsed on its
// own with positions mapped back into the file, so errors inside it point at the right place.
#include <memory>
#include <utility>

#include "script/syntax/Lexer.h"
#include "script/syntax/Parser.h"
#include "script/syntax/StringEscapes.h"

namespace ts::script {

using namespace ast;

namespace {

// Position of `offset` in `text`, which starts at `base` in the file.
SourcePos positionIn(std::string_view text, SourcePos base, std::size_t offset) {
    SourcePos pos = base;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

// Appends literal text as a StringLiteral part, merging it into a preceding literal part.
void appendLiteralPart(ExprList& parts, std::string text, SourcePos pos) {
    if (text.empty()) return;
    if (!parts.empty() && parts.back()->is<StringLiteral>()) {
        parts.back()->as<StringLiteral>().value += text;
        return;
    }
    auto literal = std::make_unique<StringLiteral>(pos);
    literal->value = std::move(text);
    parts.push_back(std::move(literal));
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\n\f") == std::string_view::npos;
}

}  // namespace

ExprPtr Parser::parseStrings() {
    SourcePos pos = current().pos;
    bool bytes = current().prefix.bytes;
    bool unicode = false;
    bool anyFormat = false;
    for (std::size_t i = 0; peek(i).is(TokenKind::String); ++i) {
        if (peek(i).prefix.bytes != bytes) fail(pos, "cannot mix bytes and nonbytes literals");
        anyFormat = anyFormat || peek(i).prefix.format;
        unicode = unicode || peek(i).prefix.unicode;
    }
    if (!anyFormat) {
        auto literal = std::make_unique<StringLiteral>(pos);
        literal->bytes = bytes;
        literal->unicode = unicode;
        while (check(TokenKind::String)) literal->value += advance().text;
        return literal;
    }
    auto fstring = std::make_unique<FString>(pos);
    while (check(TokenKind::String)) {
        // A copy: parsing the fields swaps the token vector under us.
        const Token token = advance();
        if (token.prefix.format)
            parseFStringBody(token.rawBody, token.bodyPos, token.prefix.raw, 0, fstring->parts);
        else
            appendLiteralPart(fstring->parts, token.text, token.pos);
    }
    return fstring;
}

void Parser::parseFStringBody(std::string_view body, SourcePos bodyPos, bool raw, int nesting,
                              ExprList& parts) {
    std::string literal;
    std::size_t literalStart = 0;
    auto flush = [&](std::size_t end) {
        if (literal.empty()) return;
        std::string decoded;
        StringPrefix prefix;
        prefix.raw = raw;
        std::string error = decodeStringBody(literal, prefix, options_.version, decoded);
        if (!error.empty()) fail(positionIn(body, bodyPos, literalStart), error);
        appendLiteralPart(parts, std::move(decoded), positionIn(body, bodyPos, literalStart));
        literal.clear();
        literalStart = end;
    };
    std::size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        bool doubled = i + 1 < body.size() && body[i + 1] == c;
        if (c == '{' && !doubled) {
            flush(i);
            i = parseFStringField(body, i, bodyPos, raw, nesting, parts);
            literalStart = i;
        } else if (c == '{' || c == '}') {
            if (!doubled) fail(positionIn(body, bodyPos, i), "f-string: single '}' is not allowed");
            if (literal.empty()) literalStart = i;
            literal += c;
            i += 2;
        } else {
            if (literal.empty()) literalStart = i;
            literal += c;
            if (c == '\\' && i + 1 < body.size()) literal += body[++i];
            ++i;
        }
    }
    flush(body.size());
}

std::size_t Parser::parseFStringField(std::string_view body, std::size_t openAt, SourcePos bodyPos,
                                      bool raw, int nesting, ExprList& parts) {
    SourcePos openPos = positionIn(body, bodyPos, openAt);
    if (nesting >= 2) fail(openPos, "f-string: expressions nested too deeply");
    auto expectingBrace = [&] { fail(openPos, "f-string: expecting '}'"); };

    // Find where the expression ends: at depth 0, a '}', a '!' that is not "!=", a ':', or a
    // debugging '=' (f"{x=}") that is not part of ==, !=, <=, >=.
    std::size_t exprStart = openAt + 1;
    std::size_t j = exprStart;
    int depth = 0;
    bool debugEquals = false;
    for (; j < body.size(); ++j) {
        char c = body[j];
        if (c == '\'' || c == '"') {
            std::size_t close = body.find(c, j + 1);
            if (close == std::string_view::npos) fail(openPos, "f-string: unterminated string");
            j = close;
            continue;
        }
        if (c == '\\') fail(openPos, "f-string expression part cannot include a backslash");
        if (c == '#') fail(openPos, "f-string expression part cannot include '#'");
        if (c == '(' || c == '[' || c == '{') {
            ++depth;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (depth == 0 && c == '}') break;
            if (depth == 0) fail(openPos, std::string("f-string: unmatched '") + c + "'");
            --depth;
            continue;
        }
        if (depth > 0) continue;
        char next = j + 1 < body.size() ? body[j + 1] : '\0';
        char previous = j > exprStart ? body[j - 1] : '\0';
        if (c == '!' && next != '=') break;
        if (c == ':') break;
        if (c == '=' && next != '=' && previous != '=' && previous != '!' && previous != '<' &&
            previous != '>') {
            debugEquals = true;
            break;
        }
    }
    if (j >= body.size()) expectingBrace();
    std::string_view exprText = body.substr(exprStart, j - exprStart);
    if (isBlank(exprText)) fail(openPos, "f-string: empty expression not allowed");

    auto field = std::make_unique<FormattedValue>(openPos);
    field->value = parseEmbeddedExpression(exprText, positionIn(body, bodyPos, exprStart));

    if (debugEquals) {
        // f"{x = }" shows the expression text, the '=' and the spaces around it, then repr(x).
        ++j;
        while (j < body.size() && (body[j] == ' ' || body[j] == '\t')) ++j;
        appendLiteralPart(parts, std::string(body.substr(exprStart, j - exprStart)), openPos);
        field->conversion = 'r';
    }
    bool explicitConversion = false;
    if (j < body.size() && body[j] == '!') {
        explicitConversion = true;
        char conversion = j + 1 < body.size() ? body[j + 1] : '\0';
        if (conversion != 'r' && conversion != 's' && conversion != 'a')
            fail(openPos, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        field->conversion = conversion;
        j += 2;
    }
    if (j < body.size() && body[j] == ':') {
        // With a format spec, f"{x=:>5}" formats x itself unless a conversion was given.
        if (debugEquals && !explicitConversion) field->conversion = 0;
        std::size_t specStart = ++j;
        int braces = 0;
        for (; j < body.size(); ++j) {
            if (body[j] == '{') ++braces;
            if (body[j] == '}') {
                if (braces == 0) break;
                --braces;
            }
        }
        if (j >= body.size()) expectingBrace();
        SourcePos specPos = positionIn(body, bodyPos, specStart);
        auto spec = std::make_unique<FString>(specPos);
        parseFStringBody(body.substr(specStart, j - specStart), specPos, raw, nesting + 1,
                         spec->parts);
        field->formatSpec = std::move(spec);
    }
    if (j >= body.size() || body[j] != '}') expectingBrace();
    parts.push_back(std::move(field));
    return j + 1;
}

ExprPtr Parser::parseEmbeddedExpression(std::string_view text, SourcePos origin) {
    LexerOptions lexerOptions;
    lexerOptions.version = options_.version;
    lexerOptions.expressionOnly = true;
    lexerOptions.origin = origin;
    std::vector<Token> tokens = Lexer(text, fileName_, lexerOptions).tokenize();

    // Parse with this parser (same scopes, same depth limit) over the field's tokens, and put
    // the file's tokens back even when the field is bad (parseWith() may backtrack past it).
    struct TokenSwap {
        Parser& parser;
        std::vector<Token> savedTokens;
        std::size_t savedIndex;
        ~TokenSwap() {
            parser.tokens_ = std::move(savedTokens);
            parser.index_ = savedIndex;
        }
    } swap{*this, std::exchange(tokens_, std::move(tokens)), std::exchange(index_, 0)};
    ExprPtr expr = parseYieldOrTestList();
    if (!check(TokenKind::EndMarker)) failUnexpected();
    return expr;
}

}  // namespace ts::script
