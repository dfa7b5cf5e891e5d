#include "script/syntax/Parser.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace ts::script {
namespace {

constexpr std::array<std::string_view, 35> kPython3Keywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

// Python 2 has print and exec, and no nonlocal/async/await. None/True/False are read as
// constants in both versions (assigning to them in Python 2 is not worth supporting).
constexpr std::array<std::string_view, 34> kPython2Keywords = {
    "False",  "None",  "True",   "and",  "as",     "assert", "break",   "class", "continue",
    "def",    "del",   "elif",   "else", "except", "exec",   "finally", "for",   "from",
    "global", "if",    "import", "in",   "is",     "lambda", "not",     "or",    "pass",
    "print",  "raise", "return", "try",  "while",  "with",   "yield"};

}  // namespace

Parser::Parser(std::vector<Token> tokens, std::string fileName, ParserOptions options)
    : tokens_(std::move(tokens)), fileName_(std::move(fileName)), options_(options) {
    if (tokens_.empty() || !tokens_.back().is(TokenKind::EndMarker)) {
        Token end;
        end.kind = TokenKind::EndMarker;
        end.pos = tokens_.empty() ? SourcePos{1, 1} : tokens_.back().pos;
        tokens_.push_back(end);
    }
    scopes_.push_back(Scope{Scope::Kind::Module});
}

ast::Module Parser::parseModule() {
    ast::Module module;
    module.fileName = fileName_;
    module.version = options_.version;
    while (!check(TokenKind::EndMarker)) {
        if (accept(TokenKind::Newline)) continue;
        parseStatement(module.body);
    }
    return module;
}

const Token& Parser::peek(std::size_t ahead) const {
    std::size_t at = std::min(index_ + ahead, tokens_.size() - 1);
    return tokens_[at];
}

const Token& Parser::advance() {
    const Token& token = tokens_[index_];
    if (token.is(TokenKind::Newline)) lastNewlinePos_ = token.pos;
    if (index_ + 1 < tokens_.size()) ++index_;
    return token;
}

bool Parser::accept(TokenKind kind) {
    if (!check(kind)) return false;
    advance();
    return true;
}

const Token& Parser::expect(TokenKind kind) {
    if (!check(kind)) failUnexpected();
    return advance();
}

void Parser::expectColon() {
    if (check(TokenKind::Colon)) {
        advance();
        return;
    }
    if (check(TokenKind::Newline) || check(TokenKind::EndMarker))
        fail(current().pos, "expected ':'");
    failUnexpected();
}

bool Parser::isKeyword(const std::string& name) const {
    if (options_.version == PythonVersion::Python3)
        return std::find(kPython3Keywords.begin(), kPython3Keywords.end(), name) !=
               kPython3Keywords.end();
    if (name == "print" && printIsFunction_) return false;
    return std::find(kPython2Keywords.begin(), kPython2Keywords.end(), name) !=
           kPython2Keywords.end();
}

bool Parser::atKeyword(const char* keyword) const {
    return current().isName(keyword) && isKeyword(current().text);
}

bool Parser::acceptKeyword(const char* keyword) {
    if (!atKeyword(keyword)) return false;
    advance();
    return true;
}

void Parser::expectKeyword(const char* keyword) {
    if (!acceptKeyword(keyword)) failUnexpected();
}

std::string Parser::expectIdentifier() {
    if (!check(TokenKind::Name) || isKeyword(current().text)) failUnexpected();
    return advance().text;
}

bool Parser::atEndOfSimpleStatement() const {
    return check(TokenKind::Newline) || check(TokenKind::Semicolon) || check(TokenKind::EndMarker);
}

bool Parser::startsExpression(const Token& token) const {
    switch (token.kind) {
        case TokenKind::Number:
        case TokenKind::String:
        case TokenKind::LParen:
        case TokenKind::LBracket:
        case TokenKind::LBrace:
        case TokenKind::Minus:
        case TokenKind::Plus:
        case TokenKind::Tilde:
        case TokenKind::Star:
        case TokenKind::Ellipsis:
            return true;
        case TokenKind::Backquote:
            return options_.version == PythonVersion::Python2;
        case TokenKind::Name:
            return !isKeyword(token.text) || token.text == "not" || token.text == "lambda" ||
                   token.text == "None" || token.text == "True" || token.text == "False" ||
                   token.text == "yield";
        default:
            return false;
    }
}

void Parser::countChainLink(int& links) const {
    if (++links > kMaxChainLength) fail(current().pos, "too many nested expressions");
}

// Inside brackets, an expression directly followed by another ("f(a b)") is most likely a
// missing comma; CPython 3.10+ says so and points at the first of the two.
void Parser::checkForgottenComma(const ast::Expr& previous) const {
    const Token& next = current();
    bool startsOperand = false;
    switch (next.kind) {
        case TokenKind::Number:
        case TokenKind::String:
        case TokenKind::LBrace:
        case TokenKind::Tilde:
        case TokenKind::Ellipsis:
            startsOperand = true;
            break;
        case TokenKind::Name:
            startsOperand = !isKeyword(next.text) || next.text == "None" || next.text == "True" ||
                            next.text == "False" || next.text == "not" || next.text == "lambda";
            break;
        default:
            break;
    }
    // "name 'string'" is more likely a misspelt prefix than a missing comma; CPython agrees.
    if (previous.is<ast::Name>() && next.is(TokenKind::String)) return;
    if (startsOperand) fail(previous.pos, "invalid syntax. Perhaps you forgot a comma?");
}

// `if x = 1:` is a classic slip; CPython 3.10+ points at the condition with this hint.
void Parser::checkEqualsInCondition(const ast::Expr& condition) const {
    if (check(TokenKind::Equal))
        fail(condition.pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
}

void Parser::fail(SourcePos pos, const std::string& message, SyntaxErrorKind kind) const {
    throw SyntaxError(fileName_, pos, message, kind);
}

void Parser::failUnexpected() const {
    if (check(TokenKind::Indent)) {
        // CPython points at the last character of the indentation.
        SourcePos pos = current().pos;
        pos.column = pos.column > 1 ? pos.column - 1 : 1;
        fail(pos, "unexpected indent", SyntaxErrorKind::Indentation);
    }
    fail(current().pos, "invalid syntax");
}

}  // namespace ts::script
