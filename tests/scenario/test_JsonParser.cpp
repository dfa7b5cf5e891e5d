// The JSON reader: what it accepts, where it says each value stands, and that every bad input,
// including binary garbage and absurd nesting, ends in one InputError with an exact place.
#include <QtTest>

#include <random>
#include <string>

#include "scenario/InputError.h"
#include "scenario/JsonParser.h"
#include "scenario/JsonValue.h"

using ts::JsonParser;
using ts::JsonValue;

namespace {

// A compact, type-tagged rendering for comparing whole trees: floats keep their text and get
// an 'f' suffix so that 1 and 1.0 stay apart.
std::string dump(const JsonValue& value) {
    switch (value.type()) {
        case JsonValue::Type::Null:
            return "null";
        case JsonValue::Type::Bool:
            return value.asBool() ? "true" : "false";
        case JsonValue::Type::Integer:
            return std::to_string(value.asInteger());
        case JsonValue::Type::Float:
            return value.numberText() + "f";
        case JsonValue::Type::String:
            return "\"" + value.asString() + "\"";
        case JsonValue::Type::Array: {
            std::string out = "[";
            for (const JsonValue& element : value.asArray()) {
                out += (out.size() > 1 ? "," : "") + dump(element);
            }
            return out + "]";
        }
        case JsonValue::Type::Object: {
            std::string out = "{";
            for (const JsonValue::Member& member : value.asObject()) {
                out +=
                    (out.size() > 1 ? "," : "") + ("\"" + member.key + "\":") + dump(member.value);
            }
            return out + "}";
        }
    }
    return "?";
}

QString place(ts::SourcePos pos) {
    return QString("%1:%2").arg(pos.line).arg(pos.column);
}

}  // namespace

class TestJsonParser : public QObject {
    Q_OBJECT

  private slots:
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void keepsPositions();
    void countsColumnsInCharacters();
    void keepsMemberOrder();
    void distinguishesIntegersFromFloats();
    void decodesEscapes();
    void emptyFileHasNoPosition();
    void deepNestingFailsCleanly();
    void nestingAtTheLimitIsFine();
    void binaryGarbageFailsCleanly();
    void mutatedDocumentsFailCleanly();
    void errorTextNamesFileAndPlace();
};

void TestJsonParser::parsesValid_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null]})")
                            << R"({"a":1,"b":[true,false,null]})";
    QTest::newRow("empty object") << QByteArray("{}") << "{}";
    QTest::newRow("empty array") << QByteArray("[ ]") << "[]";
    QTest::newRow("nested empties") << QByteArray("[{},[],{\"x\":[]}]") << R"([{},[],{"x":[]}])";
    QTest::newRow("scalar document") << QByteArray("42") << "42";
    QTest::newRow("string document") << QByteArray("\"hi\"") << "\"hi\"";
    QTest::newRow("whitespace all round") << QByteArray(" \t\r\n[1 ,\n2 ] \r\n ") << "[1,2]";
    QTest::newRow("negative integer") << QByteArray("-17") << "-17";
    QTest::newRow("negative zero") << QByteArray("-0") << "0";
    QTest::newRow("zero") << QByteArray("0") << "0";
    QTest::newRow("float") << QByteArray("2.50") << "2.50f";
    QTest::newRow("exponent is a float") << QByteArray("1e3") << "1e3f";
    QTest::newRow("signed exponent") << QByteArray("[1E+2,1e-2,-0.5]") << "[1E+2f,1e-2f,-0.5f]";
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << "9223372036854775807";
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << "-9223372036854775808";
    QTest::newRow("underflow reads as zero") << QByteArray("1e-400") << "1e-400f";
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{\"a\":1}") << R"({"a":1})";
    QTest::newRow("utf-8 in string") << QByteArray("\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"")
                                     << QString::fromUtf8("\"caf\u00e9 \u20ac \U0001F600\"");
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d")") << R"("a"b\c/d")";
    QTest::newRow("unicode escape")
        << QByteArray(R"("\u00e9\u20AC")") << QString::fromUtf8("\"\u00e9\u20ac\"");
    QTest::newRow("surrogate pair")
        << QByteArray(R"("\ud83d\ude00")") << QString::fromUtf8("\"\U0001F600\"");
    QTest::newRow("same key in sibling objects")
        << QByteArray(R"([{"a":1},{"a":2}])") << R"([{"a":1},{"a":2}])";
    QTest::newRow("same key at two depths") << QByteArray(R"({"a":{"a":1}})") << R"({"a":{"a":1}})";
}

void TestJsonParser::parsesValid() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    try {
        const JsonValue value = JsonParser::parse(text.toStdString(), "t.json");
        QCOMPARE(QString::fromStdString(dump(value)), expected);
    } catch (const ts::InputError& e) {
        QFAIL(e.what());
    }
}

void TestJsonParser::rejectsInvalid_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("fragment");

    auto row = [](const char* name, QByteArray text, const char* where, const char* fragment) {
        QTest::newRow(name) << text << QString(where) << QString(fragment);
    };
    // Structure.
    row("missing comma in object", R"({"a": 1 "b": 2})", "1:9",
        "expected ',' or '}' after object member, found '\"'");
    row("missing comma in array", "[1 2]", "1:4",
        "expected ',' or ']' after array element, found '2'");
    row("unclosed object", "{\"a\": 1", "1:8",
        "expected ',' or '}' after object member, found end of file");
    row("unclosed array", "[1,\n2", "2:2",
        "expected ',' or ']' after array element, found end of file");
    row("missing colon", R"({"a" 1})", "1:6", "expected ':' after object key, found '1'");
    row("missing value", R"({"a": })", "1:7", "expected a value, found '}'");
    row("missing value at end", "[", "1:2", "expected a value, found end of file");
    row("trailing comma in object", R"({"a": 1,})", "1:8", "trailing comma before '}'");
    row("trailing comma in array", "[1, 2, ]", "1:6", "trailing comma before ']'");
    row("trailing comma on next line", "[1,\n]", "1:3", "trailing comma before ']'");
    row("leading comma", "[,1]", "1:2", "expected a value, found ','");
    row("double comma", "[1,,2]", "1:4", "expected a value, found ','");
    row("unquoted key", "{a: 1}", "1:2",
        "expected a string in double quotes as the object key, found 'a'");
    row("number key", "{1: 1}", "1:2", "as the object key, found '1'");
    row("single-quoted key", "{'a': 1}", "1:2", "strings must be in double quotes");
    row("single-quoted value", "['x']", "1:2", "strings must be in double quotes");
    row("duplicate key", "{\"a\": 1,\n \"a\": 2}", "2:2", "duplicate key 'a' (first at 1:2)");
    row("trailing garbage", "{} x", "1:4", "expected end of file after the JSON value, found 'x'");
    row("two documents", "{}{}", "1:3", "expected end of file after the JSON value, found '{'");
    row("closing bracket too many", "[1]]", "1:4", "expected end of file after the JSON value");
    row("mismatched bracket", "[1}", "1:3", "expected ',' or ']' after array element, found '}'");
    // Comments.
    row("line comment", "{\n  // note\n  \"a\": 1}", "2:3", "comments are not allowed in JSON");
    row("block comment", "[1, /* two */ 2]", "1:5", "comments are not allowed in JSON");
    row("comment after value", "[1] // done", "1:5", "comments are not allowed in JSON");
    row("comment after member", "{\"a\": 1 /* x */}", "1:9", "comments are not allowed in JSON");
    row("slash alone", "[/]", "1:2", "expected a value, found '/'");
    // Literals.
    row("NaN", "[NaN]", "1:2", "NaN is not allowed in JSON");
    row("Infinity", "[1, Infinity]", "1:5", "Infinity is not allowed in JSON");
    row("-Infinity", "[-Infinity]", "1:2", "-Infinity is not allowed in JSON");
    row("Python True", "[True]", "1:2",
        "unknown word 'True' (JSON writes true, false and null in lower case)");
    row("None", "{\"a\": None}", "1:7", "unknown word 'None'");
    row("bare word", "[hello]", "1:2",
        "unexpected word 'hello' (strings must be in double quotes)");
    row("truncated true", "[tru]", "1:2", "unexpected word 'tru'");
    row("true with suffix", "[trueish]", "1:2", "unexpected word 'trueish'");
    // Numbers.
    row("leading zero", "[01]", "1:2", "invalid number: leading zeros are not allowed");
    row("negative leading zero", "[-012]", "1:2", "leading zeros are not allowed");
    row("plus sign", "[+1]", "1:2", "JSON numbers cannot start with '+'");
    row("leading point", "[.5]", "1:2", "a digit must come before '.'");
    row("trailing point", "[5.]", "1:2", "expected a digit after '.'");
    row("lone minus", "[-]", "1:2", "expected a digit after '-'");
    row("minus space", "[- 1]", "1:2", "expected a digit after '-'");
    row("empty exponent", "[1e]", "1:2", "expected a digit in the exponent");
    row("signed empty exponent", "[1e+]", "1:2", "expected a digit in the exponent");
    row("letters after digits", "[12abc]", "1:2", "invalid number '12abc'");
    row("two points", "[1.2.3]", "1:2", "invalid number '1.2.3'");
    row("hex", "[0x1F]", "1:2", "invalid number '0x1F'");
    row("integer overflow", "[9223372036854775808]", "1:2",
        "integer 9223372036854775808 is out of range (beyond 64 bits)");
    row("negative overflow", "[-9223372036854775809]", "1:2", "is out of range (beyond 64 bits)");
    row("float overflow", "[1e400]", "1:2", "number 1e400 is out of range");
    // Strings.
    row("unterminated string", "[\"abc", "1:2", "unterminated string");
    row("string cut by newline", "{\"a\": \"abc\n\"}", "1:7",
        "unterminated string (missing '\"' before the end of the line)");
    row("unterminated after escape", "\"ab\\", "1:4", "unterminated string");
    row("tab in string", "[\"a\tb\"]", "1:4", "control character 0x09 in string");
    row("NUL in string", QByteArray("[\"a\0b\"]", 7), "1:4", "control character 0x00 in string");
    row("bad escape", R"(["a\qb"])", "1:4", "invalid escape '\\q' in string");
    row("short unicode escape", R"(["\u12"])", "1:5", "invalid \\u escape: expected 4 hex digits");
    row("non-hex unicode escape", R"(["\u12G4"])", "1:5", "expected 4 hex digits");
    row("lone high surrogate", R"(["\ud83d"])", "1:3", "unpaired high surrogate");
    row("high surrogate then text", R"(["\ud83dx"])", "1:3", "unpaired high surrogate");
    row("high surrogate then non-low", R"(["\ud83d\u0041"])", "1:3",
        "the second \\u is not a low surrogate");
    row("lone low surrogate", R"(["\ude00"])", "1:3", "unpaired low surrogate");
    // Encoding.
    row("invalid utf-8 in string", "[\"a\xFF\"]", "1:4", "invalid UTF-8 byte 0xFF in string");
    row("truncated utf-8 in string", "[\"\xC3\"]", "1:3", "invalid UTF-8 byte 0xC3 in string");
    row("overlong utf-8", "[\"\xC0\xAF\"]", "1:3", "invalid UTF-8 byte 0xC0");
    row("utf-8 surrogate", "[\"\xED\xA0\x80\"]", "1:3", "invalid UTF-8 byte 0xED");
    row("beyond U+10FFFF", "[\"\xF4\x90\x80\x80\"]", "1:3", "invalid UTF-8 byte 0xF4");
    row("stray continuation byte", "[\x80]", "1:2", "found byte 0x80 (the file is not UTF-8 text)");
    row("non-ascii outside string", "[\xC3\xA9]", "1:2", "expected a value, found '\xC3\xA9'");
    row("control character outside string", "[\x01]", "1:2", "found control character 0x01");
    row("NUL outside string", QByteArray("[\0]", 3), "1:2",
        "found a NUL byte (is this a binary file?)");
    row("utf-16 little endian", "\xFF\xFE{\0}\0", "1:1",
        "the file is UTF-16 text; save it as UTF-8");
    row("bom not at start", " \xEF\xBB\xBF{}", "1:2", "expected a value, found '\xEF\xBB\xBF'");
    // Columns after multi-byte characters and tabs.
    row("column after utf-8", "{\"\xC3\xA9t\xC3\xA9\": 1 2}", "1:11", "expected ',' or '}'");
    row("column after tab", "{\t\"a\":\t1\tx}", "1:10",
        "expected ',' or '}' after object member, found 'x'");
    row("column after bom", "\xEF\xBB\xBF[1 2]", "1:4", "expected ',' or ']'");
    row("crlf lines", "[1,\r\n2,\r\n x]", "3:2", "unexpected word 'x'");
}

void TestJsonParser::rejectsInvalid() {
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    QFETCH(QString, fragment);
    try {
        const JsonValue value =
            JsonParser::parse(std::string(text.constData(), text.size()), "t.json");
        QFAIL(qPrintable("accepted: " + QString::fromStdString(dump(value))));
    } catch (const ts::InputError& e) {
        QCOMPARE(place(e.pos()), where);
        QVERIFY2(QString::fromStdString(e.message()).contains(fragment), e.what());
        QCOMPARE(QString::fromStdString(e.file()), QString("t.json"));
    }
}

void TestJsonParser::keepsPositions() {
    const std::string text =
        "{\n"
        "  \"title\": \"x\",\n"
        "  \"list\": [1,\n"
        "           {\"k\": true}]\n"
        "}\n";
    const JsonValue root = JsonParser::parse(text, "t.json");
    QCOMPARE(place(root.pos()), QString("1:1"));
    const JsonValue::Object& members = root.asObject();
    QCOMPARE(place(members[0].keyPos), QString("2:3"));
    QCOMPARE(place(members[0].value.pos()), QString("2:12"));
    QCOMPARE(place(members[1].keyPos), QString("3:3"));
    const JsonValue& list = members[1].value;
    QCOMPARE(place(list.pos()), QString("3:11"));
    QCOMPARE(place(list.asArray()[0].pos()), QString("3:12"));
    const JsonValue& inner = list.asArray()[1];
    QCOMPARE(place(inner.pos()), QString("4:12"));
    QCOMPARE(place(inner.asObject()[0].keyPos), QString("4:13"));
    QCOMPARE(place(inner.asObject()[0].value.pos()), QString("4:18"));
}

void TestJsonParser::countsColumnsInCharacters() {
    // "é" is two bytes and "😀" four, each one column; a tab is one column; a BOM none.
    const std::string text = "\xEF\xBB\xBF[\"\xC3\xA9\xF0\x9F\x98\x80\",\t7]";
    const JsonValue root = JsonParser::parse(text, "t.json");
    QCOMPARE(place(root.pos()), QString("1:1"));
    QCOMPARE(place(root.asArray()[0].pos()), QString("1:2"));
    QCOMPARE(place(root.asArray()[1].pos()), QString("1:8"));
}

void TestJsonParser::keepsMemberOrder() {
    const JsonValue root = JsonParser::parse(R"({"z": 1, "a": 2, "m": 3})", "t.json");
    const JsonValue::Object& members = root.asObject();
    QCOMPARE(members.size(), std::size_t(3));
    QCOMPARE(members[0].key, std::string("z"));
    QCOMPARE(members[1].key, std::string("a"));
    QCOMPARE(members[2].key, std::string("m"));
    QVERIFY(root.find("a") != nullptr);
    QCOMPARE(root.find("a")->value.asInteger(), std::int64_t(2));
    QVERIFY(root.find("b") == nullptr);
    QVERIFY(members[0].value.find("a") == nullptr);  // not an object
}

void TestJsonParser::distinguishesIntegersFromFloats() {
    const JsonValue root = JsonParser::parse("[3, 3.0, 3e0, -4, 0.5]", "t.json");
    const JsonValue::Array& a = root.asArray();
    QVERIFY(a[0].isInteger());
    QCOMPARE(a[0].asInteger(), std::int64_t(3));
    QVERIFY(a[1].isFloat());
    QCOMPARE(a[1].asDouble(), 3.0);
    QCOMPARE(a[1].numberText(), std::string("3.0"));
    QVERIFY(a[2].isFloat());
    QVERIFY(a[3].isInteger() && a[3].isNumber());
    QCOMPARE(a[3].numberText(), std::string("-4"));
    QCOMPARE(a[4].asDouble(), 0.5);
    QCOMPARE(std::string(a[4].describe()), std::string("a number"));
    QCOMPARE(std::string(a[0].describe()), std::string("an integer"));
}

void TestJsonParser::decodesEscapes() {
    const JsonValue root = JsonParser::parse(R"("\b\f\n\r\t\u0000\u007f\u0080\uFFFF")", "t.json");
    const std::string expected =
        std::string("\b\f\n\r\t") + std::string(1, '\0') + "\x7F\xC2\x80\xEF\xBF\xBF";
    QCOMPARE(root.asString(), expected);
}

void TestJsonParser::emptyFileHasNoPosition() {
    for (const char* text : {"", "   \n\t\r\n", "\xEF\xBB\xBF"}) {
        try {
            JsonParser::parse(text, "empty.json");
            QFAIL("an empty file was accepted");
        } catch (const ts::InputError& e) {
            QVERIFY(!e.pos().known());
            QCOMPARE(QString(e.what()),
                     QString("empty.json: error: the file is empty (expected a JSON value)"));
        }
    }
}

void TestJsonParser::deepNestingFailsCleanly() {
    for (const char open : {'[', '{'}) {
        std::string text;
        for (int i = 0; i < 100000; ++i) text += open == '[' ? "[" : "{\"a\":";
        try {
            JsonParser::parse(text, "deep.json");
            QFAIL("deep nesting was accepted");
        } catch (const ts::InputError& e) {
            const int width = open == '[' ? 1 : 5;
            QCOMPARE(e.pos().line, 1);
            QCOMPARE(e.pos().column, JsonParser::kMaxDepth * width + 1);
            QVERIFY2(
                e.message().find("nested too deeply (more than 200 levels)") != std::string::npos,
                e.what());
        }
    }
}

void TestJsonParser::nestingAtTheLimitIsFine() {
    const int depth = JsonParser::kMaxDepth;
    const std::string text = std::string(depth, '[') + std::string(depth, ']');
    const JsonValue root = JsonParser::parse(text, "t.json");
    QVERIFY(root.isArray());
}

void TestJsonParser::binaryGarbageFailsCleanly() {
    // Random bytes (fixed seed: std::mt19937 is the same everywhere) never crash the parser or
    // give anything but one InputError with a place.
    std::mt19937 engine(12345);
    for (int trial = 0; trial < 500; ++trial) {
        std::string bytes(1 + engine() % 300, '\0');
        for (char& byte : bytes) byte = static_cast<char>(engine() & 0xFF);
        try {
            JsonParser::parse(bytes, "garbage.bin");
        } catch (const ts::InputError& e) {
            QVERIFY(!e.message().empty());
            QVERIFY(e.message().find('\n') == std::string::npos);
        }
    }
    std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    try {
        JsonParser::parse(png, "image.png");
        QFAIL("a PNG header was accepted");
    } catch (const ts::InputError& e) {
        QCOMPARE(QString(e.what()),
                 QString("image.png:1:1: error: expected a value, found byte 0x89 (the file is "
                         "not UTF-8 text)"));
    }
}

void TestJsonParser::mutatedDocumentsFailCleanly() {
    // Near-valid input reaches deeper code paths than random bytes do.
    const std::string valid =
        R"({"title": "t\u00e9st", "n": [1, -2.5e3, true, null, {"k": "\ud83d\ude00"}], "z": 0})";
    std::mt19937 engine(777);
    const char replacements[] = "{}[],:\"\\0123456789.-+eEtfnu \n\x80\xC3\xFF";
    int accepted = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        std::string text = valid;
        for (int edits = 1 + static_cast<int>(engine() % 3); edits > 0; --edits) {
            const std::size_t at = engine() % text.size();
            switch (engine() % 3) {
                case 0:
                    text[at] = replacements[engine() % (sizeof replacements - 1)];
                    break;
                case 1:
                    text.erase(at, 1);
                    break;
                default:
                    text.insert(at, 1, replacements[engine() % (sizeof replacements - 1)]);
            }
        }
        try {
            JsonParser::parse(text, "m.json");
            ++accepted;
        } catch (const ts::InputError& e) {
            QVERIFY(e.pos().known());
            QVERIFY(e.pos().column >= 1 && e.pos().column <= static_cast<int>(text.size()) + 1);
        }
    }
    QVERIFY(accepted < 3000);
}

void TestJsonParser::errorTextNamesFileAndPlace() {
    try {
        JsonParser::parse("{\n  \"a\": 1,\n}", "scenarios/x.json");
        QFAIL("accepted");
    } catch (const ts::InputError& e) {
        QCOMPARE(QString(e.what()),
                 QString("scenarios/x.json:2:9: error: trailing comma before '}' is not allowed "
                         "in JSON"));
    }
}

QTEST_APPLESS_MAIN(TestJsonParser)
#include "test_JsonParser.moc"
