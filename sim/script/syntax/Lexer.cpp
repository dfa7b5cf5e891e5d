#include "script/syntax/Lexer.h"

#include <cstdio>
#include <utility>

#include "script/syntax/NumberLiteral.h"
#include "script/syntax/SourceText.h"
#include "script/syntax/StringEscapes.h"

namespace ts::script {
namespace {

struct OperatorSpelling {
    const char* text;
    TokenKind kind;
};

// Longest spellings first, so that "**=" wins over "**" and "*".
// clang-format off
constexpr OperatorSpelling kOperators[] = {
    {"**=", TokenKind::DoubleStarEqual}, {"//=", TokenKind::DoubleSlashEqual},
    {">>=", TokenKind::RightShiftEqual}, {"<<=", TokenKind::LeftShiftEqual},
    {"...", TokenKind::Ellipsis},
    {"**", TokenKind::DoubleStar}, {"//", TokenKind::DoubleSlash}, {">>", TokenKind::RightShift},
    {"<<", TokenKind::LeftShift}, {"<=", TokenKind::LessEqual}, {">=", TokenKind::GreaterEqual},
    {"==", TokenKind::EqEqual}, {"!=", TokenKind::NotEqual}, {"<>", TokenKind::LegacyNotEqual},
    {"->", TokenKind::RArrow}, {":=", TokenKind::ColonEqual}, {"+=", TokenKind::PlusEqual},
    {"-=", TokenKind::MinusEqual}, {"*=", TokenKind::StarEqual}, {"/=", TokenKind::SlashEqual},
    {"%=", TokenKind::PercentEqual}, {"&=", TokenKind::AmperEqual}, {"|=", TokenKind::VBarEqual},
    {"^=", TokenKind::CircumflexEqual}, {"@=", TokenKind::AtEqual},
    {"(", TokenKind::LParen}, {")", TokenKind::RParen}, {"[", TokenKind::LBracket},
    {"]", TokenKind::RBracket}, {"{", TokenKind::LBrace}, {"}", TokenKind::RBrace},
    {":", TokenKind::Colon}, {",", TokenKind::Comma}, {";", TokenKind::Semicolon},
    {".", TokenKind::Dot}, {"@", TokenKind::At}, {"`", TokenKind::Backquote},
    {"+", TokenKind::Plus}, {"-", TokenKind::Minus}, {"*", TokenKind::Star},
    {"/", TokenKind::Slash}, {"%", TokenKind::Percent}, {"~", TokenKind::Tilde},
    {"&", TokenKind::Amper}, {"|", TokenKind::VBar}, {"^", TokenKind::Circumflex},
    {"<", TokenKind::Less}, {">", TokenKind::Greater}, {"=", TokenKind::Equal},
};
// clang-format on

bool isAsciiIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Python accepts every Unicode XID character in names. Without Unicode tables we accept all of
// the non-ASCII range except the blocks of punctuation, symbols, emoji and private use, so that
// names in any script work and stray symbols (€, “, →) get CPython's "invalid character".
bool isNonAsciiIdentifierChar(std::uint32_t cp) {
    struct Range {
        std::uint32_t first, last;
    };
    static constexpr Range kNotIdentifier[] = {
        {0x80, 0xA9},       {0xAB, 0xB4},        {0xB6, 0xB9},     {0xBB, 0xBF},
        {0xD7, 0xD7},       {0xF7, 0xF7},        {0x2000, 0x206F}, {0x20A0, 0x20CF},
        {0x2190, 0x2BFF},   {0x3000, 0x3004},    {0x3008, 0x303F}, {0xE000, 0xF8FF},
        {0xFE10, 0xFE1F},   {0xFE30, 0xFE6F},    {0xFEFF, 0xFEFF}, {0xFF00, 0xFF0F},
        {0xFF1A, 0xFF20},   {0xFF3B, 0xFF40},    {0xFF5B, 0xFF65}, {0xFFF0, 0xFFFF},
        {0x1F000, 0x1FAFF}, {0xE0000, 0x10FFFF},
    };
    for (const Range& range : kNotIdentifier)
        if (cp >= range.first && cp <= range.last) return false;
    return true;
}

char closerOf(char opener) {
    return opener == '(' ? ')' : opener == '[' ? ']' : '}';
}

}  // namespace

Lexer::Lexer(std::string_view source, std::string fileName, LexerOptions options)
    : fileName_(std::move(fileName)), options_(options) {
    text_ = options_.expressionOnly ? std::string(source) : prepareSourceText(source, fileName_);
    line_ = options_.origin.line;
}

void Lexer::fail(SourcePos pos, const std::string& message, SyntaxErrorKind kind) const {
    throw SyntaxError(fileName_, pos, message, kind);
}

SourcePos Lexer::posAt(std::size_t offset) const {
    std::size_t from = lineStart_;
    int column = 1;
    if (columnCacheOffset_ >= lineStart_ && columnCacheOffset_ <= offset) {
        from = columnCacheOffset_;
        column = columnCacheValue_;
    }
    for (std::size_t i = from; i < offset && i < text_.size(); ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    columnCacheOffset_ = offset;
    columnCacheValue_ = column;
    if (line_ == options_.origin.line) column += options_.origin.column - 1;
    return SourcePos{line_, column};
}

void Lexer::startNewLine(std::size_t nextLineStart) {
    ++line_;
    lineStart_ = nextLineStart;
}

void Lexer::addToken(TokenKind kind, SourcePos pos, std::string text) {
    Token token;
    token.kind = kind;
    token.pos = pos;
    token.text = std::move(text);
    tokens_.push_back(std::move(token));
    if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent)
        lineHasTokens_ = true;
}

std::vector<Token> Lexer::tokenize() {
    if (options_.expressionOnly) atLineStart_ = false;
    for (;;) {
        if (atLineStart_) {
            atLineStart_ = false;
            readIndentation();
        }
        while (at_ < text_.size() &&
               (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\f'))
            ++at_;
        if (at_ >= text_.size()) break;
        char c = text_[at_];
        if (c == '#') {
            while (at_ < text_.size() && text_[at_] != '\n') ++at_;
        } else if (c == '\n') {
            SourcePos pos = posAt(at_);
            ++at_;
            if (brackets_.empty() && !options_.expressionOnly) {
                if (lineHasTokens_) addToken(TokenKind::Newline, pos);
                atLineStart_ = true;
                lineHasTokens_ = false;
            }
            startNewLine(at_);
        } else if (c == '\\') {
            SourcePos pos = posAt(at_ + 1);  // CPython points just after the backslash
            if (at_ + 1 >= text_.size()) fail(pos, "unexpected EOF while parsing");
            if (text_[at_ + 1] != '\n')
                fail(pos, "unexpected character after line continuation character");
            at_ += 2;
            startNewLine(at_);
        } else if (isAsciiIdentifierStart(c) || static_cast<unsigned char>(c) >= 0x80) {
            readNameOrPrefixedString();
        } else if (isDigit(c) || (c == '.' && at_ + 1 < text_.size() && isDigit(text_[at_ + 1]))) {
            readNumber();
        } else if (c == '"' || c == '\'') {
            readString(at_, StringPrefix{});
        } else {
            readOperator();
        }
    }
    finish();
    return std::move(tokens_);
}

void Lexer::readIndentation() {
    int width = 0;
    int altWidth = 0;
    std::size_t i = at_;
    for (; i < text_.size(); ++i) {
        char c = text_[i];
        if (c == ' ') {
            ++width;
            ++altWidth;
        } else if (c == '\t') {
            width = (width / 8 + 1) * 8;
            ++altWidth;
        } else if (c == '\f') {
            width = altWidth = 0;
        } else {
            break;
        }
    }
    // Blank and comment-only lines do not take part in indentation.
    if (i >= text_.size() || text_[i] == '#' || text_[i] == '\n') return;
    if (text_[i] == '\\' && i + 1 < text_.size() && text_[i + 1] == '\n') return;
    SourcePos pos = posAt(i);
    auto tabError = [&] {
        fail(SourcePos{line_, 1}, "inconsistent use of tabs and spaces in indentation",
             SyntaxErrorKind::Tab);
    };
    if (width == indents_.back()) {
        if (altWidth != altIndents_.back()) tabError();
    } else if (width > indents_.back()) {
        if (altWidth <= altIndents_.back()) tabError();
        if (static_cast<int>(indents_.size()) > kMaxIndentDepth)
            fail(pos, "too many levels of indentation", SyntaxErrorKind::Indentation);
        indents_.push_back(width);
        altIndents_.push_back(altWidth);
        addToken(TokenKind::Indent, pos);
    } else {
        while (width < indents_.back()) {
            indents_.pop_back();
            altIndents_.pop_back();
            addToken(TokenKind::Dedent, pos);
        }
        // CPython points just past the end of the offending line.
        std::size_t lineEnd = text_.find('\n', i);
        if (width != indents_.back())
            fail(posAt(lineEnd == std::string::npos ? text_.size() : lineEnd),
                 "unindent does not match any outer indentation level",
                 SyntaxErrorKind::Indentation);
        if (altWidth != altIndents_.back()) tabError();
    }
}

void Lexer::readNameOrPrefixedString() {
    std::size_t start = at_;
    SourcePos pos = posAt(start);
    while (at_ < text_.size()) {
        char c = text_[at_];
        if (isAsciiIdentifierStart(c) || isDigit(c)) {
            ++at_;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x80) break;
        std::size_t length = 1;
        std::uint32_t cp = decodeUtf8At(text_, at_, length);
        if (!isNonAsciiIdentifierChar(cp)) {
            if (at_ > start) break;  // let the main loop report it as a stray character
            char hex[16];
            std::snprintf(hex, sizeof hex, "%04X", cp);
            std::string shown = text_.substr(at_, length);
            bool printable = cp >= 0xA0 && !(cp >= 0x2000 && cp <= 0x200F) && cp != 0xFEFF;
            if (!printable) fail(pos, "invalid non-printable character U+" + std::string(hex));
            fail(pos, "invalid character '" + shown + "' (U+" + std::string(hex) + ")");
        }
        at_ += length;
    }
    std::string name = text_.substr(start, at_ - start);
    if (at_ < text_.size() && (text_[at_] == '"' || text_[at_] == '\'')) {
        StringPrefix prefix;
        if (parseStringPrefix(name, options_.version, prefix)) {
            readString(start, prefix);
            return;
        }
    }
    addToken(TokenKind::Name, pos, std::move(name));
}

void Lexer::readNumber() {
    Token token;
    token.kind = TokenKind::Number;
    token.pos = posAt(at_);
    NumberScan scan = scanNumberLiteral(text_, at_, options_.version, token);
    if (!scan.error.empty()) fail(posAt(scan.errorOffset), scan.error);
    at_ = scan.end;
    tokens_.push_back(std::move(token));
    lineHasTokens_ = true;
}

int Lexer::lastLineNumber() const {
    int line = line_;
    if (!text_.empty() && text_.back() == '\n' && line > options_.origin.line) --line;
    return line;
}

void Lexer::readString(std::size_t tokenStart, const StringPrefix& prefix) {
    Token token;
    token.kind = TokenKind::String;
    token.pos = posAt(tokenStart);
    token.prefix = prefix;
    std::size_t quoteAt = tokenStart;
    while (text_[quoteAt] != '"' && text_[quoteAt] != '\'') ++quoteAt;
    char quote = text_[quoteAt];
    bool triple =
        quoteAt + 2 < text_.size() && text_[quoteAt + 1] == quote && text_[quoteAt + 2] == quote;
    token.tripleQuoted = triple;
    std::size_t bodyStart = quoteAt + (triple ? 3 : 1);
    token.bodyPos = posAt(bodyStart);

    std::size_t i = bodyStart;
    std::size_t bodyEnd = 0;
    for (;;) {
        if (i >= text_.size()) {
            if (triple)
                fail(token.pos, "unterminated triple-quoted string literal (detected at line " +
                                    std::to_string(lastLineNumber()) + ")");
            fail(token.pos,
                 "unterminated string literal (detected at line " + std::to_string(line_) + ")");
        }
        char c = text_[i];
        if (c == '\\') {
            if (i + 1 < text_.size() && text_[i + 1] == '\n') startNewLine(i + 2);
            i += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple)
                fail(token.pos, "unterminated string literal (detected at line " +
                                    std::to_string(line_) + ")");
            startNewLine(i + 1);
        } else if (c == quote) {
            if (!triple) {
                bodyEnd = i;
                at_ = i + 1;
                break;
            }
            if (i + 2 < text_.size() && text_[i + 1] == quote && text_[i + 2] == quote) {
                bodyEnd = i;
                at_ = i + 3;
                break;
            }
        }
        ++i;
    }
    token.rawBody = text_.substr(bodyStart, bodyEnd - bodyStart);
    if (prefix.bytes && options_.version == PythonVersion::Python3) {
        for (char c : token.rawBody)
            if (static_cast<unsigned char>(c) >= 0x80)
                fail(token.pos, "bytes can only contain ASCII literal characters");
    }
    if (!prefix.format) {
        std::string error = decodeStringBody(token.rawBody, prefix, options_.version, token.text);
        if (!error.empty()) fail(token.pos, error);
    }
    tokens_.push_back(std::move(token));
    lineHasTokens_ = true;
}

void Lexer::readOperator() {
    SourcePos pos = posAt(at_);
    std::string_view rest = std::string_view(text_).substr(at_);
    for (const OperatorSpelling& op : kOperators) {
        std::string_view spelling = op.text;
        if (rest.substr(0, spelling.size()) != spelling) continue;
        at_ += spelling.size();
        if (spelling.size() == 1) {
            char c = spelling[0];
            if (c == '(' || c == '[' || c == '{') openBracket(c, pos);
            if (c == ')' || c == ']' || c == '}') closeBracket(c, pos);
        }
        addToken(op.kind, pos, std::string(spelling));
        return;
    }
    unsigned char c = static_cast<unsigned char>(text_[at_]);
    if (c < 0x20 || c == 0x7F) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%04X", c);
        fail(pos, "invalid non-printable character U+" + std::string(hex));
    }
    fail(pos, "invalid syntax");  // '$', '?', a lone '!'
}

void Lexer::openBracket(char symbol, SourcePos pos) {
    if (static_cast<int>(brackets_.size()) >= kMaxBracketDepth)
        fail(pos, "too many nested parentheses");
    brackets_.push_back(OpenBracket{symbol, pos});
}

void Lexer::closeBracket(char symbol, SourcePos pos) {
    if (brackets_.empty()) fail(pos, std::string("unmatched '") + symbol + "'");
    OpenBracket open = brackets_.back();
    if (closerOf(open.symbol) != symbol) {
        std::string message = std::string("closing parenthesis '") + symbol +
                              "' does not match opening parenthesis '" + open.symbol + "'";
        if (open.pos.line != pos.line) message += " on line " + std::to_string(open.pos.line);
        fail(pos, message);
    }
    brackets_.pop_back();
}

void Lexer::finish() {
    if (!brackets_.empty()) {
        const OpenBracket& open = brackets_.back();
        fail(open.pos, std::string("'") + open.symbol + "' was never closed");
    }
    SourcePos end = posAt(text_.size());
    if (!options_.expressionOnly) {
        if (lineHasTokens_) addToken(TokenKind::Newline, end);
        for (std::size_t level = 1; level < indents_.size(); ++level)
            addToken(TokenKind::Dedent, end);
    }
    addToken(TokenKind::EndMarker, end);
}

}  // namespace ts::script
