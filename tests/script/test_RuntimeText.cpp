// Text of values against CPython 3.11: repr() and str() of every kind, % formatting, the
// format mini-language and str.format. Expected strings come from running python3; the
// Python 2.7 rows are written by hand from 2.7's documented behaviour.
#include <QtTest>

#include "RuntimeTestSupport.h"

#include <cmath>
#include <cstring>

#include "script/runtime/FloatFormatter.h"
#include "script/runtime/FormatSpecFormatter.h"
#include "script/runtime/LiteralReader.h"
#include "script/runtime/PercentFormatter.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/StrFormatter.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TextConversion.h"
#include "script/runtime/TupleObject.h"

using namespace ts::script;
using ts::script::test::literal;
using ts::script::test::outcome;

class RuntimeTextTest : public QObject {
    Q_OBJECT

  private slots:
    void reprAndStr_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expectedRepr");
        QTest::addColumn<QByteArray>("expectedStr");
        QTest::newRow("r0") << QByteArray("None") << QByteArray("None") << QByteArray("None");
        QTest::newRow("r1") << QByteArray("True") << QByteArray("True") << QByteArray("True");
        QTest::newRow("r2") << QByteArray("False") << QByteArray("False") << QByteArray("False");
        QTest::newRow("r3") << QByteArray("0") << QByteArray("0") << QByteArray("0");
        QTest::newRow("r4") << QByteArray("-5") << QByteArray("-5") << QByteArray("-5");
        QTest::newRow("r5") << QByteArray("9223372036854775807")
                            << QByteArray("9223372036854775807")
                            << QByteArray("9223372036854775807");
        QTest::newRow("r6") << QByteArray("-9223372036854775808")
                            << QByteArray("-9223372036854775808")
                            << QByteArray("-9223372036854775808");
        QTest::newRow("r7") << QByteArray("1.0") << QByteArray("1.0") << QByteArray("1.0");
        QTest::newRow("r8") << QByteArray("0.1") << QByteArray("0.1") << QByteArray("0.1");
        QTest::newRow("r9") << QByteArray("0.30000000000000004")
                            << QByteArray("0.30000000000000004")
                            << QByteArray("0.30000000000000004");
        QTest::newRow("r10") << QByteArray("1e16") << QByteArray("1e+16") << QByteArray("1e+16");
        QTest::newRow("r11") << QByteArray("1e15") << QByteArray("1000000000000000.0")
                             << QByteArray("1000000000000000.0");
        QTest::newRow("r12") << QByteArray("123456789012345678.0")
                             << QByteArray("1.2345678901234568e+17")
                             << QByteArray("1.2345678901234568e+17");
        QTest::newRow("r13") << QByteArray("1e-05") << QByteArray("1e-05") << QByteArray("1e-05");
        QTest::newRow("r14") << QByteArray("0.0001") << QByteArray("0.0001")
                             << QByteArray("0.0001");
        QTest::newRow("r15") << QByteArray("0.00012345") << QByteArray("0.00012345")
                             << QByteArray("0.00012345");
        QTest::newRow("r16") << QByteArray("-0.0") << QByteArray("-0.0") << QByteArray("-0.0");
        QTest::newRow("r17") << QByteArray("1.5e-07") << QByteArray("1.5e-07")
                             << QByteArray("1.5e-07");
        QTest::newRow("r18") << QByteArray("1e+100") << QByteArray("1e+100")
                             << QByteArray("1e+100");
        QTest::newRow("r19") << QByteArray("float('inf')") << QByteArray("inf")
                             << QByteArray("inf");
        QTest::newRow("r20") << QByteArray("-inf") << QByteArray("-inf") << QByteArray("-inf");
        QTest::newRow("r21") << QByteArray("float('nan')") << QByteArray("nan")
                             << QByteArray("nan");
        QTest::newRow("r22") << QByteArray("3.141592653589793") << QByteArray("3.141592653589793")
                             << QByteArray("3.141592653589793");
        QTest::newRow("r23") << QByteArray("2.5") << QByteArray("2.5") << QByteArray("2.5");
        QTest::newRow("r24") << QByteArray("100.0") << QByteArray("100.0") << QByteArray("100.0");
        QTest::newRow("r25") << QByteArray("1e22") << QByteArray("1e+22") << QByteArray("1e+22");
        QTest::newRow("r26") << QByteArray("5e-324") << QByteArray("5e-324")
                             << QByteArray("5e-324");
        QTest::newRow("r27") << QByteArray("1.7976931348623157e+308")
                             << QByteArray("1.7976931348623157e+308")
                             << QByteArray("1.7976931348623157e+308");
        QTest::newRow("r28") << QByteArray("''") << QByteArray("''") << QByteArray("");
        QTest::newRow("r29") << QByteArray("'a'") << QByteArray("'a'") << QByteArray("a");
        QTest::newRow("r30") << QByteArray("\"it's\"") << QByteArray("\"it's\"")
                             << QByteArray("it's");
        QTest::newRow("r31") << QByteArray("'say \"hi\"'") << QByteArray("'say \"hi\"'")
                             << QByteArray("say \"hi\"");
        QTest::newRow("r32") << QByteArray("'both \\' and \"'") << QByteArray("'both \\' and \"'")
                             << QByteArray("both ' and \"");
        QTest::newRow("r33") << QByteArray("'tab\\there'") << QByteArray("'tab\\there'")
                             << QByteArray("tab\there");
        QTest::newRow("r34") << QByteArray("'new\\nline'") << QByteArray("'new\\nline'")
                             << QByteArray("new\nline");
        QTest::newRow("r35") << QByteArray("'back\\\\slash'") << QByteArray("'back\\\\slash'")
                             << QByteArray("back\\slash");
        QTest::newRow("r37") << QByteArray("'é'") << QByteArray("'é'") << QByteArray("é");
        QTest::newRow("r38") << QByteArray("'\\u2028'") << QByteArray("'\\u2028'")
                             << QByteArray(" ");
        QTest::newRow("r39") << QByteArray("'\\xa0'") << QByteArray("'\\xa0'") << QByteArray(" ");
        QTest::newRow("r40") << QByteArray("'日本'") << QByteArray("'日本'") << QByteArray("日本");
        QTest::newRow("r41") << QByteArray("[]") << QByteArray("[]") << QByteArray("[]");
        QTest::newRow("r42") << QByteArray("[1, 'a', 2.5, None]")
                             << QByteArray("[1, 'a', 2.5, None]")
                             << QByteArray("[1, 'a', 2.5, None]");
        QTest::newRow("r43") << QByteArray("()") << QByteArray("()") << QByteArray("()");
        QTest::newRow("r44") << QByteArray("(1,)") << QByteArray("(1,)") << QByteArray("(1,)");
        QTest::newRow("r45") << QByteArray("(1, 2)") << QByteArray("(1, 2)")
                             << QByteArray("(1, 2)");
        QTest::newRow("r46") << QByteArray("((1,),)") << QByteArray("((1,),)")
                             << QByteArray("((1,),)");
        QTest::newRow("r47") << QByteArray("{}") << QByteArray("{}") << QByteArray("{}");
        QTest::newRow("r48") << QByteArray("{'a': 1, 'b': [1, 2]}")
                             << QByteArray("{'a': 1, 'b': [1, 2]}")
                             << QByteArray("{'a': 1, 'b': [1, 2]}");
        QTest::newRow("r49") << QByteArray("{1: 'x', (1, 2): None}")
                             << QByteArray("{1: 'x', (1, 2): None}")
                             << QByteArray("{1: 'x', (1, 2): None}");
        QTest::newRow("r50") << QByteArray("set()") << QByteArray("set()") << QByteArray("set()");
        QTest::newRow("r51") << QByteArray("{1, 2, 3}") << QByteArray("{1, 2, 3}")
                             << QByteArray("{1, 2, 3}");
        QTest::newRow("r52") << QByteArray("frozenset()") << QByteArray("frozenset()")
                             << QByteArray("frozenset()");
        QTest::newRow("r53") << QByteArray("frozenset({1, 2})") << QByteArray("frozenset({1, 2})")
                             << QByteArray("frozenset({1, 2})");
        QTest::newRow("r54") << QByteArray("range(0, 5)") << QByteArray("range(0, 5)")
                             << QByteArray("range(0, 5)");
        QTest::newRow("r55") << QByteArray("range(1, 10, 2)") << QByteArray("range(1, 10, 2)")
                             << QByteArray("range(1, 10, 2)");
        QTest::newRow("r56") << QByteArray("range(5, 0, -1)") << QByteArray("range(5, 0, -1)")
                             << QByteArray("range(5, 0, -1)");
        QTest::newRow("r57") << QByteArray("[[], [[]], {}]") << QByteArray("[[], [[]], {}]")
                             << QByteArray("[[], [[]], {}]");
        QTest::newRow("r58") << QByteArray("{'k': (1,)}") << QByteArray("{'k': (1,)}")
                             << QByteArray("{'k': (1,)}");
        QTest::newRow("r59") << QByteArray("[0.1, 1e16, -0.0]") << QByteArray("[0.1, 1e+16, -0.0]")
                             << QByteArray("[0.1, 1e+16, -0.0]");
        QTest::newRow("r60") << QByteArray("[\"it's\"]") << QByteArray("[\"it's\"]")
                             << QByteArray("[\"it's\"]");
    }
    void reprAndStr() {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expectedRepr);
        QFETCH(QByteArray, expectedStr);
        RuntimeContext ctx(PythonVersion::Python3);
        Value v = literal(ctx, value);
        QCOMPARE(outcome(ctx, v), expectedRepr);
        Value s = TextConversion::str(ctx, v);
        QCOMPARE(QByteArray::fromStdString(s.as<StrObject>()->text()), expectedStr);
    }

    void python2ReprAndStr_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expectedRepr");
        QTest::addColumn<QByteArray>("expectedStr");
        QTest::newRow("str of 0.1+0.2") << QByteArray("0.30000000000000004")
                                        << QByteArray("0.30000000000000004") << QByteArray("0.3");
        QTest::newRow("str of 1.0") << QByteArray("1.0") << QByteArray("1.0") << QByteArray("1.0");
        QTest::newRow("str of third")
            << QByteArray("0.3333333333333333") << QByteArray("0.3333333333333333")
            << QByteArray("0.333333333333");
        QTest::newRow("str of 1e16")
            << QByteArray("1e16") << QByteArray("1e+16") << QByteArray("1e+16");
        QTest::newRow("str of 1e11")
            << QByteArray("100000000000.0") << QByteArray("100000000000.0") << QByteArray("1e+11");
        QTest::newRow("str of 1e10") << QByteArray("10000000000.0") << QByteArray("10000000000.0")
                                     << QByteArray("10000000000.0");
        QTest::newRow("str of pi")
            << QByteArray("3.141592653589793") << QByteArray("3.141592653589793")
            << QByteArray("3.14159265359");
        QTest::newRow("str of 1e-05")
            << QByteArray("1e-05") << QByteArray("1e-05") << QByteArray("1e-05");
        QTest::newRow("list holds reprs")
            << QByteArray("[0.1, 'a']") << QByteArray("[0.1, 'a']") << QByteArray("[0.1, 'a']");
        QTest::newRow("set") << QByteArray("{1, 2}") << QByteArray("set([1, 2])")
                             << QByteArray("set([1, 2])");
        QTest::newRow("empty set")
            << QByteArray("set()") << QByteArray("set([])") << QByteArray("set([])");
        QTest::newRow("frozenset") << QByteArray("frozenset([1])") << QByteArray("frozenset([1])")
                                   << QByteArray("frozenset([1])");
        QTest::newRow("xrange") << QByteArray("range(0, 5)") << QByteArray("xrange(5)")
                                << QByteArray("xrange(5)");
        QTest::newRow("bytes escaped")
            << QByteArray("'\xc3\xa9'") << QByteArray("'\\xc3\\xa9'") << QByteArray("\xc3\xa9");
        QTest::newRow("dict") << QByteArray("{'a': 1, 'b': 2}") << QByteArray("{'a': 1, 'b': 2}")
                              << QByteArray("{'a': 1, 'b': 2}");
    }
    void python2ReprAndStr() {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expectedRepr);
        QFETCH(QByteArray, expectedStr);
        RuntimeContext ctx(PythonVersion::Python2);
        Value v = literal(ctx, value);
        QCOMPARE(outcome(ctx, v), expectedRepr);
        Value s = TextConversion::str(ctx, v);
        QCOMPARE(QByteArray::fromStdString(s.as<StrObject>()->text()), expectedStr);
    }

    void floatReprRoundTrips() {
        // Shortest repr must read back as the same double, for many bit patterns.
        std::uint64_t bits = 0x3FF0000000000001ULL;
        for (int i = 0; i < 20000; ++i) {
            bits = bits * 6364136223846793005ULL + 1442695040888963407ULL;
            double d;
            std::memcpy(&d, &bits, sizeof d);
            if (!std::isfinite(d)) continue;
            std::string text = FloatFormatter::repr(d);
            QCOMPARE(std::strtod(text.c_str(), nullptr), d);
        }
    }

    void percent_data() {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QByteArray>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("p0") << QByteArray("%s") << QByteArray("'a'") << QByteArray("'a'");
        QTest::newRow("p1") << QByteArray("%s") << QByteArray("(1,)") << QByteArray("'1'");
        QTest::newRow("p2") << QByteArray("%s") << QByteArray("((1, 2),)")
                            << QByteArray("'(1, 2)'");
        QTest::newRow("p3") << QByteArray("%r") << QByteArray("('a',)") << QByteArray("\"'a'\"");
        QTest::newRow("p4") << QByteArray("%5s|") << QByteArray("('ab',)")
                            << QByteArray("'   ab|'");
        QTest::newRow("p5") << QByteArray("%-5s|") << QByteArray("('ab',)")
                            << QByteArray("'ab   |'");
        QTest::newRow("p6") << QByteArray("%.2s") << QByteArray("('abc',)") << QByteArray("'ab'");
        QTest::newRow("p7") << QByteArray("%d") << QByteArray("(3,)") << QByteArray("'3'");
        QTest::newRow("p8") << QByteArray("%d") << QByteArray("(3.99,)") << QByteArray("'3'");
        QTest::newRow("p9") << QByteArray("%d") << QByteArray("(-3.99,)") << QByteArray("'-3'");
        QTest::newRow("p10") << QByteArray("%i") << QByteArray("(True,)") << QByteArray("'1'");
        QTest::newRow("p11") << QByteArray("%5d|") << QByteArray("(42,)") << QByteArray("'   42|'");
        QTest::newRow("p12") << QByteArray("%-5d|") << QByteArray("(42,)")
                             << QByteArray("'42   |'");
        QTest::newRow("p13") << QByteArray("%05d") << QByteArray("(-42,)") << QByteArray("'-0042'");
        QTest::newRow("p14") << QByteArray("%+d") << QByteArray("(5,)") << QByteArray("'+5'");
        QTest::newRow("p15") << QByteArray("% d") << QByteArray("(5,)") << QByteArray("' 5'");
        QTest::newRow("p16") << QByteArray("%.3d") << QByteArray("(5,)") << QByteArray("'005'");
        QTest::newRow("p17") << QByteArray("%x") << QByteArray("(255,)") << QByteArray("'ff'");
        QTest::newRow("p18") << QByteArray("%X") << QByteArray("(255,)") << QByteArray("'FF'");
        QTest::newRow("p19") << QByteArray("%#x") << QByteArray("(255,)") << QByteArray("'0xff'");
        QTest::newRow("p20") << QByteArray("%#X") << QByteArray("(255,)") << QByteArray("'0XFF'");
        QTest::newRow("p21") << QByteArray("%o") << QByteArray("(8,)") << QByteArray("'10'");
        QTest::newRow("p22") << QByteArray("%#o") << QByteArray("(8,)") << QByteArray("'0o10'");
        QTest::newRow("p23") << QByteArray("%#08x") << QByteArray("(255,)")
                             << QByteArray("'0x0000ff'");
        QTest::newRow("p24") << QByteArray("%f") << QByteArray("(3.14159,)")
                             << QByteArray("'3.141590'");
        QTest::newRow("p25") << QByteArray("%.2f") << QByteArray("(2.675,)")
                             << QByteArray("'2.67'");
        QTest::newRow("p26") << QByteArray("%.0f") << QByteArray("(0.5,)") << QByteArray("'0'");
        QTest::newRow("p27") << QByteArray("%.0f") << QByteArray("(1.5,)") << QByteArray("'2'");
        QTest::newRow("p28") << QByteArray("%#.0f") << QByteArray("(2.0,)") << QByteArray("'2.'");
        QTest::newRow("p29") << QByteArray("%10.3f|") << QByteArray("(-3.14159,)")
                             << QByteArray("'    -3.142|'");
        QTest::newRow("p30") << QByteArray("%-10.3f|") << QByteArray("(3.14159,)")
                             << QByteArray("'3.142     |'");
        QTest::newRow("p31") << QByteArray("%010.3f") << QByteArray("(-3.14159,)")
                             << QByteArray("'-00003.142'");
        QTest::newRow("p32") << QByteArray("%+.1f") << QByteArray("(2.0,)") << QByteArray("'+2.0'");
        QTest::newRow("p33") << QByteArray("%e") << QByteArray("(12345.678,)")
                             << QByteArray("'1.234568e+04'");
        QTest::newRow("p34") << QByteArray("%E") << QByteArray("(0.000123,)")
                             << QByteArray("'1.230000E-04'");
        QTest::newRow("p35") << QByteArray("%.2e") << QByteArray("(0.0,)")
                             << QByteArray("'0.00e+00'");
        QTest::newRow("p36") << QByteArray("%g") << QByteArray("(0.0001,)")
                             << QByteArray("'0.0001'");
        QTest::newRow("p37") << QByteArray("%g") << QByteArray("(0.00001,)")
                             << QByteArray("'1e-05'");
        QTest::newRow("p38") << QByteArray("%g") << QByteArray("(1e16,)") << QByteArray("'1e+16'");
        QTest::newRow("p39") << QByteArray("%g") << QByteArray("(123456789.0,)")
                             << QByteArray("'1.23457e+08'");
        QTest::newRow("p40") << QByteArray("%G") << QByteArray("(1e-10,)") << QByteArray("'1E-10'");
        QTest::newRow("p41") << QByteArray("%.3g") << QByteArray("(1234.5,)")
                             << QByteArray("'1.23e+03'");
        QTest::newRow("p42") << QByteArray("%#g") << QByteArray("(1.0,)")
                             << QByteArray("'1.00000'");
        QTest::newRow("p43") << QByteArray("%g") << QByteArray("(100000.0,)")
                             << QByteArray("'100000'");
        QTest::newRow("p44") << QByteArray("%g") << QByteArray("(1000000.0,)")
                             << QByteArray("'1e+06'");
        QTest::newRow("p45") << QByteArray("%f") << QByteArray("(float('inf'),)")
                             << QByteArray("'inf'");
        QTest::newRow("p46") << QByteArray("%f") << QByteArray("(float('nan'),)")
                             << QByteArray("'nan'");
        QTest::newRow("p47") << QByteArray("%F") << QByteArray("(float('inf'),)")
                             << QByteArray("'INF'");
        QTest::newRow("p48") << QByteArray("%5.1f|") << QByteArray("(float('-inf'),)")
                             << QByteArray("' -inf|'");
        QTest::newRow("p49") << QByteArray("%f") << QByteArray("(1,)") << QByteArray("'1.000000'");
        QTest::newRow("p50") << QByteArray("%c") << QByteArray("(65,)") << QByteArray("'A'");
        QTest::newRow("p51") << QByteArray("%c") << QByteArray("('z',)") << QByteArray("'z'");
        QTest::newRow("p52") << QByteArray("%%") << QByteArray("()") << QByteArray("'%'");
        QTest::newRow("p53") << QByteArray("100%%") << QByteArray("()") << QByteArray("'100%'");
        QTest::newRow("p54") << QByteArray("%s and %s") << QByteArray("(1, 2)")
                             << QByteArray("'1 and 2'");
        QTest::newRow("p55") << QByteArray("%s %s") << QByteArray("(1,)")
                             << QByteArray("!TypeError: not enough arguments for format string");
        QTest::newRow("p56")
            << QByteArray("%s") << QByteArray("(1, 2)")
            << QByteArray("!TypeError: not all arguments converted during string formatting");
        QTest::newRow("p57") << QByteArray("%d") << QByteArray("('x',)")
                             << QByteArray(
                                    "!TypeError: %d format: a real number is required, not str");
        QTest::newRow("p58") << QByteArray("%x") << QByteArray("(1.5,)")
                             << QByteArray(
                                    "!TypeError: %x format: an integer is required, not float");
        QTest::newRow("p59") << QByteArray("%f") << QByteArray("('x',)")
                             << QByteArray("!TypeError: must be real number, not str");
        QTest::newRow("p60") << QByteArray("%(a)s-%(b)d") << QByteArray("{'a': 'x', 'b': 2}")
                             << QByteArray("'x-2'");
        QTest::newRow("p61") << QByteArray("%(a)s") << QByteArray("{}")
                             << QByteArray("!KeyError: 'a'");
        QTest::newRow("p62") << QByteArray("%(a)s") << QByteArray("(1,)")
                             << QByteArray("!TypeError: format requires a mapping");
        QTest::newRow("p63") << QByteArray("%(name)-10s|") << QByteArray("{'name': 'Thread-1'}")
                             << QByteArray("'Thread-1  |'");
        QTest::newRow("p64") << QByteArray("%*d") << QByteArray("(5, 42)") << QByteArray("'   42'");
        QTest::newRow("p65") << QByteArray("%-*d|") << QByteArray("(5, 42)")
                             << QByteArray("'42   |'");
        QTest::newRow("p66") << QByteArray("%.*f") << QByteArray("(2, 3.14159)")
                             << QByteArray("'3.14'");
        QTest::newRow("p67") << QByteArray("%s") << QByteArray("{'a': 1}")
                             << QByteArray("\"{'a': 1}\"");
        QTest::newRow("p68") << QByteArray("no args") << QByteArray("()")
                             << QByteArray("'no args'");
        QTest::newRow("p69")
            << QByteArray("no args") << QByteArray("5")
            << QByteArray("!TypeError: not all arguments converted during string formatting");
        QTest::newRow("p70") << QByteArray("no args") << QByteArray("{}")
                             << QByteArray("'no args'");
        QTest::newRow("p71")
            << QByteArray("%z") << QByteArray("(1,)")
            << QByteArray("!ValueError: unsupported format character 'z' (0x7a) at index 1");
        QTest::newRow("p72") << QByteArray("%") << QByteArray("(1,)")
                             << QByteArray("!ValueError: incomplete format");
        QTest::newRow("p73") << QByteArray("%s %r") << QByteArray("('é', 'é')")
                             << QByteArray("\"é 'é'\"");
        QTest::newRow("p74") << QByteArray("%c") << QByteArray("(1114112,)")
                             << QByteArray("!OverflowError: %c arg not in range(0x110000)");
        QTest::newRow("p75") << QByteArray("%s") << QByteArray("([1, 'a'],)")
                             << QByteArray("\"[1, 'a']\"");
        QTest::newRow("p77") << QByteArray("%.1f%%") << QByteArray("(99.5,)")
                             << QByteArray("'99.5%'");
        QTest::newRow("p78") << QByteArray("%d%%") << QByteArray("(50,)") << QByteArray("'50%'");
        QTest::newRow("p79") << QByteArray("%0.02f") << QByteArray("(0.5,)")
                             << QByteArray("'0.50'");
        QTest::newRow("p80") << QByteArray("%-10s %s") << QByteArray("('MainThread', 'x')")
                             << QByteArray("'MainThread x'");
        QTest::newRow("p81") << QByteArray("%3d.") << QByteArray("(1000,)")
                             << QByteArray("'1000.'");
        QTest::newRow("p82") << QByteArray("%s") << QByteArray("(None,)") << QByteArray("'None'");
        QTest::newRow("p83") << QByteArray("%s") << QByteArray("(0.1,)") << QByteArray("'0.1'");
        QTest::newRow("p84") << QByteArray("%r") << QByteArray("(0.1,)") << QByteArray("'0.1'");
        QTest::newRow("p85") << QByteArray("%s") << QByteArray("(1e16,)") << QByteArray("'1e+16'");
    }
    void percent() {
        QFETCH(QByteArray, format);
        QFETCH(QByteArray, args);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        QCOMPARE(
            outcome(ctx, PercentFormatter::format(ctx, format.toStdString(), literal(ctx, args))),
            expected);
    }

    void python2Percent_data() {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QByteArray>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("%s of float uses str")
            << QByteArray("%s") << QByteArray("(0.30000000000000004,)") << QByteArray("'0.3'");
        QTest::newRow("%r of float uses repr")
            << QByteArray("%r") << QByteArray("(0.30000000000000004,)")
            << QByteArray("'0.30000000000000004'");
        QTest::newRow("%#o") << QByteArray("%#o") << QByteArray("(8,)") << QByteArray("'010'");
        QTest::newRow("%x of float")
            << QByteArray("%x") << QByteArray("(255.0,)") << QByteArray("'ff'");
        QTest::newRow("%d message")
            << QByteArray("%d") << QByteArray("('x',)")
            << QByteArray("!TypeError: %d format: a number is required, not str");
        QTest::newRow("%f message") << QByteArray("%f") << QByteArray("('x',)")
                                    << QByteArray("!TypeError: float argument required, not str");
        QTest::newRow("tutorial sleep") << QByteArray("sleeping %0.02f") << QByteArray("(0.123,)")
                                        << QByteArray("'sleeping 0.12'");
        QTest::newRow("tutorial kwargs")
            << QByteArray("running with args: %s and kwargs: %s")
            << QByteArray("((0,), {'a': 1, 'b': 2})")
            << QByteArray("\"running with args: (0,) and kwargs: {'a': 1, 'b': 2}\"");
        QTest::newRow("logging format") << QByteArray("%(threadName)-10s %(message)s")
                                        << QByteArray("{'threadName': 'Thread-1', 'message': 'hi'}")
                                        << QByteArray("'Thread-1   hi'");
    }
    void python2Percent() {
        QFETCH(QByteArray, format);
        QFETCH(QByteArray, args);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python2);
        QCOMPARE(
            outcome(ctx, PercentFormatter::format(ctx, format.toStdString(), literal(ctx, args))),
            expected);
    }

    void formatSpec_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("f0") << QByteArray("3.14159") << QByteArray(".2f") << QByteArray("'3.14'");
        QTest::newRow("f1") << QByteArray("42") << QByteArray("") << QByteArray("'42'");
        QTest::newRow("f2") << QByteArray("42") << QByteArray("5") << QByteArray("'   42'");
        QTest::newRow("f3") << QByteArray("42") << QByteArray("<5") << QByteArray("'42   '");
        QTest::newRow("f4") << QByteArray("42") << QByteArray("^5") << QByteArray("' 42  '");
        QTest::newRow("f5") << QByteArray("42") << QByteArray("*^7") << QByteArray("'**42***'");
        QTest::newRow("f6") << QByteArray("-42") << QByteArray("05") << QByteArray("'-0042'");
        QTest::newRow("f7") << QByteArray("-42") << QByteArray("=+7") << QByteArray("'-    42'");
        QTest::newRow("f8") << QByteArray("42") << QByteArray("+") << QByteArray("'+42'");
        QTest::newRow("f9") << QByteArray("42") << QByteArray(" ") << QByteArray("' 42'");
        QTest::newRow("f10") << QByteArray("255") << QByteArray("x") << QByteArray("'ff'");
        QTest::newRow("f11") << QByteArray("255") << QByteArray("#X") << QByteArray("'0XFF'");
        QTest::newRow("f12") << QByteArray("255") << QByteArray("#b") << QByteArray("'0b11111111'");
        QTest::newRow("f13") << QByteArray("8") << QByteArray("#o") << QByteArray("'0o10'");
        QTest::newRow("f14") << QByteArray("1234567") << QByteArray(",")
                             << QByteArray("'1,234,567'");
        QTest::newRow("f15") << QByteArray("1234567") << QByteArray("_")
                             << QByteArray("'1_234_567'");
        QTest::newRow("f16") << QByteArray("1234567") << QByteArray("_x")
                             << QByteArray("'12_d687'");
        QTest::newRow("f17") << QByteArray("1234") << QByteArray("08,")
                             << QByteArray("'0,001,234'");
        QTest::newRow("f18") << QByteArray("1234.5") << QByteArray("010,.1f")
                             << QByteArray("'0,001,234.5'");
        QTest::newRow("f19") << QByteArray("65") << QByteArray("c") << QByteArray("'A'");
        QTest::newRow("f20") << QByteArray("True") << QByteArray("") << QByteArray("'True'");
        QTest::newRow("f21") << QByteArray("True") << QByteArray(">5") << QByteArray("'    1'");
        QTest::newRow("f22") << QByteArray("True") << QByteArray("d") << QByteArray("'1'");
        QTest::newRow("f23") << QByteArray("1.0") << QByteArray("") << QByteArray("'1.0'");
        QTest::newRow("f24") << QByteArray("1.0") << QByteArray(".3") << QByteArray("'1.0'");
        QTest::newRow("f25") << QByteArray("100.0") << QByteArray(".3") << QByteArray("'1e+02'");
        QTest::newRow("f26") << QByteArray("1234.5") << QByteArray(".2") << QByteArray("'1.2e+03'");
        QTest::newRow("f27") << QByteArray("1e16") << QByteArray("") << QByteArray("'1e+16'");
        QTest::newRow("f28") << QByteArray("0.0001") << QByteArray("") << QByteArray("'0.0001'");
        QTest::newRow("f29") << QByteArray("1.5") << QByteArray("#") << QByteArray("'1.5'");
        QTest::newRow("f30") << QByteArray("1.0") << QByteArray("#.3") << QByteArray("'1.00'");
        QTest::newRow("f31") << QByteArray("1.5") << QByteArray("%") << QByteArray("'150.000000%'");
        QTest::newRow("f32") << QByteArray("0.25") << QByteArray(".1%") << QByteArray("'25.0%'");
        QTest::newRow("f33") << QByteArray("1234.5678") << QByteArray(",")
                             << QByteArray("'1,234.5678'");
        QTest::newRow("f34") << QByteArray("1234.5678") << QByteArray(",.2f")
                             << QByteArray("'1,234.57'");
        QTest::newRow("f35") << QByteArray("1e20") << QByteArray(",") << QByteArray("'1e+20'");
        QTest::newRow("f36") << QByteArray("-0.0") << QByteArray("z.1f") << QByteArray("'0.0'");
        QTest::newRow("f37") << QByteArray("-0.0") << QByteArray(".1f") << QByteArray("'-0.0'");
        QTest::newRow("f38") << QByteArray("1.0") << QByteArray("n") << QByteArray("'1'");
        QTest::newRow("f39") << QByteArray("1234") << QByteArray("n") << QByteArray("'1234'");
        QTest::newRow("f40") << QByteArray("1.0") << QByteArray("e")
                             << QByteArray("'1.000000e+00'");
        QTest::newRow("f41") << QByteArray("1") << QByteArray("e") << QByteArray("'1.000000e+00'");
        QTest::newRow("f42") << QByteArray("1") << QByteArray("%") << QByteArray("'100.000000%'");
        QTest::newRow("f43") << QByteArray("3.0") << QByteArray("g") << QByteArray("'3'");
        QTest::newRow("f44") << QByteArray("3.0") << QByteArray("#g") << QByteArray("'3.00000'");
        QTest::newRow("f45") << QByteArray("1e-05") << QByteArray("g") << QByteArray("'1e-05'");
        QTest::newRow("f46") << QByteArray("123456789.0") << QByteArray("g")
                             << QByteArray("'1.23457e+08'");
        QTest::newRow("f47") << QByteArray("float('inf')") << QByteArray("F")
                             << QByteArray("'INF'");
        QTest::newRow("f48") << QByteArray("float('nan')") << QByteArray("E")
                             << QByteArray("'NAN'");
        QTest::newRow("f49") << QByteArray("float('nan')") << QByteArray("+")
                             << QByteArray("'+nan'");
        QTest::newRow("f50") << QByteArray("float('inf')") << QByteArray("010")
                             << QByteArray("'0000000inf'");
        QTest::newRow("f51") << QByteArray("1.5") << QByteArray("010.2f")
                             << QByteArray("'0000001.50'");
        QTest::newRow("f52") << QByteArray("-1.5") << QByteArray("010.2f")
                             << QByteArray("'-000001.50'");
        QTest::newRow("f53") << QByteArray("1.5") << QByteArray(" ") << QByteArray("' 1.5'");
        QTest::newRow("f54") << QByteArray("2.5") << QByteArray(".0f") << QByteArray("'2'");
        QTest::newRow("f55") << QByteArray("0.1") << QByteArray(".20f")
                             << QByteArray("'0.10000000000000000555'");
        QTest::newRow("f56") << QByteArray("1e300") << QByteArray(".2e")
                             << QByteArray("'1.00e+300'");
        QTest::newRow("f57") << QByteArray("'ab'") << QByteArray("^5") << QByteArray("' ab  '");
        QTest::newRow("f58") << QByteArray("'ab'") << QByteArray("x^6") << QByteArray("'xxabxx'");
        QTest::newRow("f59") << QByteArray("'ab'") << QByteArray(">4") << QByteArray("'  ab'");
        QTest::newRow("f60") << QByteArray("'abc'") << QByteArray(".2") << QByteArray("'ab'");
        QTest::newRow("f61") << QByteArray("'a'") << QByteArray("05") << QByteArray("'a0000'");
        QTest::newRow("f62") << QByteArray("'é'") << QByteArray("^3") << QByteArray("' é '");
        QTest::newRow("f63") << QByteArray("'ab'") << QByteArray("s") << QByteArray("'ab'");
        QTest::newRow("f64") << QByteArray("'a'") << QByteArray("+")
                             << QByteArray(
                                    "!ValueError: Sign not allowed in string format specifier");
        QTest::newRow("f65")
            << QByteArray("'a'") << QByteArray("=5")
            << QByteArray("!ValueError: '=' alignment not allowed in string format specifier");
        QTest::newRow("f66")
            << QByteArray("'a'") << QByteArray("d")
            << QByteArray("!ValueError: Unknown format code 'd' for object of type 'str'");
        QTest::newRow("f67")
            << QByteArray("1") << QByteArray(".2")
            << QByteArray("!ValueError: Precision not allowed in integer format specifier");
        QTest::newRow("f68")
            << QByteArray("1.0") << QByteArray("d")
            << QByteArray("!ValueError: Unknown format code 'd' for object of type 'float'");
        QTest::newRow("f69")
            << QByteArray("5") << QByteArray("s")
            << QByteArray("!ValueError: Unknown format code 's' for object of type 'int'");
        QTest::newRow("f70") << QByteArray("1") << QByteArray(",c")
                             << QByteArray("!ValueError: Cannot specify ',' with 'c'.");
        QTest::newRow("f71")
            << QByteArray("1") << QByteArray("5.5.5")
            << QByteArray("!ValueError: Invalid format specifier '5.5.5' for object of type 'int'");
        QTest::newRow("f72")
            << QByteArray("1") << QByteArray("x5")
            << QByteArray("!ValueError: Invalid format specifier 'x5' for object of type 'int'");
        QTest::newRow("f73") << QByteArray("None") << QByteArray("") << QByteArray("'None'");
        QTest::newRow("f74")
            << QByteArray("None") << QByteArray(">5")
            << QByteArray("!TypeError: unsupported format string passed to NoneType.__format__");
        QTest::newRow("f75") << QByteArray("[1, 2]") << QByteArray("") << QByteArray("'[1, 2]'");
        QTest::newRow("f76") << QByteArray("1") << QByteArray(",x")
                             << QByteArray("!ValueError: Cannot specify ',' with 'x'.");
        QTest::newRow("f77")
            << QByteArray("'a'") << QByteArray("#")
            << QByteArray("!ValueError: Alternate form (#) not allowed in string format specifier");
        QTest::newRow("f78") << QByteArray("1") << QByteArray("z")
                             << QByteArray(
                                    "!ValueError: Negative zero coercion (z) not allowed in "
                                    "integer format specifier");
    }
    void formatSpec() {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        QCOMPARE(
            outcome(ctx, FormatSpecFormatter::format(ctx, literal(ctx, value), spec.toStdString())),
            expected);
    }

    void python2FormatOfFloatUsesStr() {
        RuntimeContext ctx(PythonVersion::Python2);
        QCOMPARE(outcome(ctx, FormatSpecFormatter::format(ctx, Value::fromFloat(0.1 + 0.2), "")),
                 QByteArray("'0.3'"));
        QCOMPARE(outcome(ctx, FormatSpecFormatter::format(ctx, Value::fromFloat(0.1 + 0.2), ">6")),
                 QByteArray("'   0.3'"));
    }

    void strFormat_data() {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QByteArray>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("s0") << QByteArray("{} {}") << QByteArray("(1, 'a')") << QByteArray("'1 a'");
        QTest::newRow("s1") << QByteArray("{0}{1}{0}") << QByteArray("('a', 'b')")
                            << QByteArray("'aba'");
        QTest::newRow("s2")
            << QByteArray("{1}") << QByteArray("(1,)")
            << QByteArray(
                   "!IndexError: Replacement index 1 out of range for positional args tuple");
        QTest::newRow("s3")
            << QByteArray("{}") << QByteArray("()")
            << QByteArray(
                   "!IndexError: Replacement index 0 out of range for positional args tuple");
        QTest::newRow("s4") << QByteArray("{0}{}") << QByteArray("(1, 2)")
                            << QByteArray(
                                   "!ValueError: cannot switch from manual field specification to "
                                   "automatic field numbering");
        QTest::newRow("s5") << QByteArray("{}{0}") << QByteArray("(1, 2)")
                            << QByteArray(
                                   "!ValueError: cannot switch from automatic field numbering to "
                                   "manual field specification");
        QTest::newRow("s6") << QByteArray("{{}} {}") << QByteArray("(1,)") << QByteArray("'{} 1'");
        QTest::newRow("s7") << QByteArray("{!r}") << QByteArray("('a',)") << QByteArray("\"'a'\"");
        QTest::newRow("s8") << QByteArray("{0!s:>5}") << QByteArray("(1.5,)")
                            << QByteArray("'  1.5'");
        QTest::newRow("s9") << QByteArray("{:{}}") << QByteArray("('a', 3)") << QByteArray("'a  '");
        QTest::newRow("s10") << QByteArray("{:>{w}}") << QByteArray("(1,)") << QByteArray("'   1'");
        QTest::newRow("s11") << QByteArray("{0[1]}") << QByteArray("([5, 6],)")
                             << QByteArray("'6'");
        QTest::newRow("s12") << QByteArray("{0[a]}") << QByteArray("({'a': 'x'},)")
                             << QByteArray("'x'");
        QTest::newRow("s13") << QByteArray("{0[b]}") << QByteArray("({'a': 'x'},)")
                             << QByteArray("!KeyError: 'b'");
        QTest::newRow("s14") << QByteArray("}") << QByteArray("()")
                             << QByteArray("!ValueError: Single '}' encountered in format string");
        QTest::newRow("s15") << QByteArray("{") << QByteArray("()")
                             << QByteArray("!ValueError: Single '{' encountered in format string");
        QTest::newRow("s16") << QByteArray("{0") << QByteArray("(1,)")
                             << QByteArray("!ValueError: expected '}' before end of string");
        QTest::newRow("s17")
            << QByteArray("{:d}") << QByteArray("('a',)")
            << QByteArray("!ValueError: Unknown format code 'd' for object of type 'str'");
        QTest::newRow("s18") << QByteArray("{0:.{1}f}") << QByteArray("(3.14159, 2)")
                             << QByteArray("'3.14'");
        QTest::newRow("s19") << QByteArray("{!x}") << QByteArray("(1,)")
                             << QByteArray("!ValueError: Unknown conversion specifier x");
        QTest::newRow("s20") << QByteArray("{:,}") << QByteArray("(1234567,)")
                             << QByteArray("'1,234,567'");
        QTest::newRow("s21") << QByteArray("{0}{0}") << QByteArray("([1],)")
                             << QByteArray("'[1][1]'");
        QTest::newRow("s22") << QByteArray("a{}b{}c") << QByteArray("(1, 2)")
                             << QByteArray("'a1b2c'");
        QTest::newRow("s23") << QByteArray("{:5}|{:<5}|") << QByteArray("('a', 1)")
                             << QByteArray("'a    |1    |'");
        QTest::newRow("s24") << QByteArray("{:^9.3f}") << QByteArray("(3.14159,)")
                             << QByteArray("'  3.142  '");
        QTest::newRow("s25") << QByteArray("{0!r:^10}") << QByteArray("('ab',)")
                             << QByteArray("\"   'ab'   \"");
    }
    void strFormat() {
        QFETCH(QByteArray, format);
        QFETCH(QByteArray, args);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        Value tuple = literal(ctx, args);
        KeywordArg width{"w", Value::fromInt(4)};
        CallArgs call{tuple.as<TupleObject>()->items(), std::span<const KeywordArg>(&width, 1)};
        QCOMPARE(outcome(ctx, StrFormatter::format(ctx, format.toStdString(), call)), expected);
    }

    void fStringField() {
        RuntimeContext ctx(PythonVersion::Python3);
        std::string out;
        QVERIFY(StrFormatter::formatField(ctx, ctx.newStr("x"), 'r', ">5", out));
        QVERIFY(StrFormatter::formatField(ctx, Value::fromFloat(2.0 / 3.0), 0, ".3f", out));
        QCOMPARE(out, std::string("  'x'0.667"));
    }
};

QTEST_APPLESS_MAIN(RuntimeTextTest)
#include "test_RuntimeText.moc"
