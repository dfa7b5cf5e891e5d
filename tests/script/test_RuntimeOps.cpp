// Operators of the runtime against CPython 3.11: arithmetic with int/float/bool/str/list/set,
// int overflow, comparisons, `in`, unary operators, indexing and slicing. The expected values
// were produced by running each expression under python3; Python 2 rows are written by hand.
#include <QtTest>

#include "RuntimeTestSupport.h"

#include "script/runtime/Arithmetic.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/Indexing.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/LiteralReader.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/TextConversion.h"

using namespace ts::script;
using ts::script::test::literal;
using ts::script::test::outcome;

namespace {

Value binary(RuntimeContext& ctx, const QByteArray& op, const Value& a, const Value& b) {
    static const std::pair<const char*, BinaryOp> ops[] = {
        {"+", BinaryOp::Add},        {"-", BinaryOp::Subtract},     {"*", BinaryOp::Multiply},
        {"/", BinaryOp::TrueDivide}, {"//", BinaryOp::FloorDivide}, {"%", BinaryOp::Modulo},
        {"**", BinaryOp::Power},     {"<<", BinaryOp::LeftShift},   {">>", BinaryOp::RightShift},
        {"&", BinaryOp::BitAnd},     {"|", BinaryOp::BitOr},        {"^", BinaryOp::BitXor},
    };
    if (op == "+") return Arithmetic::add(ctx, a, b);
    if (op == "-") return Arithmetic::subtract(ctx, a, b);
    if (op == "*") return Arithmetic::multiply(ctx, a, b);
    for (const auto& [symbol, code] : ops) {
        if (op == symbol) return Arithmetic::binary(ctx, code, a, b);
    }
    return Value::error();
}

CompareOp compareOp(const QByteArray& op) {
    if (op == "<") return CompareOp::Lt;
    if (op == "<=") return CompareOp::Le;
    if (op == "==") return CompareOp::Eq;
    if (op == "!=") return CompareOp::Ne;
    if (op == ">") return CompareOp::Gt;
    return CompareOp::Ge;
}

}  // namespace

class RuntimeOpsTest : public QObject {
    Q_OBJECT

  private slots:
    void binary_data() {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("op");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("b0 7 + 2") << QByteArray("7") << QByteArray("+") << QByteArray("2")
                                  << QByteArray("9");
        QTest::newRow("b1 7 - 2") << QByteArray("7") << QByteArray("-") << QByteArray("2")
                                  << QByteArray("5");
        QTest::newRow("b2 7 * 2") << QByteArray("7") << QByteArray("*") << QByteArray("2")
                                  << QByteArray("14");
        QTest::newRow("b3 7 / 2") << QByteArray("7") << QByteArray("/") << QByteArray("2")
                                  << QByteArray("3.5");
        QTest::newRow("b4 7 // 2")
            << QByteArray("7") << QByteArray("//") << QByteArray("2") << QByteArray("3");
        QTest::newRow("b5 7 % 2") << QByteArray("7") << QByteArray("%") << QByteArray("2")
                                  << QByteArray("1");
        QTest::newRow("b6 7 ** 2")
            << QByteArray("7") << QByteArray("**") << QByteArray("2") << QByteArray("49");
        QTest::newRow("b7 7 << 2")
            << QByteArray("7") << QByteArray("<<") << QByteArray("2") << QByteArray("28");
        QTest::newRow("b8 7 >> 2")
            << QByteArray("7") << QByteArray(">>") << QByteArray("2") << QByteArray("1");
        QTest::newRow("b9 7 & 2") << QByteArray("7") << QByteArray("&") << QByteArray("2")
                                  << QByteArray("2");
        QTest::newRow("b10 7 | 2")
            << QByteArray("7") << QByteArray("|") << QByteArray("2") << QByteArray("7");
        QTest::newRow("b11 7 ^ 2")
            << QByteArray("7") << QByteArray("^") << QByteArray("2") << QByteArray("5");
        QTest::newRow("b12 7 + -3")
            << QByteArray("7") << QByteArray("+") << QByteArray("-3") << QByteArray("4");
        QTest::newRow("b13 7 - -3")
            << QByteArray("7") << QByteArray("-") << QByteArray("-3") << QByteArray("10");
        QTest::newRow("b14 7 * -3")
            << QByteArray("7") << QByteArray("*") << QByteArray("-3") << QByteArray("-21");
        QTest::newRow("b15 7 / -3") << QByteArray("7") << QByteArray("/") << QByteArray("-3")
                                    << QByteArray("-2.3333333333333335");
        QTest::newRow("b16 7 // -3")
            << QByteArray("7") << QByteArray("//") << QByteArray("-3") << QByteArray("-3");
        QTest::newRow("b17 7 % -3")
            << QByteArray("7") << QByteArray("%") << QByteArray("-3") << QByteArray("-2");
        QTest::newRow("b18 7 ** -3") << QByteArray("7") << QByteArray("**") << QByteArray("-3")
                                     << QByteArray("0.0029154518950437317");
        QTest::newRow("b19 7 << -3") << QByteArray("7") << QByteArray("<<") << QByteArray("-3")
                                     << QByteArray("!ValueError: negative shift count");
        QTest::newRow("b20 7 >> -3") << QByteArray("7") << QByteArray(">>") << QByteArray("-3")
                                     << QByteArray("!ValueError: negative shift count");
        QTest::newRow("b21 7 & -3")
            << QByteArray("7") << QByteArray("&") << QByteArray("-3") << QByteArray("5");
        QTest::newRow("b22 7 | -3")
            << QByteArray("7") << QByteArray("|") << QByteArray("-3") << QByteArray("-1");
        QTest::newRow("b23 7 ^ -3")
            << QByteArray("7") << QByteArray("^") << QByteArray("-3") << QByteArray("-6");
        QTest::newRow("b24 7 + 0")
            << QByteArray("7") << QByteArray("+") << QByteArray("0") << QByteArray("7");
        QTest::newRow("b25 7 - 0")
            << QByteArray("7") << QByteArray("-") << QByteArray("0") << QByteArray("7");
        QTest::newRow("b26 7 * 0")
            << QByteArray("7") << QByteArray("*") << QByteArray("0") << QByteArray("0");
        QTest::newRow("b27 7 / 0") << QByteArray("7") << QByteArray("/") << QByteArray("0")
                                   << QByteArray("!ZeroDivisionError: division by zero");
        QTest::newRow("b28 7 // 0")
            << QByteArray("7") << QByteArray("//") << QByteArray("0")
            << QByteArray("!ZeroDivisionError: integer division or modulo by zero");
        QTest::newRow("b29 7 % 0") << QByteArray("7") << QByteArray("%") << QByteArray("0")
                                   << QByteArray("!ZeroDivisionError: integer modulo by zero");
        QTest::newRow("b30 7 ** 0")
            << QByteArray("7") << QByteArray("**") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b31 7 << 0")
            << QByteArray("7") << QByteArray("<<") << QByteArray("0") << QByteArray("7");
        QTest::newRow("b32 7 >> 0")
            << QByteArray("7") << QByteArray(">>") << QByteArray("0") << QByteArray("7");
        QTest::newRow("b33 7 & 0")
            << QByteArray("7") << QByteArray("&") << QByteArray("0") << QByteArray("0");
        QTest::newRow("b34 7 | 0")
            << QByteArray("7") << QByteArray("|") << QByteArray("0") << QByteArray("7");
        QTest::newRow("b35 7 ^ 0")
            << QByteArray("7") << QByteArray("^") << QByteArray("0") << QByteArray("7");
        QTest::newRow("b36 7 + True")
            << QByteArray("7") << QByteArray("+") << QByteArray("True") << QByteArray("8");
        QTest::newRow("b37 7 - True")
            << QByteArray("7") << QByteArray("-") << QByteArray("True") << QByteArray("6");
        QTest::newRow("b38 7 * True")
            << QByteArray("7") << QByteArray("*") << QByteArray("True") << QByteArray("7");
        QTest::newRow("b39 7 / True")
            << QByteArray("7") << QByteArray("/") << QByteArray("True") << QByteArray("7.0");
        QTest::newRow("b40 7 // True")
            << QByteArray("7") << QByteArray("//") << QByteArray("True") << QByteArray("7");
        QTest::newRow("b41 7 % True")
            << QByteArray("7") << QByteArray("%") << QByteArray("True") << QByteArray("0");
        QTest::newRow("b42 7 ** True")
            << QByteArray("7") << QByteArray("**") << QByteArray("True") << QByteArray("7");
        QTest::newRow("b43 7 << True")
            << QByteArray("7") << QByteArray("<<") << QByteArray("True") << QByteArray("14");
        QTest::newRow("b44 7 >> True")
            << QByteArray("7") << QByteArray(">>") << QByteArray("True") << QByteArray("3");
        QTest::newRow("b45 7 & True")
            << QByteArray("7") << QByteArray("&") << QByteArray("True") << QByteArray("1");
        QTest::newRow("b46 7 | True")
            << QByteArray("7") << QByteArray("|") << QByteArray("True") << QByteArray("7");
        QTest::newRow("b47 7 ^ True")
            << QByteArray("7") << QByteArray("^") << QByteArray("True") << QByteArray("6");
        QTest::newRow("b48 7 + 1.5")
            << QByteArray("7") << QByteArray("+") << QByteArray("1.5") << QByteArray("8.5");
        QTest::newRow("b49 7 - 1.5")
            << QByteArray("7") << QByteArray("-") << QByteArray("1.5") << QByteArray("5.5");
        QTest::newRow("b50 7 * 1.5")
            << QByteArray("7") << QByteArray("*") << QByteArray("1.5") << QByteArray("10.5");
        QTest::newRow("b51 7 / 1.5") << QByteArray("7") << QByteArray("/") << QByteArray("1.5")
                                     << QByteArray("4.666666666666667");
        QTest::newRow("b52 7 // 1.5")
            << QByteArray("7") << QByteArray("//") << QByteArray("1.5") << QByteArray("4.0");
        QTest::newRow("b53 7 % 1.5")
            << QByteArray("7") << QByteArray("%") << QByteArray("1.5") << QByteArray("1.0");
        QTest::newRow("b54 7 ** 1.5") << QByteArray("7") << QByteArray("**") << QByteArray("1.5")
                                      << QByteArray("18.520259177452136");
        QTest::newRow("b55 7 << 1.5")
            << QByteArray("7") << QByteArray("<<") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'int' and 'float'");
        QTest::newRow("b56 7 >> 1.5")
            << QByteArray("7") << QByteArray(">>") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'int' and 'float'");
        QTest::newRow("b57 7 & 1.5")
            << QByteArray("7") << QByteArray("&") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'int' and 'float'");
        QTest::newRow("b58 7 | 1.5")
            << QByteArray("7") << QByteArray("|") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'int' and 'float'");
        QTest::newRow("b59 7 ^ 1.5")
            << QByteArray("7") << QByteArray("^") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'int' and 'float'");
        QTest::newRow("b60 7 + 0.0")
            << QByteArray("7") << QByteArray("+") << QByteArray("0.0") << QByteArray("7.0");
        QTest::newRow("b61 7 - 0.0")
            << QByteArray("7") << QByteArray("-") << QByteArray("0.0") << QByteArray("7.0");
        QTest::newRow("b62 7 * 0.0")
            << QByteArray("7") << QByteArray("*") << QByteArray("0.0") << QByteArray("0.0");
        QTest::newRow("b63 7 / 0.0") << QByteArray("7") << QByteArray("/") << QByteArray("0.0")
                                     << QByteArray("!ZeroDivisionError: float division by zero");
        QTest::newRow("b64 7 // 0.0")
            << QByteArray("7") << QByteArray("//") << QByteArray("0.0")
            << QByteArray("!ZeroDivisionError: float floor division by zero");
        QTest::newRow("b65 7 % 0.0") << QByteArray("7") << QByteArray("%") << QByteArray("0.0")
                                     << QByteArray("!ZeroDivisionError: float modulo");
        QTest::newRow("b66 7 ** 0.0")
            << QByteArray("7") << QByteArray("**") << QByteArray("0.0") << QByteArray("1.0");
        QTest::newRow("b67 7 << 0.0")
            << QByteArray("7") << QByteArray("<<") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'int' and 'float'");
        QTest::newRow("b68 7 >> 0.0")
            << QByteArray("7") << QByteArray(">>") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'int' and 'float'");
        QTest::newRow("b69 7 & 0.0")
            << QByteArray("7") << QByteArray("&") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'int' and 'float'");
        QTest::newRow("b70 7 | 0.0")
            << QByteArray("7") << QByteArray("|") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'int' and 'float'");
        QTest::newRow("b71 7 ^ 0.0")
            << QByteArray("7") << QByteArray("^") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'int' and 'float'");
        QTest::newRow("b72 -7 + 2")
            << QByteArray("-7") << QByteArray("+") << QByteArray("2") << QByteArray("-5");
        QTest::newRow("b73 -7 - 2")
            << QByteArray("-7") << QByteArray("-") << QByteArray("2") << QByteArray("-9");
        QTest::newRow("b74 -7 * 2")
            << QByteArray("-7") << QByteArray("*") << QByteArray("2") << QByteArray("-14");
        QTest::newRow("b75 -7 / 2")
            << QByteArray("-7") << QByteArray("/") << QByteArray("2") << QByteArray("-3.5");
        QTest::newRow("b76 -7 // 2")
            << QByteArray("-7") << QByteArray("//") << QByteArray("2") << QByteArray("-4");
        QTest::newRow("b77 -7 % 2")
            << QByteArray("-7") << QByteArray("%") << QByteArray("2") << QByteArray("1");
        QTest::newRow("b78 -7 ** 2")
            << QByteArray("-7") << QByteArray("**") << QByteArray("2") << QByteArray("49");
        QTest::newRow("b79 -7 << 2")
            << QByteArray("-7") << QByteArray("<<") << QByteArray("2") << QByteArray("-28");
        QTest::newRow("b80 -7 >> 2")
            << QByteArray("-7") << QByteArray(">>") << QByteArray("2") << QByteArray("-2");
        QTest::newRow("b81 -7 & 2")
            << QByteArray("-7") << QByteArray("&") << QByteArray("2") << QByteArray("0");
        QTest::newRow("b82 -7 | 2")
            << QByteArray("-7") << QByteArray("|") << QByteArray("2") << QByteArray("-5");
        QTest::newRow("b83 -7 ^ 2")
            << QByteArray("-7") << QByteArray("^") << QByteArray("2") << QByteArray("-5");
        QTest::newRow("b84 -7 + -3")
            << QByteArray("-7") << QByteArray("+") << QByteArray("-3") << QByteArray("-10");
        QTest::newRow("b85 -7 - -3")
            << QByteArray("-7") << QByteArray("-") << QByteArray("-3") << QByteArray("-4");
        QTest::newRow("b86 -7 * -3")
            << QByteArray("-7") << QByteArray("*") << QByteArray("-3") << QByteArray("21");
        QTest::newRow("b87 -7 / -3") << QByteArray("-7") << QByteArray("/") << QByteArray("-3")
                                     << QByteArray("2.3333333333333335");
        QTest::newRow("b88 -7 // -3")
            << QByteArray("-7") << QByteArray("//") << QByteArray("-3") << QByteArray("2");
        QTest::newRow("b89 -7 % -3")
            << QByteArray("-7") << QByteArray("%") << QByteArray("-3") << QByteArray("-1");
        QTest::newRow("b90 -7 ** -3") << QByteArray("-7") << QByteArray("**") << QByteArray("-3")
                                      << QByteArray("-0.0029154518950437317");
        QTest::newRow("b91 -7 << -3") << QByteArray("-7") << QByteArray("<<") << QByteArray("-3")
                                      << QByteArray("!ValueError: negative shift count");
        QTest::newRow("b92 -7 >> -3") << QByteArray("-7") << QByteArray(">>") << QByteArray("-3")
                                      << QByteArray("!ValueError: negative shift count");
        QTest::newRow("b93 -7 & -3")
            << QByteArray("-7") << QByteArray("&") << QByteArray("-3") << QByteArray("-7");
        QTest::newRow("b94 -7 | -3")
            << QByteArray("-7") << QByteArray("|") << QByteArray("-3") << QByteArray("-3");
        QTest::newRow("b95 -7 ^ -3")
            << QByteArray("-7") << QByteArray("^") << QByteArray("-3") << QByteArray("4");
        QTest::newRow("b96 -7 + 0")
            << QByteArray("-7") << QByteArray("+") << QByteArray("0") << QByteArray("-7");
        QTest::newRow("b97 -7 - 0")
            << QByteArray("-7") << QByteArray("-") << QByteArray("0") << QByteArray("-7");
        QTest::newRow("b98 -7 * 0")
            << QByteArray("-7") << QByteArray("*") << QByteArray("0") << QByteArray("0");
        QTest::newRow("b99 -7 / 0") << QByteArray("-7") << QByteArray("/") << QByteArray("0")
                                    << QByteArray("!ZeroDivisionError: division by zero");
        QTest::newRow("b100 -7 // 0")
            << QByteArray("-7") << QByteArray("//") << QByteArray("0")
            << QByteArray("!ZeroDivisionError: integer division or modulo by zero");
        QTest::newRow("b101 -7 % 0") << QByteArray("-7") << QByteArray("%") << QByteArray("0")
                                     << QByteArray("!ZeroDivisionError: integer modulo by zero");
        QTest::newRow("b102 -7 ** 0")
            << QByteArray("-7") << QByteArray("**") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b103 -7 << 0")
            << QByteArray("-7") << QByteArray("<<") << QByteArray("0") << QByteArray("-7");
        QTest::newRow("b104 -7 >> 0")
            << QByteArray("-7") << QByteArray(">>") << QByteArray("0") << QByteArray("-7");
        QTest::newRow("b105 -7 & 0")
            << QByteArray("-7") << QByteArray("&") << QByteArray("0") << QByteArray("0");
        QTest::newRow("b106 -7 | 0")
            << QByteArray("-7") << QByteArray("|") << QByteArray("0") << QByteArray("-7");
        QTest::newRow("b107 -7 ^ 0")
            << QByteArray("-7") << QByteArray("^") << QByteArray("0") << QByteArray("-7");
        QTest::newRow("b108 -7 + True")
            << QByteArray("-7") << QByteArray("+") << QByteArray("True") << QByteArray("-6");
        QTest::newRow("b109 -7 - True")
            << QByteArray("-7") << QByteArray("-") << QByteArray("True") << QByteArray("-8");
        QTest::newRow("b110 -7 * True")
            << QByteArray("-7") << QByteArray("*") << QByteArray("True") << QByteArray("-7");
        QTest::newRow("b111 -7 / True")
            << QByteArray("-7") << QByteArray("/") << QByteArray("True") << QByteArray("-7.0");
        QTest::newRow("b112 -7 // True")
            << QByteArray("-7") << QByteArray("//") << QByteArray("True") << QByteArray("-7");
        QTest::newRow("b113 -7 % True")
            << QByteArray("-7") << QByteArray("%") << QByteArray("True") << QByteArray("0");
        QTest::newRow("b114 -7 ** True")
            << QByteArray("-7") << QByteArray("**") << QByteArray("True") << QByteArray("-7");
        QTest::newRow("b115 -7 << True")
            << QByteArray("-7") << QByteArray("<<") << QByteArray("True") << QByteArray("-14");
        QTest::newRow("b116 -7 >> True")
            << QByteArray("-7") << QByteArray(">>") << QByteArray("True") << QByteArray("-4");
        QTest::newRow("b117 -7 & True")
            << QByteArray("-7") << QByteArray("&") << QByteArray("True") << QByteArray("1");
        QTest::newRow("b118 -7 | True")
            << QByteArray("-7") << QByteArray("|") << QByteArray("True") << QByteArray("-7");
        QTest::newRow("b119 -7 ^ True")
            << QByteArray("-7") << QByteArray("^") << QByteArray("True") << QByteArray("-8");
        QTest::newRow("b120 -7 + 1.5")
            << QByteArray("-7") << QByteArray("+") << QByteArray("1.5") << QByteArray("-5.5");
        QTest::newRow("b121 -7 - 1.5")
            << QByteArray("-7") << QByteArray("-") << QByteArray("1.5") << QByteArray("-8.5");
        QTest::newRow("b122 -7 * 1.5")
            << QByteArray("-7") << QByteArray("*") << QByteArray("1.5") << QByteArray("-10.5");
        QTest::newRow("b123 -7 / 1.5") << QByteArray("-7") << QByteArray("/") << QByteArray("1.5")
                                       << QByteArray("-4.666666666666667");
        QTest::newRow("b124 -7 // 1.5")
            << QByteArray("-7") << QByteArray("//") << QByteArray("1.5") << QByteArray("-5.0");
        QTest::newRow("b125 -7 % 1.5")
            << QByteArray("-7") << QByteArray("%") << QByteArray("1.5") << QByteArray("0.5");
        QTest::newRow("b127 -7 << 1.5")
            << QByteArray("-7") << QByteArray("<<") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'int' and 'float'");
        QTest::newRow("b128 -7 >> 1.5")
            << QByteArray("-7") << QByteArray(">>") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'int' and 'float'");
        QTest::newRow("b129 -7 & 1.5")
            << QByteArray("-7") << QByteArray("&") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'int' and 'float'");
        QTest::newRow("b130 -7 | 1.5")
            << QByteArray("-7") << QByteArray("|") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'int' and 'float'");
        QTest::newRow("b131 -7 ^ 1.5")
            << QByteArray("-7") << QByteArray("^") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'int' and 'float'");
        QTest::newRow("b132 -7 + 0.0")
            << QByteArray("-7") << QByteArray("+") << QByteArray("0.0") << QByteArray("-7.0");
        QTest::newRow("b133 -7 - 0.0")
            << QByteArray("-7") << QByteArray("-") << QByteArray("0.0") << QByteArray("-7.0");
        QTest::newRow("b134 -7 * 0.0")
            << QByteArray("-7") << QByteArray("*") << QByteArray("0.0") << QByteArray("-0.0");
        QTest::newRow("b135 -7 / 0.0") << QByteArray("-7") << QByteArray("/") << QByteArray("0.0")
                                       << QByteArray("!ZeroDivisionError: float division by zero");
        QTest::newRow("b136 -7 // 0.0")
            << QByteArray("-7") << QByteArray("//") << QByteArray("0.0")
            << QByteArray("!ZeroDivisionError: float floor division by zero");
        QTest::newRow("b137 -7 % 0.0") << QByteArray("-7") << QByteArray("%") << QByteArray("0.0")
                                       << QByteArray("!ZeroDivisionError: float modulo");
        QTest::newRow("b138 -7 ** 0.0")
            << QByteArray("-7") << QByteArray("**") << QByteArray("0.0") << QByteArray("1.0");
        QTest::newRow("b139 -7 << 0.0")
            << QByteArray("-7") << QByteArray("<<") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'int' and 'float'");
        QTest::newRow("b140 -7 >> 0.0")
            << QByteArray("-7") << QByteArray(">>") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'int' and 'float'");
        QTest::newRow("b141 -7 & 0.0")
            << QByteArray("-7") << QByteArray("&") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'int' and 'float'");
        QTest::newRow("b142 -7 | 0.0")
            << QByteArray("-7") << QByteArray("|") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'int' and 'float'");
        QTest::newRow("b143 -7 ^ 0.0")
            << QByteArray("-7") << QByteArray("^") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'int' and 'float'");
        QTest::newRow("b144 True + 2")
            << QByteArray("True") << QByteArray("+") << QByteArray("2") << QByteArray("3");
        QTest::newRow("b145 True - 2")
            << QByteArray("True") << QByteArray("-") << QByteArray("2") << QByteArray("-1");
        QTest::newRow("b146 True * 2")
            << QByteArray("True") << QByteArray("*") << QByteArray("2") << QByteArray("2");
        QTest::newRow("b147 True / 2")
            << QByteArray("True") << QByteArray("/") << QByteArray("2") << QByteArray("0.5");
        QTest::newRow("b148 True // 2")
            << QByteArray("True") << QByteArray("//") << QByteArray("2") << QByteArray("0");
        QTest::newRow("b149 True % 2")
            << QByteArray("True") << QByteArray("%") << QByteArray("2") << QByteArray("1");
        QTest::newRow("b150 True ** 2")
            << QByteArray("True") << QByteArray("**") << QByteArray("2") << QByteArray("1");
        QTest::newRow("b151 True << 2")
            << QByteArray("True") << QByteArray("<<") << QByteArray("2") << QByteArray("4");
        QTest::newRow("b152 True >> 2")
            << QByteArray("True") << QByteArray(">>") << QByteArray("2") << QByteArray("0");
        QTest::newRow("b153 True & 2")
            << QByteArray("True") << QByteArray("&") << QByteArray("2") << QByteArray("0");
        QTest::newRow("b154 True | 2")
            << QByteArray("True") << QByteArray("|") << QByteArray("2") << QByteArray("3");
        QTest::newRow("b155 True ^ 2")
            << QByteArray("True") << QByteArray("^") << QByteArray("2") << QByteArray("3");
        QTest::newRow("b156 True + -3")
            << QByteArray("True") << QByteArray("+") << QByteArray("-3") << QByteArray("-2");
        QTest::newRow("b157 True - -3")
            << QByteArray("True") << QByteArray("-") << QByteArray("-3") << QByteArray("4");
        QTest::newRow("b158 True * -3")
            << QByteArray("True") << QByteArray("*") << QByteArray("-3") << QByteArray("-3");
        QTest::newRow("b159 True / -3") << QByteArray("True") << QByteArray("/") << QByteArray("-3")
                                        << QByteArray("-0.3333333333333333");
        QTest::newRow("b160 True // -3")
            << QByteArray("True") << QByteArray("//") << QByteArray("-3") << QByteArray("-1");
        QTest::newRow("b161 True % -3")
            << QByteArray("True") << QByteArray("%") << QByteArray("-3") << QByteArray("-2");
        QTest::newRow("b162 True ** -3")
            << QByteArray("True") << QByteArray("**") << QByteArray("-3") << QByteArray("1.0");
        QTest::newRow("b163 True << -3")
            << QByteArray("True") << QByteArray("<<") << QByteArray("-3")
            << QByteArray("!ValueError: negative shift count");
        QTest::newRow("b164 True >> -3")
            << QByteArray("True") << QByteArray(">>") << QByteArray("-3")
            << QByteArray("!ValueError: negative shift count");
        QTest::newRow("b165 True & -3")
            << QByteArray("True") << QByteArray("&") << QByteArray("-3") << QByteArray("1");
        QTest::newRow("b166 True | -3")
            << QByteArray("True") << QByteArray("|") << QByteArray("-3") << QByteArray("-3");
        QTest::newRow("b167 True ^ -3")
            << QByteArray("True") << QByteArray("^") << QByteArray("-3") << QByteArray("-4");
        QTest::newRow("b168 True + 0")
            << QByteArray("True") << QByteArray("+") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b169 True - 0")
            << QByteArray("True") << QByteArray("-") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b170 True * 0")
            << QByteArray("True") << QByteArray("*") << QByteArray("0") << QByteArray("0");
        QTest::newRow("b171 True / 0") << QByteArray("True") << QByteArray("/") << QByteArray("0")
                                       << QByteArray("!ZeroDivisionError: division by zero");
        QTest::newRow("b172 True // 0")
            << QByteArray("True") << QByteArray("//") << QByteArray("0")
            << QByteArray("!ZeroDivisionError: integer division or modulo by zero");
        QTest::newRow("b173 True % 0") << QByteArray("True") << QByteArray("%") << QByteArray("0")
                                       << QByteArray("!ZeroDivisionError: integer modulo by zero");
        QTest::newRow("b174 True ** 0")
            << QByteArray("True") << QByteArray("**") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b175 True << 0")
            << QByteArray("True") << QByteArray("<<") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b176 True >> 0")
            << QByteArray("True") << QByteArray(">>") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b177 True & 0")
            << QByteArray("True") << QByteArray("&") << QByteArray("0") << QByteArray("0");
        QTest::newRow("b178 True | 0")
            << QByteArray("True") << QByteArray("|") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b179 True ^ 0")
            << QByteArray("True") << QByteArray("^") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b180 True + True")
            << QByteArray("True") << QByteArray("+") << QByteArray("True") << QByteArray("2");
        QTest::newRow("b181 True - True")
            << QByteArray("True") << QByteArray("-") << QByteArray("True") << QByteArray("0");
        QTest::newRow("b182 True * True")
            << QByteArray("True") << QByteArray("*") << QByteArray("True") << QByteArray("1");
        QTest::newRow("b183 True / True")
            << QByteArray("True") << QByteArray("/") << QByteArray("True") << QByteArray("1.0");
        QTest::newRow("b184 True // True")
            << QByteArray("True") << QByteArray("//") << QByteArray("True") << QByteArray("1");
        QTest::newRow("b185 True % True")
            << QByteArray("True") << QByteArray("%") << QByteArray("True") << QByteArray("0");
        QTest::newRow("b186 True ** True")
            << QByteArray("True") << QByteArray("**") << QByteArray("True") << QByteArray("1");
        QTest::newRow("b187 True << True")
            << QByteArray("True") << QByteArray("<<") << QByteArray("True") << QByteArray("2");
        QTest::newRow("b188 True >> True")
            << QByteArray("True") << QByteArray(">>") << QByteArray("True") << QByteArray("0");
        QTest::newRow("b189 True & True")
            << QByteArray("True") << QByteArray("&") << QByteArray("True") << QByteArray("True");
        QTest::newRow("b190 True | True")
            << QByteArray("True") << QByteArray("|") << QByteArray("True") << QByteArray("True");
        QTest::newRow("b191 True ^ True")
            << QByteArray("True") << QByteArray("^") << QByteArray("True") << QByteArray("False");
        QTest::newRow("b192 True + 1.5")
            << QByteArray("True") << QByteArray("+") << QByteArray("1.5") << QByteArray("2.5");
        QTest::newRow("b193 True - 1.5")
            << QByteArray("True") << QByteArray("-") << QByteArray("1.5") << QByteArray("-0.5");
        QTest::newRow("b194 True * 1.5")
            << QByteArray("True") << QByteArray("*") << QByteArray("1.5") << QByteArray("1.5");
        QTest::newRow("b195 True / 1.5") << QByteArray("True") << QByteArray("/")
                                         << QByteArray("1.5") << QByteArray("0.6666666666666666");
        QTest::newRow("b196 True // 1.5")
            << QByteArray("True") << QByteArray("//") << QByteArray("1.5") << QByteArray("0.0");
        QTest::newRow("b197 True % 1.5")
            << QByteArray("True") << QByteArray("%") << QByteArray("1.5") << QByteArray("1.0");
        QTest::newRow("b198 True ** 1.5")
            << QByteArray("True") << QByteArray("**") << QByteArray("1.5") << QByteArray("1.0");
        QTest::newRow("b199 True << 1.5")
            << QByteArray("True") << QByteArray("<<") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'bool' and 'float'");
        QTest::newRow("b200 True >> 1.5")
            << QByteArray("True") << QByteArray(">>") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'bool' and 'float'");
        QTest::newRow("b201 True & 1.5")
            << QByteArray("True") << QByteArray("&") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'bool' and 'float'");
        QTest::newRow("b202 True | 1.5")
            << QByteArray("True") << QByteArray("|") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'bool' and 'float'");
        QTest::newRow("b203 True ^ 1.5")
            << QByteArray("True") << QByteArray("^") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'bool' and 'float'");
        QTest::newRow("b204 True + 0.0")
            << QByteArray("True") << QByteArray("+") << QByteArray("0.0") << QByteArray("1.0");
        QTest::newRow("b205 True - 0.0")
            << QByteArray("True") << QByteArray("-") << QByteArray("0.0") << QByteArray("1.0");
        QTest::newRow("b206 True * 0.0")
            << QByteArray("True") << QByteArray("*") << QByteArray("0.0") << QByteArray("0.0");
        QTest::newRow("b207 True / 0.0")
            << QByteArray("True") << QByteArray("/") << QByteArray("0.0")
            << QByteArray("!ZeroDivisionError: float division by zero");
        QTest::newRow("b208 True // 0.0")
            << QByteArray("True") << QByteArray("//") << QByteArray("0.0")
            << QByteArray("!ZeroDivisionError: float floor division by zero");
        QTest::newRow("b209 True % 0.0")
            << QByteArray("True") << QByteArray("%") << QByteArray("0.0")
            << QByteArray("!ZeroDivisionError: float modulo");
        QTest::newRow("b210 True ** 0.0")
            << QByteArray("True") << QByteArray("**") << QByteArray("0.0") << QByteArray("1.0");
        QTest::newRow("b211 True << 0.0")
            << QByteArray("True") << QByteArray("<<") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'bool' and 'float'");
        QTest::newRow("b212 True >> 0.0")
            << QByteArray("True") << QByteArray(">>") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'bool' and 'float'");
        QTest::newRow("b213 True & 0.0")
            << QByteArray("True") << QByteArray("&") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'bool' and 'float'");
        QTest::newRow("b214 True | 0.0")
            << QByteArray("True") << QByteArray("|") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'bool' and 'float'");
        QTest::newRow("b215 True ^ 0.0")
            << QByteArray("True") << QByteArray("^") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'bool' and 'float'");
        QTest::newRow("b216 2.5 + 2")
            << QByteArray("2.5") << QByteArray("+") << QByteArray("2") << QByteArray("4.5");
        QTest::newRow("b217 2.5 - 2")
            << QByteArray("2.5") << QByteArray("-") << QByteArray("2") << QByteArray("0.5");
        QTest::newRow("b218 2.5 * 2")
            << QByteArray("2.5") << QByteArray("*") << QByteArray("2") << QByteArray("5.0");
        QTest::newRow("b219 2.5 / 2")
            << QByteArray("2.5") << QByteArray("/") << QByteArray("2") << QByteArray("1.25");
        QTest::newRow("b220 2.5 // 2")
            << QByteArray("2.5") << QByteArray("//") << QByteArray("2") << QByteArray("1.0");
        QTest::newRow("b221 2.5 % 2")
            << QByteArray("2.5") << QByteArray("%") << QByteArray("2") << QByteArray("0.5");
        QTest::newRow("b222 2.5 ** 2")
            << QByteArray("2.5") << QByteArray("**") << QByteArray("2") << QByteArray("6.25");
        QTest::newRow("b223 2.5 << 2")
            << QByteArray("2.5") << QByteArray("<<") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
        QTest::newRow("b224 2.5 >> 2")
            << QByteArray("2.5") << QByteArray(">>") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'int'");
        QTest::newRow("b225 2.5 & 2")
            << QByteArray("2.5") << QByteArray("&") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'int'");
        QTest::newRow("b226 2.5 | 2")
            << QByteArray("2.5") << QByteArray("|") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'int'");
        QTest::newRow("b227 2.5 ^ 2")
            << QByteArray("2.5") << QByteArray("^") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'int'");
        QTest::newRow("b228 2.5 + -3")
            << QByteArray("2.5") << QByteArray("+") << QByteArray("-3") << QByteArray("-0.5");
        QTest::newRow("b229 2.5 - -3")
            << QByteArray("2.5") << QByteArray("-") << QByteArray("-3") << QByteArray("5.5");
        QTest::newRow("b230 2.5 * -3")
            << QByteArray("2.5") << QByteArray("*") << QByteArray("-3") << QByteArray("-7.5");
        QTest::newRow("b231 2.5 / -3") << QByteArray("2.5") << QByteArray("/") << QByteArray("-3")
                                       << QByteArray("-0.8333333333333334");
        QTest::newRow("b232 2.5 // -3")
            << QByteArray("2.5") << QByteArray("//") << QByteArray("-3") << QByteArray("-1.0");
        QTest::newRow("b233 2.5 % -3")
            << QByteArray("2.5") << QByteArray("%") << QByteArray("-3") << QByteArray("-0.5");
        QTest::newRow("b234 2.5 ** -3")
            << QByteArray("2.5") << QByteArray("**") << QByteArray("-3") << QByteArray("0.064");
        QTest::newRow("b235 2.5 << -3")
            << QByteArray("2.5") << QByteArray("<<") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
        QTest::newRow("b236 2.5 >> -3")
            << QByteArray("2.5") << QByteArray(">>") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'int'");
        QTest::newRow("b237 2.5 & -3")
            << QByteArray("2.5") << QByteArray("&") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'int'");
        QTest::newRow("b238 2.5 | -3")
            << QByteArray("2.5") << QByteArray("|") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'int'");
        QTest::newRow("b239 2.5 ^ -3")
            << QByteArray("2.5") << QByteArray("^") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'int'");
        QTest::newRow("b240 2.5 + 0")
            << QByteArray("2.5") << QByteArray("+") << QByteArray("0") << QByteArray("2.5");
        QTest::newRow("b241 2.5 - 0")
            << QByteArray("2.5") << QByteArray("-") << QByteArray("0") << QByteArray("2.5");
        QTest::newRow("b242 2.5 * 0")
            << QByteArray("2.5") << QByteArray("*") << QByteArray("0") << QByteArray("0.0");
        QTest::newRow("b243 2.5 / 0") << QByteArray("2.5") << QByteArray("/") << QByteArray("0")
                                      << QByteArray("!ZeroDivisionError: float division by zero");
        QTest::newRow("b244 2.5 // 0")
            << QByteArray("2.5") << QByteArray("//") << QByteArray("0")
            << QByteArray("!ZeroDivisionError: float floor division by zero");
        QTest::newRow("b245 2.5 % 0") << QByteArray("2.5") << QByteArray("%") << QByteArray("0")
                                      << QByteArray("!ZeroDivisionError: float modulo");
        QTest::newRow("b246 2.5 ** 0")
            << QByteArray("2.5") << QByteArray("**") << QByteArray("0") << QByteArray("1.0");
        QTest::newRow("b247 2.5 << 0")
            << QByteArray("2.5") << QByteArray("<<") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
        QTest::newRow("b248 2.5 >> 0")
            << QByteArray("2.5") << QByteArray(">>") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'int'");
        QTest::newRow("b249 2.5 & 0")
            << QByteArray("2.5") << QByteArray("&") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'int'");
        QTest::newRow("b250 2.5 | 0")
            << QByteArray("2.5") << QByteArray("|") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'int'");
        QTest::newRow("b251 2.5 ^ 0")
            << QByteArray("2.5") << QByteArray("^") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'int'");
        QTest::newRow("b252 2.5 + True")
            << QByteArray("2.5") << QByteArray("+") << QByteArray("True") << QByteArray("3.5");
        QTest::newRow("b253 2.5 - True")
            << QByteArray("2.5") << QByteArray("-") << QByteArray("True") << QByteArray("1.5");
        QTest::newRow("b254 2.5 * True")
            << QByteArray("2.5") << QByteArray("*") << QByteArray("True") << QByteArray("2.5");
        QTest::newRow("b255 2.5 / True")
            << QByteArray("2.5") << QByteArray("/") << QByteArray("True") << QByteArray("2.5");
        QTest::newRow("b256 2.5 // True")
            << QByteArray("2.5") << QByteArray("//") << QByteArray("True") << QByteArray("2.0");
        QTest::newRow("b257 2.5 % True")
            << QByteArray("2.5") << QByteArray("%") << QByteArray("True") << QByteArray("0.5");
        QTest::newRow("b258 2.5 ** True")
            << QByteArray("2.5") << QByteArray("**") << QByteArray("True") << QByteArray("2.5");
        QTest::newRow("b259 2.5 << True")
            << QByteArray("2.5") << QByteArray("<<") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'bool'");
        QTest::newRow("b260 2.5 >> True")
            << QByteArray("2.5") << QByteArray(">>") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'bool'");
        QTest::newRow("b261 2.5 & True")
            << QByteArray("2.5") << QByteArray("&") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'bool'");
        QTest::newRow("b262 2.5 | True")
            << QByteArray("2.5") << QByteArray("|") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'bool'");
        QTest::newRow("b263 2.5 ^ True")
            << QByteArray("2.5") << QByteArray("^") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'bool'");
        QTest::newRow("b264 2.5 + 1.5")
            << QByteArray("2.5") << QByteArray("+") << QByteArray("1.5") << QByteArray("4.0");
        QTest::newRow("b265 2.5 - 1.5")
            << QByteArray("2.5") << QByteArray("-") << QByteArray("1.5") << QByteArray("1.0");
        QTest::newRow("b266 2.5 * 1.5")
            << QByteArray("2.5") << QByteArray("*") << QByteArray("1.5") << QByteArray("3.75");
        QTest::newRow("b267 2.5 / 1.5") << QByteArray("2.5") << QByteArray("/") << QByteArray("1.5")
                                        << QByteArray("1.6666666666666667");
        QTest::newRow("b268 2.5 // 1.5")
            << QByteArray("2.5") << QByteArray("//") << QByteArray("1.5") << QByteArray("1.0");
        QTest::newRow("b269 2.5 % 1.5")
            << QByteArray("2.5") << QByteArray("%") << QByteArray("1.5") << QByteArray("1.0");
        QTest::newRow("b270 2.5 ** 1.5") << QByteArray("2.5") << QByteArray("**")
                                         << QByteArray("1.5") << QByteArray("3.952847075210474");
        QTest::newRow("b271 2.5 << 1.5")
            << QByteArray("2.5") << QByteArray("<<") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'float'");
        QTest::newRow("b272 2.5 >> 1.5")
            << QByteArray("2.5") << QByteArray(">>") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'float'");
        QTest::newRow("b273 2.5 & 1.5")
            << QByteArray("2.5") << QByteArray("&") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'float'");
        QTest::newRow("b274 2.5 | 1.5")
            << QByteArray("2.5") << QByteArray("|") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'float'");
        QTest::newRow("b275 2.5 ^ 1.5")
            << QByteArray("2.5") << QByteArray("^") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'float'");
        QTest::newRow("b276 2.5 + 0.0")
            << QByteArray("2.5") << QByteArray("+") << QByteArray("0.0") << QByteArray("2.5");
        QTest::newRow("b277 2.5 - 0.0")
            << QByteArray("2.5") << QByteArray("-") << QByteArray("0.0") << QByteArray("2.5");
        QTest::newRow("b278 2.5 * 0.0")
            << QByteArray("2.5") << QByteArray("*") << QByteArray("0.0") << QByteArray("0.0");
        QTest::newRow("b279 2.5 / 0.0") << QByteArray("2.5") << QByteArray("/") << QByteArray("0.0")
                                        << QByteArray("!ZeroDivisionError: float division by zero");
        QTest::newRow("b280 2.5 // 0.0")
            << QByteArray("2.5") << QByteArray("//") << QByteArray("0.0")
            << QByteArray("!ZeroDivisionError: float floor division by zero");
        QTest::newRow("b281 2.5 % 0.0") << QByteArray("2.5") << QByteArray("%") << QByteArray("0.0")
                                        << QByteArray("!ZeroDivisionError: float modulo");
        QTest::newRow("b282 2.5 ** 0.0")
            << QByteArray("2.5") << QByteArray("**") << QByteArray("0.0") << QByteArray("1.0");
        QTest::newRow("b283 2.5 << 0.0")
            << QByteArray("2.5") << QByteArray("<<") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'float'");
        QTest::newRow("b284 2.5 >> 0.0")
            << QByteArray("2.5") << QByteArray(">>") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'float'");
        QTest::newRow("b285 2.5 & 0.0")
            << QByteArray("2.5") << QByteArray("&") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'float'");
        QTest::newRow("b286 2.5 | 0.0")
            << QByteArray("2.5") << QByteArray("|") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'float'");
        QTest::newRow("b287 2.5 ^ 0.0")
            << QByteArray("2.5") << QByteArray("^") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'float'");
        QTest::newRow("b288 -0.5 + 2")
            << QByteArray("-0.5") << QByteArray("+") << QByteArray("2") << QByteArray("1.5");
        QTest::newRow("b289 -0.5 - 2")
            << QByteArray("-0.5") << QByteArray("-") << QByteArray("2") << QByteArray("-2.5");
        QTest::newRow("b290 -0.5 * 2")
            << QByteArray("-0.5") << QByteArray("*") << QByteArray("2") << QByteArray("-1.0");
        QTest::newRow("b291 -0.5 / 2")
            << QByteArray("-0.5") << QByteArray("/") << QByteArray("2") << QByteArray("-0.25");
        QTest::newRow("b292 -0.5 // 2")
            << QByteArray("-0.5") << QByteArray("//") << QByteArray("2") << QByteArray("-1.0");
        QTest::newRow("b293 -0.5 % 2")
            << QByteArray("-0.5") << QByteArray("%") << QByteArray("2") << QByteArray("1.5");
        QTest::newRow("b294 -0.5 ** 2")
            << QByteArray("-0.5") << QByteArray("**") << QByteArray("2") << QByteArray("0.25");
        QTest::newRow("b295 -0.5 << 2")
            << QByteArray("-0.5") << QByteArray("<<") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
        QTest::newRow("b296 -0.5 >> 2")
            << QByteArray("-0.5") << QByteArray(">>") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'int'");
        QTest::newRow("b297 -0.5 & 2")
            << QByteArray("-0.5") << QByteArray("&") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'int'");
        QTest::newRow("b298 -0.5 | 2")
            << QByteArray("-0.5") << QByteArray("|") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'int'");
        QTest::newRow("b299 -0.5 ^ 2")
            << QByteArray("-0.5") << QByteArray("^") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'int'");
        QTest::newRow("b300 -0.5 + -3")
            << QByteArray("-0.5") << QByteArray("+") << QByteArray("-3") << QByteArray("-3.5");
        QTest::newRow("b301 -0.5 - -3")
            << QByteArray("-0.5") << QByteArray("-") << QByteArray("-3") << QByteArray("2.5");
        QTest::newRow("b302 -0.5 * -3")
            << QByteArray("-0.5") << QByteArray("*") << QByteArray("-3") << QByteArray("1.5");
        QTest::newRow("b303 -0.5 / -3") << QByteArray("-0.5") << QByteArray("/") << QByteArray("-3")
                                        << QByteArray("0.16666666666666666");
        QTest::newRow("b304 -0.5 // -3")
            << QByteArray("-0.5") << QByteArray("//") << QByteArray("-3") << QByteArray("0.0");
        QTest::newRow("b305 -0.5 % -3")
            << QByteArray("-0.5") << QByteArray("%") << QByteArray("-3") << QByteArray("-0.5");
        QTest::newRow("b306 -0.5 ** -3")
            << QByteArray("-0.5") << QByteArray("**") << QByteArray("-3") << QByteArray("-8.0");
        QTest::newRow("b307 -0.5 << -3")
            << QByteArray("-0.5") << QByteArray("<<") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
        QTest::newRow("b308 -0.5 >> -3")
            << QByteArray("-0.5") << QByteArray(">>") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'int'");
        QTest::newRow("b309 -0.5 & -3")
            << QByteArray("-0.5") << QByteArray("&") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'int'");
        QTest::newRow("b310 -0.5 | -3")
            << QByteArray("-0.5") << QByteArray("|") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'int'");
        QTest::newRow("b311 -0.5 ^ -3")
            << QByteArray("-0.5") << QByteArray("^") << QByteArray("-3")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'int'");
        QTest::newRow("b312 -0.5 + 0")
            << QByteArray("-0.5") << QByteArray("+") << QByteArray("0") << QByteArray("-0.5");
        QTest::newRow("b313 -0.5 - 0")
            << QByteArray("-0.5") << QByteArray("-") << QByteArray("0") << QByteArray("-0.5");
        QTest::newRow("b314 -0.5 * 0")
            << QByteArray("-0.5") << QByteArray("*") << QByteArray("0") << QByteArray("-0.0");
        QTest::newRow("b315 -0.5 / 0") << QByteArray("-0.5") << QByteArray("/") << QByteArray("0")
                                       << QByteArray("!ZeroDivisionError: float division by zero");
        QTest::newRow("b316 -0.5 // 0")
            << QByteArray("-0.5") << QByteArray("//") << QByteArray("0")
            << QByteArray("!ZeroDivisionError: float floor division by zero");
        QTest::newRow("b317 -0.5 % 0") << QByteArray("-0.5") << QByteArray("%") << QByteArray("0")
                                       << QByteArray("!ZeroDivisionError: float modulo");
        QTest::newRow("b318 -0.5 ** 0")
            << QByteArray("-0.5") << QByteArray("**") << QByteArray("0") << QByteArray("1.0");
        QTest::newRow("b319 -0.5 << 0")
            << QByteArray("-0.5") << QByteArray("<<") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
        QTest::newRow("b320 -0.5 >> 0")
            << QByteArray("-0.5") << QByteArray(">>") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'int'");
        QTest::newRow("b321 -0.5 & 0")
            << QByteArray("-0.5") << QByteArray("&") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'int'");
        QTest::newRow("b322 -0.5 | 0")
            << QByteArray("-0.5") << QByteArray("|") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'int'");
        QTest::newRow("b323 -0.5 ^ 0")
            << QByteArray("-0.5") << QByteArray("^") << QByteArray("0")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'int'");
        QTest::newRow("b324 -0.5 + True")
            << QByteArray("-0.5") << QByteArray("+") << QByteArray("True") << QByteArray("0.5");
        QTest::newRow("b325 -0.5 - True")
            << QByteArray("-0.5") << QByteArray("-") << QByteArray("True") << QByteArray("-1.5");
        QTest::newRow("b326 -0.5 * True")
            << QByteArray("-0.5") << QByteArray("*") << QByteArray("True") << QByteArray("-0.5");
        QTest::newRow("b327 -0.5 / True")
            << QByteArray("-0.5") << QByteArray("/") << QByteArray("True") << QByteArray("-0.5");
        QTest::newRow("b328 -0.5 // True")
            << QByteArray("-0.5") << QByteArray("//") << QByteArray("True") << QByteArray("-1.0");
        QTest::newRow("b329 -0.5 % True")
            << QByteArray("-0.5") << QByteArray("%") << QByteArray("True") << QByteArray("0.5");
        QTest::newRow("b330 -0.5 ** True")
            << QByteArray("-0.5") << QByteArray("**") << QByteArray("True") << QByteArray("-0.5");
        QTest::newRow("b331 -0.5 << True")
            << QByteArray("-0.5") << QByteArray("<<") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'bool'");
        QTest::newRow("b332 -0.5 >> True")
            << QByteArray("-0.5") << QByteArray(">>") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'bool'");
        QTest::newRow("b333 -0.5 & True")
            << QByteArray("-0.5") << QByteArray("&") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'bool'");
        QTest::newRow("b334 -0.5 | True")
            << QByteArray("-0.5") << QByteArray("|") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'bool'");
        QTest::newRow("b335 -0.5 ^ True")
            << QByteArray("-0.5") << QByteArray("^") << QByteArray("True")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'bool'");
        QTest::newRow("b336 -0.5 + 1.5")
            << QByteArray("-0.5") << QByteArray("+") << QByteArray("1.5") << QByteArray("1.0");
        QTest::newRow("b337 -0.5 - 1.5")
            << QByteArray("-0.5") << QByteArray("-") << QByteArray("1.5") << QByteArray("-2.0");
        QTest::newRow("b338 -0.5 * 1.5")
            << QByteArray("-0.5") << QByteArray("*") << QByteArray("1.5") << QByteArray("-0.75");
        QTest::newRow("b339 -0.5 / 1.5") << QByteArray("-0.5") << QByteArray("/")
                                         << QByteArray("1.5") << QByteArray("-0.3333333333333333");
        QTest::newRow("b340 -0.5 // 1.5")
            << QByteArray("-0.5") << QByteArray("//") << QByteArray("1.5") << QByteArray("-1.0");
        QTest::newRow("b341 -0.5 % 1.5")
            << QByteArray("-0.5") << QByteArray("%") << QByteArray("1.5") << QByteArray("1.0");
        QTest::newRow("b343 -0.5 << 1.5")
            << QByteArray("-0.5") << QByteArray("<<") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'float'");
        QTest::newRow("b344 -0.5 >> 1.5")
            << QByteArray("-0.5") << QByteArray(">>") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'float'");
        QTest::newRow("b345 -0.5 & 1.5")
            << QByteArray("-0.5") << QByteArray("&") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'float'");
        QTest::newRow("b346 -0.5 | 1.5")
            << QByteArray("-0.5") << QByteArray("|") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'float'");
        QTest::newRow("b347 -0.5 ^ 1.5")
            << QByteArray("-0.5") << QByteArray("^") << QByteArray("1.5")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'float'");
        QTest::newRow("b348 -0.5 + 0.0")
            << QByteArray("-0.5") << QByteArray("+") << QByteArray("0.0") << QByteArray("-0.5");
        QTest::newRow("b349 -0.5 - 0.0")
            << QByteArray("-0.5") << QByteArray("-") << QByteArray("0.0") << QByteArray("-0.5");
        QTest::newRow("b350 -0.5 * 0.0")
            << QByteArray("-0.5") << QByteArray("*") << QByteArray("0.0") << QByteArray("-0.0");
        QTest::newRow("b351 -0.5 / 0.0")
            << QByteArray("-0.5") << QByteArray("/") << QByteArray("0.0")
            << QByteArray("!ZeroDivisionError: float division by zero");
        QTest::newRow("b352 -0.5 // 0.0")
            << QByteArray("-0.5") << QByteArray("//") << QByteArray("0.0")
            << QByteArray("!ZeroDivisionError: float floor division by zero");
        QTest::newRow("b353 -0.5 % 0.0")
            << QByteArray("-0.5") << QByteArray("%") << QByteArray("0.0")
            << QByteArray("!ZeroDivisionError: float modulo");
        QTest::newRow("b354 -0.5 ** 0.0")
            << QByteArray("-0.5") << QByteArray("**") << QByteArray("0.0") << QByteArray("1.0");
        QTest::newRow("b355 -0.5 << 0.0")
            << QByteArray("-0.5") << QByteArray("<<") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'float'");
        QTest::newRow("b356 -0.5 >> 0.0")
            << QByteArray("-0.5") << QByteArray(">>") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for >>: 'float' and 'float'");
        QTest::newRow("b357 -0.5 & 0.0")
            << QByteArray("-0.5") << QByteArray("&") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'float'");
        QTest::newRow("b358 -0.5 | 0.0")
            << QByteArray("-0.5") << QByteArray("|") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'float' and 'float'");
        QTest::newRow("b359 -0.5 ^ 0.0")
            << QByteArray("-0.5") << QByteArray("^") << QByteArray("0.0")
            << QByteArray("!TypeError: unsupported operand type(s) for ^: 'float' and 'float'");
        QTest::newRow("b360 'ab' + 'cd'")
            << QByteArray("'ab'") << QByteArray("+") << QByteArray("'cd'") << QByteArray("'abcd'");
        QTest::newRow("b361 'ab' * 3")
            << QByteArray("'ab'") << QByteArray("*") << QByteArray("3") << QByteArray("'ababab'");
        QTest::newRow("b362 3 * 'ab'")
            << QByteArray("3") << QByteArray("*") << QByteArray("'ab'") << QByteArray("'ababab'");
        QTest::newRow("b363 'ab' * -1")
            << QByteArray("'ab'") << QByteArray("*") << QByteArray("-1") << QByteArray("''");
        QTest::newRow("b364 [1, 2] + [3]") << QByteArray("[1, 2]") << QByteArray("+")
                                           << QByteArray("[3]") << QByteArray("[1, 2, 3]");
        QTest::newRow("b365 (1,) + (2, 3)") << QByteArray("(1,)") << QByteArray("+")
                                            << QByteArray("(2, 3)") << QByteArray("(1, 2, 3)");
        QTest::newRow("b366 [1] * 3")
            << QByteArray("[1]") << QByteArray("*") << QByteArray("3") << QByteArray("[1, 1, 1]");
        QTest::newRow("b367 (1, 2) * 2") << QByteArray("(1, 2)") << QByteArray("*")
                                         << QByteArray("2") << QByteArray("(1, 2, 1, 2)");
        QTest::newRow("b368 'a' + 1")
            << QByteArray("'a'") << QByteArray("+") << QByteArray("1")
            << QByteArray("!TypeError: can only concatenate str (not \"int\") to str");
        QTest::newRow("b369 1 + 'a'")
            << QByteArray("1") << QByteArray("+") << QByteArray("'a'")
            << QByteArray("!TypeError: unsupported operand type(s) for +: 'int' and 'str'");
        QTest::newRow("b370 [1] + (2,)")
            << QByteArray("[1]") << QByteArray("+") << QByteArray("(2,)")
            << QByteArray("!TypeError: can only concatenate list (not \"tuple\") to list");
        QTest::newRow("b371 (1,) + [2]")
            << QByteArray("(1,)") << QByteArray("+") << QByteArray("[2]")
            << QByteArray("!TypeError: can only concatenate tuple (not \"list\") to tuple");
        QTest::newRow("b372 'a' * 2.0")
            << QByteArray("'a'") << QByteArray("*") << QByteArray("2.0")
            << QByteArray("!TypeError: can't multiply sequence by non-int of type 'float'");
        QTest::newRow("b373 'a' * 'b'")
            << QByteArray("'a'") << QByteArray("*") << QByteArray("'b'")
            << QByteArray("!TypeError: can't multiply sequence by non-int of type 'str'");
        QTest::newRow("b374 [1] * [2]")
            << QByteArray("[1]") << QByteArray("*") << QByteArray("[2]")
            << QByteArray("!TypeError: can't multiply sequence by non-int of type 'list'");
        QTest::newRow("b375 None + 1")
            << QByteArray("None") << QByteArray("+") << QByteArray("1")
            << QByteArray("!TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'");
        QTest::newRow("b376 1 + None")
            << QByteArray("1") << QByteArray("+") << QByteArray("None")
            << QByteArray("!TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'");
        QTest::newRow("b377 [1] - [1]")
            << QByteArray("[1]") << QByteArray("-") << QByteArray("[1]")
            << QByteArray("!TypeError: unsupported operand type(s) for -: 'list' and 'list'");
        QTest::newRow("b378 {1, 2} | {2, 3}") << QByteArray("{1, 2}") << QByteArray("|")
                                              << QByteArray("{2, 3}") << QByteArray("{1, 2, 3}");
        QTest::newRow("b379 {1, 2} & {2, 3}")
            << QByteArray("{1, 2}") << QByteArray("&") << QByteArray("{2, 3}") << QByteArray("{2}");
        QTest::newRow("b380 {1, 2} - {2, 3}")
            << QByteArray("{1, 2}") << QByteArray("-") << QByteArray("{2, 3}") << QByteArray("{1}");
        QTest::newRow("b381 {1, 2} ^ {2, 3}") << QByteArray("{1, 2}") << QByteArray("^")
                                              << QByteArray("{2, 3}") << QByteArray("{1, 3}");
        QTest::newRow("b382 {1} | [2]")
            << QByteArray("{1}") << QByteArray("|") << QByteArray("[2]")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'set' and 'list'");
        QTest::newRow("b383 {'a': 1} | {'b': 2}")
            << QByteArray("{'a': 1}") << QByteArray("|") << QByteArray("{'b': 2}")
            << QByteArray("{'a': 1, 'b': 2}");
        QTest::newRow("b384 9223372036854775807 + 1")
            << QByteArray("9223372036854775807") << QByteArray("+") << QByteArray("1")
            << QByteArray(
                   "!OverflowError: integer overflow: result does not fit in 64 bits (timeslice "
                   "ints are 64-bit)");
        QTest::newRow("b385 -9223372036854775808 - 1")
            << QByteArray("-9223372036854775808") << QByteArray("-") << QByteArray("1")
            << QByteArray(
                   "!OverflowError: integer overflow: result does not fit in 64 bits (timeslice "
                   "ints are 64-bit)");
        QTest::newRow("b386 4611686018427387904 * 2")
            << QByteArray("4611686018427387904") << QByteArray("*") << QByteArray("2")
            << QByteArray(
                   "!OverflowError: integer overflow: result does not fit in 64 bits (timeslice "
                   "ints are 64-bit)");
        QTest::newRow("b387 2 ** 63") << QByteArray("2") << QByteArray("**") << QByteArray("63")
                                      << QByteArray(
                                             "!OverflowError: integer overflow: result does not "
                                             "fit in 64 bits (timeslice ints are 64-bit)");
        QTest::newRow("b388 2 ** 62") << QByteArray("2") << QByteArray("**") << QByteArray("62")
                                      << QByteArray("4611686018427387904");
        QTest::newRow("b389 -2 ** 63") << QByteArray("-2") << QByteArray("**") << QByteArray("63")
                                       << QByteArray("-9223372036854775808");
        QTest::newRow("b390 1 << 63") << QByteArray("1") << QByteArray("<<") << QByteArray("63")
                                      << QByteArray(
                                             "!OverflowError: integer overflow: result does not "
                                             "fit in 64 bits (timeslice ints are 64-bit)");
        QTest::newRow("b391 1 << 62") << QByteArray("1") << QByteArray("<<") << QByteArray("62")
                                      << QByteArray("4611686018427387904");
        QTest::newRow("b392 -1 << 3")
            << QByteArray("-1") << QByteArray("<<") << QByteArray("3") << QByteArray("-8");
        QTest::newRow("b393 5 >> 100")
            << QByteArray("5") << QByteArray(">>") << QByteArray("100") << QByteArray("0");
        QTest::newRow("b394 -5 >> 100")
            << QByteArray("-5") << QByteArray(">>") << QByteArray("100") << QByteArray("-1");
        QTest::newRow("b395 1 << -1") << QByteArray("1") << QByteArray("<<") << QByteArray("-1")
                                      << QByteArray("!ValueError: negative shift count");
        QTest::newRow("b396 2 ** -1")
            << QByteArray("2") << QByteArray("**") << QByteArray("-1") << QByteArray("0.5");
        QTest::newRow("b397 0 ** -1")
            << QByteArray("0") << QByteArray("**") << QByteArray("-1")
            << QByteArray("!ZeroDivisionError: 0.0 cannot be raised to a negative power");
        QTest::newRow("b398 0.0 ** -1")
            << QByteArray("0.0") << QByteArray("**") << QByteArray("-1")
            << QByteArray("!ZeroDivisionError: 0.0 cannot be raised to a negative power");
        QTest::newRow("b399 2.0 ** 0.5") << QByteArray("2.0") << QByteArray("**")
                                         << QByteArray("0.5") << QByteArray("1.4142135623730951");
        QTest::newRow("b400 10 ** 0")
            << QByteArray("10") << QByteArray("**") << QByteArray("0") << QByteArray("1");
        QTest::newRow("b401 -8 // 3")
            << QByteArray("-8") << QByteArray("//") << QByteArray("3") << QByteArray("-3");
        QTest::newRow("b402 -8 % 3")
            << QByteArray("-8") << QByteArray("%") << QByteArray("3") << QByteArray("1");
        QTest::newRow("b403 8 % -3")
            << QByteArray("8") << QByteArray("%") << QByteArray("-3") << QByteArray("-1");
        QTest::newRow("b404 -7.5 // 2")
            << QByteArray("-7.5") << QByteArray("//") << QByteArray("2") << QByteArray("-4.0");
        QTest::newRow("b405 -7.5 % 2")
            << QByteArray("-7.5") << QByteArray("%") << QByteArray("2") << QByteArray("0.5");
        QTest::newRow("b406 7.5 % -2")
            << QByteArray("7.5") << QByteArray("%") << QByteArray("-2") << QByteArray("-0.5");
        QTest::newRow("b407 1e308 * 10")
            << QByteArray("1e308") << QByteArray("*") << QByteArray("10") << QByteArray("inf");
        QTest::newRow("b408 2.0 ** 10000")
            << QByteArray("2.0") << QByteArray("**") << QByteArray("10000")
            << QByteArray("!OverflowError: (34, 'Numerical result out of range')");
        QTest::newRow("b410 -9223372036854775808 // -1")
            << QByteArray("-9223372036854775808") << QByteArray("//") << QByteArray("-1")
            << QByteArray(
                   "!OverflowError: integer overflow: result does not fit in 64 bits (timeslice "
                   "ints are 64-bit)");
        QTest::newRow("b411 -9223372036854775808 % -1")
            << QByteArray("-9223372036854775808") << QByteArray("%") << QByteArray("-1")
            << QByteArray("0");
        QTest::newRow("b412 1.5 << 2")
            << QByteArray("1.5") << QByteArray("<<") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
        QTest::newRow("b413 1.0 & 2")
            << QByteArray("1.0") << QByteArray("&") << QByteArray("2")
            << QByteArray("!TypeError: unsupported operand type(s) for &: 'float' and 'int'");
        QTest::newRow("b414 '%d items' % 3") << QByteArray("'%d items'") << QByteArray("%")
                                             << QByteArray("3") << QByteArray("'3 items'");
        QTest::newRow("b415 3 / 4")
            << QByteArray("3") << QByteArray("/") << QByteArray("4") << QByteArray("0.75");
        QTest::newRow("b416 -3 / 4")
            << QByteArray("-3") << QByteArray("/") << QByteArray("4") << QByteArray("-0.75");
        QTest::newRow("b417 1 / 3") << QByteArray("1") << QByteArray("/") << QByteArray("3")
                                    << QByteArray("0.3333333333333333");
        QTest::newRow("b418 10 / 5")
            << QByteArray("10") << QByteArray("/") << QByteArray("5") << QByteArray("2.0");
        QTest::newRow("b419 9007199254740993 / 1")
            << QByteArray("9007199254740993") << QByteArray("/") << QByteArray("1")
            << QByteArray("9007199254740992.0");
    }
    void binary() {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, op);
        QFETCH(QByteArray, b);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        QCOMPARE(outcome(ctx, ::binary(ctx, op, literal(ctx, a), literal(ctx, b))), expected);
    }

    // Python 2.7 where it differs: `/` floors on ints, messages, mixed ordering.
    void python2_data() {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("op");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("int div floors")
            << QByteArray("7") << QByteArray("/") << QByteArray("2") << QByteArray("3");
        QTest::newRow("neg int div floors")
            << QByteArray("-7") << QByteArray("/") << QByteArray("2") << QByteArray("-4");
        QTest::newRow("float div")
            << QByteArray("7.0") << QByteArray("/") << QByteArray("2") << QByteArray("3.5");
        QTest::newRow("int div zero")
            << QByteArray("1") << QByteArray("/") << QByteArray("0")
            << QByteArray("!ZeroDivisionError: integer division or modulo by zero");
        QTest::newRow("int mod zero")
            << QByteArray("1") << QByteArray("%") << QByteArray("0")
            << QByteArray("!ZeroDivisionError: integer division or modulo by zero");
        QTest::newRow("float floordiv zero")
            << QByteArray("1.0") << QByteArray("//") << QByteArray("0")
            << QByteArray("!ZeroDivisionError: float divmod()");
        QTest::newRow("str + int")
            << QByteArray("'a'") << QByteArray("+") << QByteArray("1")
            << QByteArray("!TypeError: cannot concatenate 'str' and 'int' objects");
        QTest::newRow("no dict union")
            << QByteArray("{'a': 1}") << QByteArray("|") << QByteArray("{'b': 2}")
            << QByteArray("!TypeError: unsupported operand type(s) for |: 'dict' and 'dict'");
        QTest::newRow("int < str")
            << QByteArray("1") << QByteArray("<") << QByteArray("'a'") << QByteArray("True");
        QTest::newRow("None < int")
            << QByteArray("None") << QByteArray("<") << QByteArray("0") << QByteArray("True");
        QTest::newRow("list < str")
            << QByteArray("[]") << QByteArray("<") << QByteArray("''") << QByteArray("True");
        QTest::newRow("dict > list")
            << QByteArray("{}") << QByteArray(">") << QByteArray("[]") << QByteArray("False");
    }
    void python2() {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, op);
        QFETCH(QByteArray, b);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python2);
        Value x = literal(ctx, a), y = literal(ctx, b);
        Value r = (op == "<" || op == ">") ? Comparison::compareValues(ctx, x, y, compareOp(op))
                                           : ::binary(ctx, op, x, y);
        QCOMPARE(outcome(ctx, r), expected);
    }

    void compare_data() {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("op");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("c0") << QByteArray("1") << QByteArray("==") << QByteArray("1.0")
                            << QByteArray("True");
        QTest::newRow("c1") << QByteArray("1") << QByteArray("!=") << QByteArray("1.0")
                            << QByteArray("False");
        QTest::newRow("c2") << QByteArray("1") << QByteArray("<") << QByteArray("1.0")
                            << QByteArray("False");
        QTest::newRow("c3") << QByteArray("1") << QByteArray("<=") << QByteArray("1.0")
                            << QByteArray("True");
        QTest::newRow("c4") << QByteArray("1") << QByteArray(">") << QByteArray("1.0")
                            << QByteArray("False");
        QTest::newRow("c5") << QByteArray("1") << QByteArray(">=") << QByteArray("1.0")
                            << QByteArray("True");
        QTest::newRow("c6") << QByteArray("1") << QByteArray("==") << QByteArray("2")
                            << QByteArray("False");
        QTest::newRow("c7") << QByteArray("1") << QByteArray("!=") << QByteArray("2")
                            << QByteArray("True");
        QTest::newRow("c8") << QByteArray("1") << QByteArray("<") << QByteArray("2")
                            << QByteArray("True");
        QTest::newRow("c9") << QByteArray("1") << QByteArray("<=") << QByteArray("2")
                            << QByteArray("True");
        QTest::newRow("c10") << QByteArray("1") << QByteArray(">") << QByteArray("2")
                             << QByteArray("False");
        QTest::newRow("c11") << QByteArray("1") << QByteArray(">=") << QByteArray("2")
                             << QByteArray("False");
        QTest::newRow("c12") << QByteArray("2.5") << QByteArray("==") << QByteArray("2")
                             << QByteArray("False");
        QTest::newRow("c13") << QByteArray("2.5") << QByteArray("!=") << QByteArray("2")
                             << QByteArray("True");
        QTest::newRow("c14") << QByteArray("2.5") << QByteArray("<") << QByteArray("2")
                             << QByteArray("False");
        QTest::newRow("c15") << QByteArray("2.5") << QByteArray("<=") << QByteArray("2")
                             << QByteArray("False");
        QTest::newRow("c16") << QByteArray("2.5") << QByteArray(">") << QByteArray("2")
                             << QByteArray("True");
        QTest::newRow("c17") << QByteArray("2.5") << QByteArray(">=") << QByteArray("2")
                             << QByteArray("True");
        QTest::newRow("c18") << QByteArray("True") << QByteArray("==") << QByteArray("1")
                             << QByteArray("True");
        QTest::newRow("c19") << QByteArray("True") << QByteArray("!=") << QByteArray("1")
                             << QByteArray("False");
        QTest::newRow("c20") << QByteArray("True") << QByteArray("<") << QByteArray("1")
                             << QByteArray("False");
        QTest::newRow("c21") << QByteArray("True") << QByteArray("<=") << QByteArray("1")
                             << QByteArray("True");
        QTest::newRow("c22") << QByteArray("True") << QByteArray(">") << QByteArray("1")
                             << QByteArray("False");
        QTest::newRow("c23") << QByteArray("True") << QByteArray(">=") << QByteArray("1")
                             << QByteArray("True");
        QTest::newRow("c24") << QByteArray("0.30000000000000004") << QByteArray("==")
                             << QByteArray("0.3") << QByteArray("False");
        QTest::newRow("c25") << QByteArray("0.30000000000000004") << QByteArray("!=")
                             << QByteArray("0.3") << QByteArray("True");
        QTest::newRow("c26") << QByteArray("0.30000000000000004") << QByteArray("<")
                             << QByteArray("0.3") << QByteArray("False");
        QTest::newRow("c27") << QByteArray("0.30000000000000004") << QByteArray("<=")
                             << QByteArray("0.3") << QByteArray("False");
        QTest::newRow("c28") << QByteArray("0.30000000000000004") << QByteArray(">")
                             << QByteArray("0.3") << QByteArray("True");
        QTest::newRow("c29") << QByteArray("0.30000000000000004") << QByteArray(">=")
                             << QByteArray("0.3") << QByteArray("True");
        QTest::newRow("c30") << QByteArray("'abc'") << QByteArray("==") << QByteArray("'abd'")
                             << QByteArray("False");
        QTest::newRow("c31") << QByteArray("'abc'") << QByteArray("!=") << QByteArray("'abd'")
                             << QByteArray("True");
        QTest::newRow("c32") << QByteArray("'abc'") << QByteArray("<") << QByteArray("'abd'")
                             << QByteArray("True");
        QTest::newRow("c33") << QByteArray("'abc'") << QByteArray("<=") << QByteArray("'abd'")
                             << QByteArray("True");
        QTest::newRow("c34") << QByteArray("'abc'") << QByteArray(">") << QByteArray("'abd'")
                             << QByteArray("False");
        QTest::newRow("c35") << QByteArray("'abc'") << QByteArray(">=") << QByteArray("'abd'")
                             << QByteArray("False");
        QTest::newRow("c36") << QByteArray("'a'") << QByteArray("==") << QByteArray("'B'")
                             << QByteArray("False");
        QTest::newRow("c37") << QByteArray("'a'") << QByteArray("!=") << QByteArray("'B'")
                             << QByteArray("True");
        QTest::newRow("c38") << QByteArray("'a'") << QByteArray("<") << QByteArray("'B'")
                             << QByteArray("False");
        QTest::newRow("c39") << QByteArray("'a'") << QByteArray("<=") << QByteArray("'B'")
                             << QByteArray("False");
        QTest::newRow("c40") << QByteArray("'a'") << QByteArray(">") << QByteArray("'B'")
                             << QByteArray("True");
        QTest::newRow("c41") << QByteArray("'a'") << QByteArray(">=") << QByteArray("'B'")
                             << QByteArray("True");
        QTest::newRow("c42") << QByteArray("[1, 2]") << QByteArray("==") << QByteArray("[1, 3]")
                             << QByteArray("False");
        QTest::newRow("c43") << QByteArray("[1, 2]") << QByteArray("!=") << QByteArray("[1, 3]")
                             << QByteArray("True");
        QTest::newRow("c44") << QByteArray("[1, 2]") << QByteArray("<") << QByteArray("[1, 3]")
                             << QByteArray("True");
        QTest::newRow("c45") << QByteArray("[1, 2]") << QByteArray("<=") << QByteArray("[1, 3]")
                             << QByteArray("True");
        QTest::newRow("c46") << QByteArray("[1, 2]") << QByteArray(">") << QByteArray("[1, 3]")
                             << QByteArray("False");
        QTest::newRow("c47") << QByteArray("[1, 2]") << QByteArray(">=") << QByteArray("[1, 3]")
                             << QByteArray("False");
        QTest::newRow("c48") << QByteArray("[1, 2]") << QByteArray("==") << QByteArray("[1, 2, 0]")
                             << QByteArray("False");
        QTest::newRow("c49") << QByteArray("[1, 2]") << QByteArray("!=") << QByteArray("[1, 2, 0]")
                             << QByteArray("True");
        QTest::newRow("c50") << QByteArray("[1, 2]") << QByteArray("<") << QByteArray("[1, 2, 0]")
                             << QByteArray("True");
        QTest::newRow("c51") << QByteArray("[1, 2]") << QByteArray("<=") << QByteArray("[1, 2, 0]")
                             << QByteArray("True");
        QTest::newRow("c52") << QByteArray("[1, 2]") << QByteArray(">") << QByteArray("[1, 2, 0]")
                             << QByteArray("False");
        QTest::newRow("c53") << QByteArray("[1, 2]") << QByteArray(">=") << QByteArray("[1, 2, 0]")
                             << QByteArray("False");
        QTest::newRow("c54") << QByteArray("(1, 'a')") << QByteArray("==") << QByteArray("(1, 'b')")
                             << QByteArray("False");
        QTest::newRow("c55") << QByteArray("(1, 'a')") << QByteArray("!=") << QByteArray("(1, 'b')")
                             << QByteArray("True");
        QTest::newRow("c56") << QByteArray("(1, 'a')") << QByteArray("<") << QByteArray("(1, 'b')")
                             << QByteArray("True");
        QTest::newRow("c57") << QByteArray("(1, 'a')") << QByteArray("<=") << QByteArray("(1, 'b')")
                             << QByteArray("True");
        QTest::newRow("c58") << QByteArray("(1, 'a')") << QByteArray(">") << QByteArray("(1, 'b')")
                             << QByteArray("False");
        QTest::newRow("c59") << QByteArray("(1, 'a')") << QByteArray(">=") << QByteArray("(1, 'b')")
                             << QByteArray("False");
        QTest::newRow("c60") << QByteArray("(1, 2)") << QByteArray("==") << QByteArray("(1, 2)")
                             << QByteArray("True");
        QTest::newRow("c61") << QByteArray("(1, 2)") << QByteArray("!=") << QByteArray("(1, 2)")
                             << QByteArray("False");
        QTest::newRow("c62") << QByteArray("(1, 2)") << QByteArray("<") << QByteArray("(1, 2)")
                             << QByteArray("False");
        QTest::newRow("c63") << QByteArray("(1, 2)") << QByteArray("<=") << QByteArray("(1, 2)")
                             << QByteArray("True");
        QTest::newRow("c64") << QByteArray("(1, 2)") << QByteArray(">") << QByteArray("(1, 2)")
                             << QByteArray("False");
        QTest::newRow("c65") << QByteArray("(1, 2)") << QByteArray(">=") << QByteArray("(1, 2)")
                             << QByteArray("True");
        QTest::newRow("c66") << QByteArray("[1]") << QByteArray("==") << QByteArray("(1,)")
                             << QByteArray("False");
        QTest::newRow("c67") << QByteArray("[1]") << QByteArray("!=") << QByteArray("(1,)")
                             << QByteArray("True");
        QTest::newRow("c68")
            << QByteArray("[1]") << QByteArray("<") << QByteArray("(1,)")
            << QByteArray("!TypeError: '<' not supported between instances of 'list' and 'tuple'");
        QTest::newRow("c69")
            << QByteArray("[1]") << QByteArray("<=") << QByteArray("(1,)")
            << QByteArray("!TypeError: '<=' not supported between instances of 'list' and 'tuple'");
        QTest::newRow("c70")
            << QByteArray("[1]") << QByteArray(">") << QByteArray("(1,)")
            << QByteArray("!TypeError: '>' not supported between instances of 'list' and 'tuple'");
        QTest::newRow("c71")
            << QByteArray("[1]") << QByteArray(">=") << QByteArray("(1,)")
            << QByteArray("!TypeError: '>=' not supported between instances of 'list' and 'tuple'");
        QTest::newRow("c72") << QByteArray("'a'") << QByteArray("==") << QByteArray("1")
                             << QByteArray("False");
        QTest::newRow("c73") << QByteArray("'a'") << QByteArray("!=") << QByteArray("1")
                             << QByteArray("True");
        QTest::newRow("c74")
            << QByteArray("'a'") << QByteArray("<") << QByteArray("1")
            << QByteArray("!TypeError: '<' not supported between instances of 'str' and 'int'");
        QTest::newRow("c75")
            << QByteArray("'a'") << QByteArray("<=") << QByteArray("1")
            << QByteArray("!TypeError: '<=' not supported between instances of 'str' and 'int'");
        QTest::newRow("c76")
            << QByteArray("'a'") << QByteArray(">") << QByteArray("1")
            << QByteArray("!TypeError: '>' not supported between instances of 'str' and 'int'");
        QTest::newRow("c77")
            << QByteArray("'a'") << QByteArray(">=") << QByteArray("1")
            << QByteArray("!TypeError: '>=' not supported between instances of 'str' and 'int'");
        QTest::newRow("c78") << QByteArray("None") << QByteArray("==") << QByteArray("None")
                             << QByteArray("True");
        QTest::newRow("c79") << QByteArray("None") << QByteArray("!=") << QByteArray("None")
                             << QByteArray("False");
        QTest::newRow("c80")
            << QByteArray("None") << QByteArray("<") << QByteArray("None")
            << QByteArray(
                   "!TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
        QTest::newRow("c81")
            << QByteArray("None") << QByteArray("<=") << QByteArray("None")
            << QByteArray(
                   "!TypeError: '<=' not supported between instances of 'NoneType' and 'NoneType'");
        QTest::newRow("c82")
            << QByteArray("None") << QByteArray(">") << QByteArray("None")
            << QByteArray(
                   "!TypeError: '>' not supported between instances of 'NoneType' and 'NoneType'");
        QTest::newRow("c83")
            << QByteArray("None") << QByteArray(">=") << QByteArray("None")
            << QByteArray(
                   "!TypeError: '>=' not supported between instances of 'NoneType' and 'NoneType'");
        QTest::newRow("c84") << QByteArray("{1}") << QByteArray("==") << QByteArray("{1, 2}")
                             << QByteArray("False");
        QTest::newRow("c85") << QByteArray("{1}") << QByteArray("!=") << QByteArray("{1, 2}")
                             << QByteArray("True");
        QTest::newRow("c86") << QByteArray("{1}") << QByteArray("<") << QByteArray("{1, 2}")
                             << QByteArray("True");
        QTest::newRow("c87") << QByteArray("{1}") << QByteArray("<=") << QByteArray("{1, 2}")
                             << QByteArray("True");
        QTest::newRow("c88") << QByteArray("{1}") << QByteArray(">") << QByteArray("{1, 2}")
                             << QByteArray("False");
        QTest::newRow("c89") << QByteArray("{1}") << QByteArray(">=") << QByteArray("{1, 2}")
                             << QByteArray("False");
        QTest::newRow("c90") << QByteArray("{1, 2}") << QByteArray("==") << QByteArray("{2, 1}")
                             << QByteArray("True");
        QTest::newRow("c91") << QByteArray("{1, 2}") << QByteArray("!=") << QByteArray("{2, 1}")
                             << QByteArray("False");
        QTest::newRow("c92") << QByteArray("{1, 2}") << QByteArray("<") << QByteArray("{2, 1}")
                             << QByteArray("False");
        QTest::newRow("c93") << QByteArray("{1, 2}") << QByteArray("<=") << QByteArray("{2, 1}")
                             << QByteArray("True");
        QTest::newRow("c94") << QByteArray("{1, 2}") << QByteArray(">") << QByteArray("{2, 1}")
                             << QByteArray("False");
        QTest::newRow("c95") << QByteArray("{1, 2}") << QByteArray(">=") << QByteArray("{2, 1}")
                             << QByteArray("True");
        QTest::newRow("c96") << QByteArray("{'a': 1}") << QByteArray("==") << QByteArray("{'a': 1}")
                             << QByteArray("True");
        QTest::newRow("c97") << QByteArray("{'a': 1}") << QByteArray("!=") << QByteArray("{'a': 1}")
                             << QByteArray("False");
        QTest::newRow("c98")
            << QByteArray("{'a': 1}") << QByteArray("<") << QByteArray("{'a': 1}")
            << QByteArray("!TypeError: '<' not supported between instances of 'dict' and 'dict'");
        QTest::newRow("c99")
            << QByteArray("{'a': 1}") << QByteArray("<=") << QByteArray("{'a': 1}")
            << QByteArray("!TypeError: '<=' not supported between instances of 'dict' and 'dict'");
        QTest::newRow("c100")
            << QByteArray("{'a': 1}") << QByteArray(">") << QByteArray("{'a': 1}")
            << QByteArray("!TypeError: '>' not supported between instances of 'dict' and 'dict'");
        QTest::newRow("c101")
            << QByteArray("{'a': 1}") << QByteArray(">=") << QByteArray("{'a': 1}")
            << QByteArray("!TypeError: '>=' not supported between instances of 'dict' and 'dict'");
        QTest::newRow("c102") << QByteArray("{'a': 1}") << QByteArray("==")
                              << QByteArray("{'a': 2}") << QByteArray("False");
        QTest::newRow("c103") << QByteArray("{'a': 1}") << QByteArray("!=")
                              << QByteArray("{'a': 2}") << QByteArray("True");
        QTest::newRow("c104")
            << QByteArray("{'a': 1}") << QByteArray("<") << QByteArray("{'a': 2}")
            << QByteArray("!TypeError: '<' not supported between instances of 'dict' and 'dict'");
        QTest::newRow("c105")
            << QByteArray("{'a': 1}") << QByteArray("<=") << QByteArray("{'a': 2}")
            << QByteArray("!TypeError: '<=' not supported between instances of 'dict' and 'dict'");
        QTest::newRow("c106")
            << QByteArray("{'a': 1}") << QByteArray(">") << QByteArray("{'a': 2}")
            << QByteArray("!TypeError: '>' not supported between instances of 'dict' and 'dict'");
        QTest::newRow("c107")
            << QByteArray("{'a': 1}") << QByteArray(">=") << QByteArray("{'a': 2}")
            << QByteArray("!TypeError: '>=' not supported between instances of 'dict' and 'dict'");
        QTest::newRow("c108") << QByteArray("float('nan')") << QByteArray("==")
                              << QByteArray("float('nan')") << QByteArray("False");
        QTest::newRow("c109") << QByteArray("float('nan')") << QByteArray("!=")
                              << QByteArray("float('nan')") << QByteArray("True");
        QTest::newRow("c110") << QByteArray("float('nan')") << QByteArray("<")
                              << QByteArray("float('nan')") << QByteArray("False");
        QTest::newRow("c111") << QByteArray("float('nan')") << QByteArray("<=")
                              << QByteArray("float('nan')") << QByteArray("False");
        QTest::newRow("c112") << QByteArray("float('nan')") << QByteArray(">")
                              << QByteArray("float('nan')") << QByteArray("False");
        QTest::newRow("c113") << QByteArray("float('nan')") << QByteArray(">=")
                              << QByteArray("float('nan')") << QByteArray("False");
        QTest::newRow("c114") << QByteArray("9007199254740993") << QByteArray("==")
                              << QByteArray("9007199254740992.0") << QByteArray("False");
        QTest::newRow("c115") << QByteArray("9007199254740993") << QByteArray("!=")
                              << QByteArray("9007199254740992.0") << QByteArray("True");
        QTest::newRow("c116") << QByteArray("9007199254740993") << QByteArray("<")
                              << QByteArray("9007199254740992.0") << QByteArray("False");
        QTest::newRow("c117") << QByteArray("9007199254740993") << QByteArray("<=")
                              << QByteArray("9007199254740992.0") << QByteArray("False");
        QTest::newRow("c118") << QByteArray("9007199254740993") << QByteArray(">")
                              << QByteArray("9007199254740992.0") << QByteArray("True");
        QTest::newRow("c119") << QByteArray("9007199254740993") << QByteArray(">=")
                              << QByteArray("9007199254740992.0") << QByteArray("True");
        QTest::newRow("c120") << QByteArray("[[1, 2], 3]") << QByteArray("==")
                              << QByteArray("[[1, 2], 4]") << QByteArray("False");
        QTest::newRow("c121") << QByteArray("[[1, 2], 3]") << QByteArray("!=")
                              << QByteArray("[[1, 2], 4]") << QByteArray("True");
        QTest::newRow("c122") << QByteArray("[[1, 2], 3]") << QByteArray("<")
                              << QByteArray("[[1, 2], 4]") << QByteArray("True");
        QTest::newRow("c123") << QByteArray("[[1, 2], 3]") << QByteArray("<=")
                              << QByteArray("[[1, 2], 4]") << QByteArray("True");
        QTest::newRow("c124") << QByteArray("[[1, 2], 3]") << QByteArray(">")
                              << QByteArray("[[1, 2], 4]") << QByteArray("False");
        QTest::newRow("c125") << QByteArray("[[1, 2], 3]") << QByteArray(">=")
                              << QByteArray("[[1, 2], 4]") << QByteArray("False");
        QTest::newRow("c126") << QByteArray("''") << QByteArray("==") << QByteArray("'a'")
                              << QByteArray("False");
        QTest::newRow("c127") << QByteArray("''") << QByteArray("!=") << QByteArray("'a'")
                              << QByteArray("True");
        QTest::newRow("c128") << QByteArray("''") << QByteArray("<") << QByteArray("'a'")
                              << QByteArray("True");
        QTest::newRow("c129") << QByteArray("''") << QByteArray("<=") << QByteArray("'a'")
                              << QByteArray("True");
        QTest::newRow("c130") << QByteArray("''") << QByteArray(">") << QByteArray("'a'")
                              << QByteArray("False");
        QTest::newRow("c131") << QByteArray("''") << QByteArray(">=") << QByteArray("'a'")
                              << QByteArray("False");
        QTest::newRow("c132") << QByteArray("'é'") << QByteArray("==") << QByteArray("'z'")
                              << QByteArray("False");
        QTest::newRow("c133") << QByteArray("'é'") << QByteArray("!=") << QByteArray("'z'")
                              << QByteArray("True");
        QTest::newRow("c134") << QByteArray("'é'") << QByteArray("<") << QByteArray("'z'")
                              << QByteArray("False");
        QTest::newRow("c135") << QByteArray("'é'") << QByteArray("<=") << QByteArray("'z'")
                              << QByteArray("False");
        QTest::newRow("c136") << QByteArray("'é'") << QByteArray(">") << QByteArray("'z'")
                              << QByteArray("True");
        QTest::newRow("c137") << QByteArray("'é'") << QByteArray(">=") << QByteArray("'z'")
                              << QByteArray("True");
        QTest::newRow("c138") << QByteArray("range(0, 3)") << QByteArray("==")
                              << QByteArray("range(0, 3, 1)") << QByteArray("True");
        QTest::newRow("c139") << QByteArray("range(0, 3)") << QByteArray("!=")
                              << QByteArray("range(0, 3, 1)") << QByteArray("False");
        QTest::newRow("c140")
            << QByteArray("range(0, 3)") << QByteArray("<") << QByteArray("range(0, 3, 1)")
            << QByteArray("!TypeError: '<' not supported between instances of 'range' and 'range'");
        QTest::newRow("c141")
            << QByteArray("range(0, 3)") << QByteArray("<=") << QByteArray("range(0, 3, 1)")
            << QByteArray(
                   "!TypeError: '<=' not supported between instances of 'range' and 'range'");
        QTest::newRow("c142")
            << QByteArray("range(0, 3)") << QByteArray(">") << QByteArray("range(0, 3, 1)")
            << QByteArray("!TypeError: '>' not supported between instances of 'range' and 'range'");
        QTest::newRow("c143")
            << QByteArray("range(0, 3)") << QByteArray(">=") << QByteArray("range(0, 3, 1)")
            << QByteArray(
                   "!TypeError: '>=' not supported between instances of 'range' and 'range'");
        QTest::newRow("c144") << QByteArray("frozenset({1})") << QByteArray("==")
                              << QByteArray("{1}") << QByteArray("True");
        QTest::newRow("c145") << QByteArray("frozenset({1})") << QByteArray("!=")
                              << QByteArray("{1}") << QByteArray("False");
        QTest::newRow("c146") << QByteArray("frozenset({1})") << QByteArray("<")
                              << QByteArray("{1}") << QByteArray("False");
        QTest::newRow("c147") << QByteArray("frozenset({1})") << QByteArray("<=")
                              << QByteArray("{1}") << QByteArray("True");
        QTest::newRow("c148") << QByteArray("frozenset({1})") << QByteArray(">")
                              << QByteArray("{1}") << QByteArray("False");
        QTest::newRow("c149") << QByteArray("frozenset({1})") << QByteArray(">=")
                              << QByteArray("{1}") << QByteArray("True");
    }
    void compare() {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, op);
        QFETCH(QByteArray, b);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        QCOMPARE(outcome(ctx, Comparison::compareValues(ctx, literal(ctx, a), literal(ctx, b),
                                                        compareOp(op))),
                 expected);
    }

    void contains_data() {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QByteArray>("container");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("in0") << QByteArray("1") << QByteArray("[1, 2]") << QByteArray("True");
        QTest::newRow("in1") << QByteArray("3") << QByteArray("[1, 2]") << QByteArray("False");
        QTest::newRow("in2") << QByteArray("'b'") << QByteArray("'abc'") << QByteArray("True");
        QTest::newRow("in3") << QByteArray("'bd'") << QByteArray("'abc'") << QByteArray("False");
        QTest::newRow("in4") << QByteArray("''") << QByteArray("'abc'") << QByteArray("True");
        QTest::newRow("in5")
            << QByteArray("1") << QByteArray("'abc'")
            << QByteArray("!TypeError: 'in <string>' requires string as left operand, not int");
        QTest::newRow("in6") << QByteArray("'a'") << QByteArray("{'a': 1}") << QByteArray("True");
        QTest::newRow("in7") << QByteArray("1") << QByteArray("{'a': 1}") << QByteArray("False");
        QTest::newRow("in8") << QByteArray("1.0") << QByteArray("{1}") << QByteArray("True");
        QTest::newRow("in9") << QByteArray("[1]") << QByteArray("{1}")
                             << QByteArray("!TypeError: unhashable type: 'list'");
        QTest::newRow("in10") << QByteArray("5") << QByteArray("range(0, 10, 5)")
                              << QByteArray("True");
        QTest::newRow("in11") << QByteArray("6") << QByteArray("range(0, 10, 5)")
                              << QByteArray("False");
        QTest::newRow("in12") << QByteArray("10") << QByteArray("range(0, 10, 5)")
                              << QByteArray("False");
        QTest::newRow("in13") << QByteArray("1") << QByteArray("5")
                              << QByteArray("!TypeError: argument of type 'int' is not iterable");
        QTest::newRow("in14") << QByteArray("(1, 2)") << QByteArray("[(1, 2)]")
                              << QByteArray("True");
        QTest::newRow("in15") << QByteArray("True") << QByteArray("[1]") << QByteArray("True");
        QTest::newRow("in16") << QByteArray("-3") << QByteArray("range(0, -10, -3)")
                              << QByteArray("True");
    }
    void contains() {
        QFETCH(QByteArray, item);
        QFETCH(QByteArray, container);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        int r = Comparison::contains(ctx, literal(ctx, container), literal(ctx, item));
        QCOMPARE(outcome(ctx, r < 0 ? Value::error() : Value::fromBool(r != 0)), expected);
    }

    void unary_data() {
        QTest::addColumn<QByteArray>("op");
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("u0") << QByteArray("-") << QByteArray("5") << QByteArray("-5");
        QTest::newRow("u1") << QByteArray("-") << QByteArray("-9223372036854775808")
                            << QByteArray(
                                   "!OverflowError: integer overflow: result does not fit in 64 "
                                   "bits (timeslice ints are 64-bit)");
        QTest::newRow("u2") << QByteArray("-") << QByteArray("2.5") << QByteArray("-2.5");
        QTest::newRow("u3") << QByteArray("-") << QByteArray("True") << QByteArray("-1");
        QTest::newRow("u4") << QByteArray("+") << QByteArray("True") << QByteArray("1");
        QTest::newRow("u5") << QByteArray("~") << QByteArray("5") << QByteArray("-6");
        QTest::newRow("u6") << QByteArray("~") << QByteArray("True") << QByteArray("-2");
        QTest::newRow("u7") << QByteArray("-") << QByteArray("'a'")
                            << QByteArray("!TypeError: bad operand type for unary -: 'str'");
        QTest::newRow("u8") << QByteArray("+") << QByteArray("'a'")
                            << QByteArray("!TypeError: bad operand type for unary +: 'str'");
        QTest::newRow("u9") << QByteArray("~") << QByteArray("'a'")
                            << QByteArray("!TypeError: bad operand type for unary ~: 'str'");
        QTest::newRow("u10") << QByteArray("~") << QByteArray("1.5")
                             << QByteArray("!TypeError: bad operand type for unary ~: 'float'");
        QTest::newRow("u11") << QByteArray("not") << QByteArray("[]") << QByteArray("True");
        QTest::newRow("u12") << QByteArray("not") << QByteArray("'a'") << QByteArray("False");
    }
    void unary() {
        QFETCH(QByteArray, op);
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        Value v = literal(ctx, a);
        Value r;
        if (op == "-")
            r = Arithmetic::negate(ctx, v);
        else if (op == "+")
            r = Arithmetic::positive(ctx, v);
        else if (op == "~")
            r = Arithmetic::invert(ctx, v);
        else
            r = Value::fromBool(Comparison::truthy(ctx, v) == 0);
        QCOMPARE(outcome(ctx, r), expected);
    }

    void index_data() {
        QTest::addColumn<QByteArray>("container");
        QTest::addColumn<QByteArray>("index");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("i0") << QByteArray("'abc'") << QByteArray("1") << QByteArray("'b'");
        QTest::newRow("i1") << QByteArray("'abc'") << QByteArray("-1") << QByteArray("'c'");
        QTest::newRow("i2") << QByteArray("'abc'") << QByteArray("3")
                            << QByteArray("!IndexError: string index out of range");
        QTest::newRow("i3") << QByteArray("'abc'") << QByteArray("'a'")
                            << QByteArray("!TypeError: string indices must be integers, not 'str'");
        QTest::newRow("i4") << QByteArray("[1, 2, 3]") << QByteArray("-3") << QByteArray("1");
        QTest::newRow("i5") << QByteArray("[1, 2, 3]") << QByteArray("3")
                            << QByteArray("!IndexError: list index out of range");
        QTest::newRow("i6") << QByteArray("[1]") << QByteArray("'a'")
                            << QByteArray(
                                   "!TypeError: list indices must be integers or slices, not str");
        QTest::newRow("i7") << QByteArray("(1, 2)") << QByteArray("5")
                            << QByteArray("!IndexError: tuple index out of range");
        QTest::newRow("i8")
            << QByteArray("(1, 2)") << QByteArray("1.0")
            << QByteArray("!TypeError: tuple indices must be integers or slices, not float");
        QTest::newRow("i9") << QByteArray("{'a': 1}") << QByteArray("'a'") << QByteArray("1");
        QTest::newRow("i10") << QByteArray("{'a': 1}") << QByteArray("'b'")
                             << QByteArray("!KeyError: 'b'");
        QTest::newRow("i11") << QByteArray("{(1, 2): 'x'}") << QByteArray("(1, 2)")
                             << QByteArray("'x'");
        QTest::newRow("i12") << QByteArray("{1: 'one'}") << QByteArray("1.0")
                             << QByteArray("'one'");
        QTest::newRow("i13") << QByteArray("{1: 'one'}") << QByteArray("True")
                             << QByteArray("'one'");
        QTest::newRow("i14") << QByteArray("{}") << QByteArray("[1]")
                             << QByteArray("!TypeError: unhashable type: 'list'");
        QTest::newRow("i15") << QByteArray("range(0, 10, 2)") << QByteArray("3") << QByteArray("6");
        QTest::newRow("i16") << QByteArray("range(0, 10, 2)") << QByteArray("5")
                             << QByteArray("!IndexError: range object index out of range");
        QTest::newRow("i17") << QByteArray("5") << QByteArray("0")
                             << QByteArray("!TypeError: 'int' object is not subscriptable");
        QTest::newRow("i18") << QByteArray("{1, 2}") << QByteArray("0")
                             << QByteArray("!TypeError: 'set' object is not subscriptable");
        QTest::newRow("i19") << QByteArray("'héllo'") << QByteArray("1") << QByteArray("'é'");
        QTest::newRow("i20") << QByteArray("[1, 2]") << QByteArray("True") << QByteArray("2");
    }
    void index() {
        QFETCH(QByteArray, container);
        QFETCH(QByteArray, index);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        QCOMPARE(outcome(ctx, Indexing::getItem(ctx, literal(ctx, container), literal(ctx, index))),
                 expected);
    }

    void slice_data() {
        QTest::addColumn<QByteArray>("container");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("stop");
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("s0") << QByteArray("'abcdef'") << QByteArray("1") << QByteArray("4")
                            << QByteArray("None") << QByteArray("'bcd'");
        QTest::newRow("s1") << QByteArray("'abcdef'") << QByteArray("None") << QByteArray("None")
                            << QByteArray("-1") << QByteArray("'fedcba'");
        QTest::newRow("s2") << QByteArray("'abcdef'") << QByteArray("None") << QByteArray("None")
                            << QByteArray("2") << QByteArray("'ace'");
        QTest::newRow("s3") << QByteArray("'abcdef'") << QByteArray("-2") << QByteArray("None")
                            << QByteArray("None") << QByteArray("'ef'");
        QTest::newRow("s4") << QByteArray("'abcdef'") << QByteArray("10") << QByteArray("20")
                            << QByteArray("None") << QByteArray("''");
        QTest::newRow("s5") << QByteArray("'abcdef'") << QByteArray("4") << QByteArray("1")
                            << QByteArray("-1") << QByteArray("'edc'");
        QTest::newRow("s6") << QByteArray("'abcdef'") << QByteArray("None") << QByteArray("None")
                            << QByteArray("0")
                            << QByteArray("!ValueError: slice step cannot be zero");
        QTest::newRow("s7") << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("1") << QByteArray("-1")
                            << QByteArray("None") << QByteArray("[2, 3, 4]");
        QTest::newRow("s8") << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("None")
                            << QByteArray("None") << QByteArray("-2") << QByteArray("[5, 3, 1]");
        QTest::newRow("s9") << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("-100")
                            << QByteArray("100") << QByteArray("3") << QByteArray("[1, 4]");
        QTest::newRow("s10") << QByteArray("(1, 2, 3)") << QByteArray("None") << QByteArray("2")
                             << QByteArray("None") << QByteArray("(1, 2)");
        QTest::newRow("s11") << QByteArray("(1, 2, 3)") << QByteArray("5") << QByteArray("None")
                             << QByteArray("-1") << QByteArray("(3, 2, 1)");
        QTest::newRow("s12") << QByteArray("range(0, 20, 3)") << QByteArray("1") << QByteArray("5")
                             << QByteArray("None") << QByteArray("range(3, 15, 3)");
        QTest::newRow("s13") << QByteArray("range(0, 20, 3)") << QByteArray("None")
                             << QByteArray("None") << QByteArray("-1")
                             << QByteArray("range(18, -3, -3)");
        QTest::newRow("s14") << QByteArray("'héllo'") << QByteArray("1") << QByteArray("3")
                             << QByteArray("None") << QByteArray("'él'");
        QTest::newRow("s15") << QByteArray("[1, 2, 3]") << QByteArray("'a'") << QByteArray("None")
                             << QByteArray("None")
                             << QByteArray(
                                    "!TypeError: slice indices must be integers or None or have an "
                                    "__index__ method");
        QTest::newRow("s16") << QByteArray("'abcdef'") << QByteArray("-1") << QByteArray("-7")
                             << QByteArray("-2") << QByteArray("'fdb'");
    }
    void slice() {
        QFETCH(QByteArray, container);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, stop);
        QFETCH(QByteArray, step);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        Value r = Indexing::getSlice(ctx, literal(ctx, container), literal(ctx, start),
                                     literal(ctx, stop), literal(ctx, step));
        QCOMPARE(outcome(ctx, r), expected);
    }

    void sliceAssign_data() {
        QTest::addColumn<QByteArray>("container");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("stop");
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("sa0") << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("1") << QByteArray("3")
                             << QByteArray("None") << QByteArray("['a']")
                             << QByteArray("[1, 'a', 4, 5]");
        QTest::newRow("sa1") << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("None")
                             << QByteArray("None") << QByteArray("2")
                             << QByteArray("['a', 'b', 'c']")
                             << QByteArray("['a', 2, 'b', 4, 'c']");
        QTest::newRow("sa2")
            << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("None") << QByteArray("None")
            << QByteArray("2") << QByteArray("['a']")
            << QByteArray(
                   "!ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
        QTest::newRow("sa3") << QByteArray("[1, 2, 3]") << QByteArray("3") << QByteArray("3")
                             << QByteArray("None") << QByteArray("(7, 8)")
                             << QByteArray("[1, 2, 3, 7, 8]");
        QTest::newRow("sa4") << QByteArray("[1, 2, 3]") << QByteArray("0") << QByteArray("0")
                             << QByteArray("None") << QByteArray("'xy'")
                             << QByteArray("['x', 'y', 1, 2, 3]");
        QTest::newRow("sa5") << QByteArray("[1, 2, 3]") << QByteArray("None") << QByteArray("None")
                             << QByteArray("-1") << QByteArray("[7, 8, 9]")
                             << QByteArray("[9, 8, 7]");
        QTest::newRow("sa6") << QByteArray("[1, 2, 3]") << QByteArray("1") << QByteArray("2")
                             << QByteArray("None") << QByteArray("5")
                             << QByteArray("!TypeError: can only assign an iterable");
        QTest::newRow("sa7") << QByteArray("[1, 2, 3]") << QByteArray("2") << QByteArray("1")
                             << QByteArray("None") << QByteArray("[9]")
                             << QByteArray("[1, 2, 9, 3]");
    }
    void sliceAssign() {
        QFETCH(QByteArray, container);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, stop);
        QFETCH(QByteArray, step);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        Value list = literal(ctx, container);
        bool ok = Indexing::setSlice(ctx, list, literal(ctx, start), literal(ctx, stop),
                                     literal(ctx, step), literal(ctx, value));
        QCOMPARE(outcome(ctx, ok ? list : Value::error()), expected);
    }

    void sliceDelete_data() {
        QTest::addColumn<QByteArray>("container");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("stop");
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("sd0") << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("1") << QByteArray("3")
                             << QByteArray("None") << QByteArray("[1, 4, 5]");
        QTest::newRow("sd1") << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("None")
                             << QByteArray("None") << QByteArray("2") << QByteArray("[2, 4]");
        QTest::newRow("sd2") << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("None")
                             << QByteArray("None") << QByteArray("-2") << QByteArray("[2, 4]");
        QTest::newRow("sd3") << QByteArray("[1, 2, 3, 4, 5]") << QByteArray("-2")
                             << QByteArray("None") << QByteArray("None") << QByteArray("[1, 2, 3]");
        QTest::newRow("sd4") << QByteArray("[1, 2, 3]") << QByteArray("5") << QByteArray("9")
                             << QByteArray("None") << QByteArray("[1, 2, 3]");
    }
    void sliceDelete() {
        QFETCH(QByteArray, container);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, stop);
        QFETCH(QByteArray, step);
        QFETCH(QByteArray, expected);
        RuntimeContext ctx(PythonVersion::Python3);
        Value list = literal(ctx, container);
        bool ok = Indexing::deleteSlice(ctx, list, literal(ctx, start), literal(ctx, stop),
                                        literal(ctx, step));
        QCOMPARE(outcome(ctx, ok ? list : Value::error()), expected);
    }

    void itemAssignmentAndDeletion() {
        RuntimeContext ctx(PythonVersion::Python3);
        Value list = literal(ctx, "[1, 2, 3]");
        QVERIFY(Indexing::setItem(ctx, list, Value::fromInt(-1), Value::fromInt(9)));
        QVERIFY(Indexing::deleteItem(ctx, list, Value::fromInt(0)));
        QCOMPARE(outcome(ctx, list), QByteArray("[2, 9]"));
        QVERIFY(!Indexing::setItem(ctx, list, Value::fromInt(5), Value::none()));
        QCOMPARE(ctx.error().describe(),
                 std::string("IndexError: list assignment index out of range"));
        Value tuple = literal(ctx, "(1,)");
        QVERIFY(!Indexing::setItem(ctx, tuple, Value::fromInt(0), Value::none()));
        QCOMPARE(ctx.error().describe(),
                 std::string("TypeError: 'tuple' object does not support item assignment"));
        Value dict = literal(ctx, "{'a': 1}");
        QVERIFY(!Indexing::deleteItem(ctx, dict, literal(ctx, "'b'")));
        QCOMPARE(ctx.error().describe(), std::string("KeyError: 'b'"));
        QCOMPARE(outcome(ctx, ctx.error().payload), QByteArray("'b'"));
    }

    void listInPlaceAddExtendsTheSameList() {
        RuntimeContext ctx(PythonVersion::Python3);
        Value list = literal(ctx, "[1]");
        Value alias = list;
        Value r = Arithmetic::inPlace(ctx, BinaryOp::Add, list, literal(ctx, "(2, 3)"));
        QCOMPARE(r.asObject(), list.asObject());
        QCOMPARE(outcome(ctx, alias), QByteArray("[1, 2, 3]"));
        Value n = Arithmetic::inPlace(ctx, BinaryOp::Add, Value::fromInt(1), literal(ctx, "'a'"));
        QCOMPARE(outcome(ctx, n),
                 QByteArray("!TypeError: unsupported operand type(s) for +=: 'int' and 'str'"));
    }
};

QTEST_APPLESS_MAIN(RuntimeOpsTest)
#include "test_RuntimeOps.moc"
