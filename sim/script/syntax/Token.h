#pragma once
// The lexer's output: one token per name, literal, operator or layout event (NEWLINE, INDENT,
// DEDENT). Keywords arrive as Name tokens; which names are keywords depends on the Python version
// and on `from __future__ import print_function`, so the parser decides.
#include <cstdint>
#include <string>
#include <string_view>

#include "scenario/SourcePos.h"

namespace ts::script {

enum class TokenKind {
    EndMarker,
    Newline,
    Indent,
    Dedent,
    Name,
    Number,
    String,
    // Brackets and punctuation.
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semicolon,
    Dot,
    Ellipsis,
    At,
    RArrow,
    Backquote,
    ColonEqual,
    // Operators.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    Tilde,
    Amper,
    VBar,
    Circumflex,
    LeftShift,
    RightShift,
    Less,
    Greater,
    EqEqual,
    NotEqual,
    LegacyNotEqual,
    LessEqual,
    GreaterEqual,
    // Assignment.
    Equal,
    PlusEqual,
    MinusEqual,
    StarEqual,
    DoubleStarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual
};

// A short name for token streams in tests and messages: "NAME", "NEWLINE", "'+='".
std::string tokenKindName(TokenKind kind);

enum class NumberKind { Int, Float, Imaginary };

// Prefix letters of a string literal, case-insensitive in the source.
struct StringPrefix {
    bool raw = false;
    bool bytes = false;
    bool unicode = false;
    bool format = false;
};

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    SourcePos pos;
    // Names and operators: the spelling. Numbers: the spelling. Strings: the decoded value
    // (empty for f-strings, whose body the parser splits into fields).
    std::string text;

    // Numbers.
    NumberKind numberKind = NumberKind::Int;
    std::int64_t intValue = 0;
    std::string bigIntDecimal;  // non-empty when an integer does not fit in 64 bits
    double floatValue = 0.0;    // Float and Imaginary

    // Strings.
    StringPrefix prefix;
    std::string rawBody;  // the characters between the quotes, undecoded
    SourcePos bodyPos;    // where rawBody starts
    bool tripleQuoted = false;

    bool is(TokenKind k) const { return kind == k; }
    bool isName(std::string_view name) const { return kind == TokenKind::Name && text == name; }
};

}  // namespace ts::script
