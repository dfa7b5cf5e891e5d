// Token streams for tricky lexing: indentation, brackets, continuations, literals, encodings.
#include <QtTest>

#include <string>

#include "script/syntax/Lexer.h"

using namespace ts::script;

namespace {

// NAME tokens print as their text, numbers as #spelling, strings as 'value' (f-strings as
// f'body'), operators as their spelling, layout tokens as NEWLINE/INDENT/DEDENT/END.
std::string stream(const std::string& source, PythonVersion version = PythonVersion::Python3) {
    LexerOptions options;
    options.version = version;
    std::vector<Token> tokens;
    try {
        tokens = Lexer(source, "t.py", options).tokenize();
    } catch (const SyntaxError& error) {
        return std::string("ERROR ") + error.what();
    }
    std::string out;
    for (const Token& token : tokens) {
        if (!out.empty()) out += ' ';
        switch (token.kind) {
            case TokenKind::Newline:
                out += "NEWLINE";
                break;
            case TokenKind::Indent:
                out += "INDENT";
                break;
            case TokenKind::Dedent:
                out += "DEDENT";
                break;
            case TokenKind::EndMarker:
                out += "END";
                break;
            case TokenKind::Number:
                out += "#" + token.text;
                break;
            case TokenKind::String:
                out += token.prefix.format ? "f'" + token.rawBody + "'" : "'" + token.text + "'";
                break;
            default:
                out += token.text;
                break;
        }
    }
    return out;
}

Token singleToken(const std::string& source, PythonVersion version = PythonVersion::Python3) {
    LexerOptions options;
    options.version = version;
    return Lexer(source, "t.py", options).tokenize().front();
}

}  // namespace

class TestLexer : public QObject {
    Q_OBJECT

  private slots:
    void tokenStreams_data();
    void tokenStreams();
    void python2TokenStreams_data();
    void python2TokenStreams();
    void positions();
    void integerValues_data();
    void integerValues();
    void floatValues_data();
    void floatValues();
    void stringValues_data();
    void stringValues();
    void errors_data();
    void errors();
    void bracketDepthLimit();
};

void TestLexer::tokenStreams_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const char* source, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(source) << QString::fromUtf8(expected);
    };
    row("empty", "", "END");
    row("only comments and blank lines", "# hi\n\n   \n  # indented comment\n", "END");
    row("simple assignment", "x = 1\n", "x = #1 NEWLINE END");
    row("no final newline", "x = 1", "x = #1 NEWLINE END");
    row("indent and dedent", "if x:\n    y\nz\n",
        "if x : NEWLINE INDENT y NEWLINE DEDENT z NEWLINE END");
    row("two dedents at eof", "if a:\n  if b:\n    c",
        "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT END");
    row("blank and comment lines keep indentation", "if a:\n  b\n\n# c\n      # d\n  e\n",
        "if a : NEWLINE INDENT b NEWLINE e NEWLINE DEDENT END");
    row("tabs indent", "if a:\n\tif b:\n\t\tc\n\td\n",
        "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT d NEWLINE DEDENT END");
    row("tab after spaces counts to the next multiple of 8", "if a:\n    \tb\n    \tc\n",
        "if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT END");
    row("brackets join lines", "f(1,\n      2\n)\n", "f ( #1 , #2 ) NEWLINE END");
    row("comment inside brackets", "x = [1,  # one\n  2]\n", "x = [ #1 , #2 ] NEWLINE END");
    row("backslash continuation", "x = 1 + \\\n    2\n", "x = #1 + #2 NEWLINE END");
    row("crlf line endings", "if a:\r\n    b\r\n", "if a : NEWLINE INDENT b NEWLINE DEDENT END");
    row("old mac line endings", "a\rb\r", "a NEWLINE b NEWLINE END");
    row("utf-8 bom", "\xEF\xBB\xBFx = 1\n", "x = #1 NEWLINE END");
    row("non-ascii in string and comment", "s = 'caf\xC3\xA9' # \xE2\x82\xAC\n",
        "s = 'caf\xC3\xA9' NEWLINE END");
    row("names in other scripts", "\xE4\xB8\xAD\xE6\x96\x87 = \xCE\xB1\xCE\xB2\n",
        "\xE4\xB8\xAD\xE6\x96\x87 = \xCE\xB1\xCE\xB2 NEWLINE END");
    row("non-ascii letters in names", "citt\xC3\xA0 = 1\n", "citt\xC3\xA0 = #1 NEWLINE END");
    row("longest operators",
        "a **= b //= c >>= d <<= e ... -> :=", "a **= b //= c >>= d <<= e ... -> := NEWLINE END");
    row("comparison operators", "a<b<=c>d>=e==f!=g", "a < b <= c > d >= e == f != g NEWLINE END");
    row("augmented operators", "a+=1;b-=1;c*=1;d/=1;e%=1;f&=1;g|=1;h^=1;i@=1",
        "a += #1 ; b -= #1 ; c *= #1 ; d /= #1 ; e %= #1 ; f &= #1 ; g |= #1 ; h ^= #1 ; i @= #1 "
        "NEWLINE END");
    row("numbers", "0x1F 0o17 0b101 1_000 3.14 1. .5 1e10 2.5E-3 3j 1_0.0_1",
        "#0x1F #0o17 #0b101 #1_000 #3.14 #1. #.5 #1e10 #2.5E-3 #3j #1_0.0_1 NEWLINE END");
    row("attribute of a number needs a space", "1 .real", "#1 . real NEWLINE END");
    row("string prefixes", "r'\\n' b'x' u'y' Rb'z' BR'w' rB'v'",
        "'\\n' 'x' 'y' 'z' 'w' 'v' NEWLINE END");
    row("f-string prefixes", "f'{x}' rf'{y}' Fr'{z}'", "f'{x}' f'{y}' f'{z}' NEWLINE END");
    row("prefix-like names", "rb = br + u + f", "rb = br + u + f NEWLINE END");
    row("triple-quoted over lines", "s = '''a\nb'''\nt\n", "s = 'a\nb' NEWLINE t NEWLINE END");
    row("escaped quote", "'it\\'s' \"say \\\"hi\\\"\"", "'it's' 'say \"hi\"' NEWLINE END");
    row("backslash newline inside string", "'ab\\\ncd'", "'abcd' NEWLINE END");
    row("form feed resets indentation", "if a:\n\f    b\n",
        "if a : NEWLINE INDENT b NEWLINE DEDENT END");
    row("dedent to an intermediate level", "if a:\n    if b:\n        c\n    d\ne\n",
        "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT d NEWLINE DEDENT e NEWLINE "
        "END");
    row("python 3 lexes backquote and <> for the parser to refuse", "`a` <> b",
        "` a ` <> b NEWLINE END");
}

void TestLexer::tokenStreams() {
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(stream(source.toStdString())), expected);
}

void TestLexer::python2TokenStreams_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("octal and long") << "0777 10L 0x1fL 0"
                                    << "#0777 #10L #0x1fL #0 NEWLINE END";
    QTest::newRow("ur prefix") << "ur'\\d'"
                               << "'\\d' NEWLINE END";
    QTest::newRow("no f-strings: f is a name") << "f'x'"
                                               << "f 'x' NEWLINE END";
    QTest::newRow("print chevron") << "print >>f, x"
                                   << "print >> f , x NEWLINE END";
}

void TestLexer::python2TokenStreams() {
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(stream(source.toStdString(), PythonVersion::Python2)),
             expected);
}

void TestLexer::positions() {
    std::vector<Token> tokens =
        Lexer("if x:\n\tcaf\xC3\xA9 = 'a\\nb' if 0 else '''\n'''  ;z\n", "t.py").tokenize();
    auto at = [&](std::size_t i) {
        return std::to_string(tokens[i].pos.line) + ":" + std::to_string(tokens[i].pos.column);
    };
    QCOMPARE(tokens[0].text, std::string("if"));
    QCOMPARE(at(0), std::string("1:1"));
    QCOMPARE(at(1), std::string("1:4"));  // x
    QCOMPARE(at(3), std::string("1:6"));  // NEWLINE
    QCOMPARE(tokens[4].kind, TokenKind::Indent);
    QCOMPARE(at(4), std::string("2:2"));  // a tab is one column
    QCOMPARE(at(5), std::string("2:2"));  // café
    QCOMPARE(at(6), std::string("2:7"));  // '=' after four code points
    QCOMPARE(tokens[7].kind, TokenKind::String);
    QCOMPARE(at(7), std::string("2:9"));
    QCOMPARE(at(11), std::string("2:26"));  // the triple-quoted string starts here...
    QCOMPARE(tokens[13].text, std::string("z"));
    QCOMPARE(at(13), std::string("3:7"));  // ...and ends on the next line
}

void TestLexer::integerValues_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("version");
    QTest::addColumn<qlonglong>("value");
    QTest::addColumn<QString>("big");
    QTest::newRow("decimal") << "1_000_000" << 3 << 1000000LL << "";
    QTest::newRow("hex") << "0xff" << 3 << 255LL << "";
    QTest::newRow("octal") << "0o777" << 3 << 511LL << "";
    QTest::newRow("binary") << "0b1010" << 3 << 10LL << "";
    QTest::newRow("python 2 octal") << "0777" << 2 << 511LL << "";
    QTest::newRow("python 2 long") << "12L" << 2 << 12LL << "";
    QTest::newRow("zeros") << "000" << 3 << 0LL << "";
    QTest::newRow("int64 max") << "9223372036854775807" << 3 << 9223372036854775807LL << "";
    QTest::newRow("beyond int64") << "9223372036854775808" << 3 << 0LL << "9223372036854775808";
    QTest::newRow("big hex") << "0x1_0000_0000_0000_0000" << 3 << 0LL << "18446744073709551616";
}

void TestLexer::integerValues() {
    QFETCH(QString, source);
    QFETCH(int, version);
    QFETCH(qlonglong, value);
    QFETCH(QString, big);
    Token token = singleToken(source.toStdString(),
                              version == 2 ? PythonVersion::Python2 : PythonVersion::Python3);
    QCOMPARE(token.kind, TokenKind::Number);
    QCOMPARE(token.numberKind, NumberKind::Int);
    QCOMPARE(static_cast<qlonglong>(token.intValue), value);
    QCOMPARE(QString::fromStdString(token.bigIntDecimal), big);
}

void TestLexer::floatValues_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("imaginary");
    QTest::newRow("plain") << "3.25" << 3.25 << false;
    QTest::newRow("trailing dot") << "1." << 1.0 << false;
    QTest::newRow("leading dot") << ".5" << 0.5 << false;
    QTest::newRow("exponent") << "1e3" << 1000.0 << false;
    QTest::newRow("negative exponent") << "25e-2" << 0.25 << false;
    QTest::newRow("underscores") << "1_0.2_5" << 10.25 << false;
    QTest::newRow("leading zeros are fine in floats") << "007.5" << 7.5 << false;
    QTest::newRow("imaginary") << "2.5j" << 2.5 << true;
    QTest::newRow("overflow is infinity")
        << "1e999" << std::numeric_limits<double>::infinity() << false;
}

void TestLexer::floatValues() {
    QFETCH(QString, source);
    QFETCH(double, value);
    QFETCH(bool, imaginary);
    Token token = singleToken(source.toStdString());
    QCOMPARE(token.numberKind, imaginary ? NumberKind::Imaginary : NumberKind::Float);
    QCOMPARE(token.floatValue, value);
}

void TestLexer::stringValues_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("simple escapes")
        << "'a\\tb\\n\\\\\\'\\\"\\a\\b\\f\\v\\r'" << 3 << QByteArray("a\tb\n\\'\"\a\b\f\v\r");
    QTest::newRow("octal escapes") << "'\\101\\0\\7'" << 3 << QByteArray("A\0\a", 3);
    QTest::newRow("hex escape is a code point") << "'\\xe9'" << 3 << QByteArray("\xC3\xA9");
    QTest::newRow("hex escape in bytes is a byte") << "b'\\xe9'" << 3 << QByteArray("\xE9");
    QTest::newRow("unicode escapes")
        << "'\\u20ac\\U0001F600'" << 3 << QByteArray("\xE2\x82\xAC\xF0\x9F\x98\x80");
    QTest::newRow("unknown escape kept") << "'\\d\\N{x}'" << 3 << QByteArray("\\d\\N{x}");
    QTest::newRow("raw string keeps backslashes") << "r'\\n\\''" << 3 << QByteArray("\\n\\'");
    QTest::newRow("python 2 str: \\u is not an escape")
        << "'\\u20ac'" << 2 << QByteArray("\\u20ac");
    QTest::newRow("python 2 unicode: \\u is") << "u'\\u20ac'" << 2 << QByteArray("\xE2\x82\xAC");
    QTest::newRow("python 2 str: \\x is a byte") << "'\\xff'" << 2 << QByteArray("\xFF");
    QTest::newRow("non-ascii text")
        << "'\xC3\xA8 \xE2\x82\xAC'" << 3 << QByteArray("\xC3\xA8 \xE2\x82\xAC");
    QTest::newRow("triple with quotes inside")
        << "\"\"\"say \"hi\" ''\"\"\"" << 3 << QByteArray("say \"hi\" ''");
}

void TestLexer::stringValues() {
    QFETCH(QString, source);
    QFETCH(int, version);
    QFETCH(QByteArray, value);
    Token token = singleToken(source.toStdString(),
                              version == 2 ? PythonVersion::Python2 : PythonVersion::Python3);
    QCOMPARE(token.kind, TokenKind::String);
    QCOMPARE(QByteArray::fromStdString(token.text), value);
}

void TestLexer::errors_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, QByteArray source, int version, const char* expected) {
        QTest::newRow(name) << source << version << QString::fromUtf8(expected);
    };
    row("unterminated string", "x = 'abc\ny = 1\n", 3,
        "1:5 SyntaxError: unterminated string literal (detected at line 1)");
    row("unterminated triple-quoted", "x = 1\ns = \"\"\"abc\n\ndef\n", 3,
        "2:5 SyntaxError: unterminated triple-quoted string literal (detected at line 4)");
    row("never closed", "foo(1,\n  [2, 3]\n", 3, "1:4 SyntaxError: '(' was never closed");
    row("unmatched", "x = 1)\n", 3, "1:6 SyntaxError: unmatched ')'");
    row("mismatched", "x = (1,\n 2]\n", 3,
        "2:3 SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line "
        "1");
    row("invalid decimal", "x = 1abc\n", 3, "1:5 SyntaxError: invalid decimal literal");
    row("leading zeros", "x = 0777\n", 3,
        "1:5 SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
        "prefix for octal integers");
    row("long suffix in python 3", "x = 10L\n", 3, "1:6 SyntaxError: invalid decimal literal");
    row("bad binary digit", "0b102", 3, "1:5 SyntaxError: invalid digit '2' in binary literal");
    row("empty hex", "0x", 3, "1:2 SyntaxError: invalid hexadecimal literal");
    row("bad octal digit", "0o8", 3, "1:3 SyntaxError: invalid digit '8' in octal literal");
    row("trailing underscore", "1_000_", 3, "1:6 SyntaxError: invalid decimal literal");
    row("exponent without digits", "1e", 3, "1:1 SyntaxError: invalid decimal literal");
    row("letters after imaginary", "1.5j2", 3, "1:4 SyntaxError: invalid imaginary literal");
    row("attribute on float", "x = 1.__x", 3, "1:6 SyntaxError: invalid decimal literal");
    row("double underscore", "1__0", 3, "1:2 SyntaxError: invalid decimal literal");
    row("unindent mismatch", "if a:\n    b\n  c\n", 3,
        "3:4 IndentationError: unindent does not match any outer indentation level");
    row("tabs and spaces", "if a:\n        b\n\tc\n", 3,
        "3:1 TabError: inconsistent use of tabs and spaces in indentation");
    row("character after continuation", "x = 1 \\ 2\n", 3,
        "1:8 SyntaxError: unexpected character after line continuation character");
    row("eof after continuation", "x = 1 \\", 3, "1:8 SyntaxError: unexpected EOF while parsing");
    row("invalid character", "x = 3 \xE2\x82\xAC 4\n", 3,
        "1:7 SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC)");
    row("curly quote", "print(\xE2\x80\x9Chi\xE2\x80\x9D)", 3,
        "1:7 SyntaxError: invalid character '\xE2\x80\x9C' (U+201C)");
    row("dollar", "a $ b", 3, "1:3 SyntaxError: invalid syntax");
    row("control character", "a \x01 b", 3,
        "1:3 SyntaxError: invalid non-printable character U+0001");
    row("null byte", QByteArray("a = 1\nb\0", 8), 3,
        "2:2 SyntaxError: source code cannot contain null bytes");
    row("invalid utf-8", "x = 1\ny = '\xFF'\n", 3,
        "2:6 SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no "
        "encoding declared; see https://peps.python.org/pep-0263/ for details");
    row("bad hex escape", "'ab\\x4'", 3,
        "1:1 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position "
        "2-4: truncated \\xXX escape");
    row("non-ascii in bytes", "b'\xC3\xA9'", 3,
        "1:1 SyntaxError: bytes can only contain ASCII literal characters");
    row("python 2 bad octal", "08", 2, "1:1 SyntaxError: invalid token");
    row("unknown encoding", "# -*- coding: klingon -*-\nx = 1\n", 3,
        "1:1 SyntaxError: unknown encoding: klingon");
}

void TestLexer::errors() {
    QFETCH(QByteArray, source);
    QFETCH(int, version);
    QFETCH(QString, expected);
    LexerOptions options;
    options.version = version == 2 ? PythonVersion::Python2 : PythonVersion::Python3;
    try {
        Lexer(source.toStdString(), "t.py", options).tokenize();
        QFAIL("no error");
    } catch (const SyntaxError& error) {
        QString got =
            QStringLiteral("%1:%2 %3: %4")
                .arg(error.line())
                .arg(error.column())
                .arg(QString::fromUtf8(error.kindName()), QString::fromStdString(error.message()));
        QCOMPARE(got, expected);
        QVERIFY(std::string(error.what()).rfind("t.py:", 0) == 0);
    }
}

void TestLexer::bracketDepthLimit() {
    std::string ok =
        std::string(Lexer::kMaxBracketDepth, '(') + std::string(Lexer::kMaxBracketDepth, ')');
    Lexer(ok, "t.py").tokenize();
    std::string deep(Lexer::kMaxBracketDepth + 1, '[');
    try {
        Lexer(deep, "t.py").tokenize();
        QFAIL("no error");
    } catch (const SyntaxError& error) {
        QCOMPARE(QString::fromStdString(error.message()),
                 QStringLiteral("too many nested parentheses"));
        QCOMPARE(error.column(), Lexer::kMaxBracketDepth + 1);
    }
}

QTEST_APPLESS_MAIN(TestLexer)
#include "test_Lexer.moc"
