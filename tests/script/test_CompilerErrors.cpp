// What CPython rejects at compile time is rejected here too, with CPython's message and the
// position of the offending node, as "FILE:LINE:COL: error: SyntaxError: message"; so are the
// few constructs timeslice does not run.
#include <QtTest>

#include <memory>
#include <string>

#include "script/compiler/Compiler.h"
#include "script/runtime/RuntimeContext.h"
#include "script/syntax/ProgramParser.h"
#include "script/syntax/SyntaxError.h"

using namespace ts::script;

namespace {

QString compileError(const ast::Module& module) {
    RuntimeContext ctx(module.version);
    try {
        compileModule(module, ctx, "e.py");
        return {};
    } catch (const SyntaxError& error) {
        return QString::fromUtf8(error.what());
    }
}

QString compileError(const QString& source, ParseMode mode) {
    return compileError(parseProgram(source.toStdString(), "e.py", mode));
}

}  // namespace

class TestCompilerErrors : public QObject {
    Q_OBJECT

private slots:
    void rejected_data();
    void rejected();
    void accepted_data();
    void accepted();
    void statementsOutsideTheirBlock_data();
    void statementsOutsideTheirBlock();
};

void TestCompilerErrors::rejected_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    const int py3 = static_cast<int>(ParseMode::Python3);
    const int py2 = static_cast<int>(ParseMode::Python2);

    QTest::newRow("parameter and global") << "def f(x):\n    global x\n" << py3
                                          << "e.py:2:5: error: SyntaxError: name 'x' is parameter and global";
    QTest::newRow("parameter and global, python 2") << "def f(x):\n    global x\n" << py2
                                                    << "e.py:2:5: error: SyntaxError: name 'x' is parameter and global";
    QTest::newRow("used before global") << "def f():\n    print(x)\n    global x\n" << py3
                                        << "e.py:3:5: error: SyntaxError: name 'x' is used prior to global declaration";
    QTest::newRow("assigned before global") << "x = 1\nglobal x\n" << py3
                                            << "e.py:2:1: error: SyntaxError: name 'x' is assigned to before global declaration";
    QTest::newRow("parameter and nonlocal") << "def f(x):\n    def g(x):\n        nonlocal x\n" << py3
                                            << "e.py:3:9: error: SyntaxError: name 'x' is parameter and nonlocal";
    QTest::newRow("no binding for nonlocal") << "def f():\n    def g():\n        nonlocal y\n" << py3
                                             << "e.py:3:9: error: SyntaxError: no binding for nonlocal 'y' found";
    QTest::newRow("nonlocal finds no class binding")
        << "def f():\n    class C:\n        y = 1\n        def g(self):\n            nonlocal y\n" << py3
        << "e.py:5:13: error: SyntaxError: no binding for nonlocal 'y' found";
    QTest::newRow("nonlocal and global") << "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"
                                         << py3 << "e.py:4:9: error: SyntaxError: name 'x' is nonlocal and global";
    QTest::newRow("annotated global") << "def f():\n    global x\n    x: int = 1\n" << py3
                                      << "e.py:3:5: error: SyntaxError: annotated name 'x' can't be global";
    QTest::newRow("import star in a function") << "def f():\n    from os import *\n" << py3
                                               << "e.py:2:20: error: SyntaxError: import * only allowed at module level";
    QTest::newRow("future import after code") << "x = 1\nfrom __future__ import division\n" << py2
                                              << "e.py:2:1: error: SyntaxError: from __future__ imports must occur at the beginning of the file";
    QTest::newRow("unknown future feature") << "from __future__ import telepathy\n" << py3
                                            << "e.py:1:24: error: SyntaxError: future feature telepathy is not defined";
    QTest::newRow("yield in a list comprehension") << "def f(xs):\n    return [(yield x) for x in xs]\n" << py3
                                                   << "e.py:2:14: error: SyntaxError: 'yield' inside list comprehension";
    QTest::newRow("walrus in a class comprehension") << "class C:\n    xs = [(y := i) for i in range(3)]\n" << py3
                                                     << "e.py:2:12: error: SyntaxError: assignment expression within a comprehension cannot be used in a class body";
    QTest::newRow("return with value in a python 2 generator") << "def f():\n    yield 1\n    return 2\n" << py2
                                                               << "e.py:3:5: error: SyntaxError: 'return' with argument inside generator";
    QTest::newRow("exec statement") << "exec 'x = 1'\n" << py2
                                    << "e.py:1:1: error: SyntaxError: the exec statement is not supported";
    QTest::newRow("complex literal") << "z = 1 + 2j\n" << py3
                                     << "e.py:1:9: error: SyntaxError: complex numbers are not supported";
    QTest::newRow("integer beyond 64 bits") << "n = 99999999999999999999\n" << py3
                                            << "e.py:1:5: error: SyntaxError: integer literal too large: timeslice integers are 64-bit";
    QTest::newRow("bytes literal") << "b = b'abc'\n" << py3
                                   << "e.py:1:5: error: SyntaxError: bytes literals are not supported";
    {
        QString nested;
        for (int i = 0; i < 21; ++i) nested += QString(i * 4, QLatin1Char(' ')) + QStringLiteral("for x%1 in y:\n").arg(i);
        nested += QString(21 * 4, QLatin1Char(' ')) + QStringLiteral("pass\n");
        QTest::newRow("too many nested blocks") << nested << py3
                                                << "e.py:21:81: error: SyntaxError: too many statically nested blocks";
    }
}

void TestCompilerErrors::rejected() {
    QFETCH(QString, source);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    QCOMPARE(compileError(source, static_cast<ParseMode>(mode)), expected);
}

void TestCompilerErrors::accepted_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("mode");
    const int py3 = static_cast<int>(ParseMode::Python3);
    const int py2 = static_cast<int>(ParseMode::Python2);
    // Python 2 only warns about a name used before its global declaration.
    QTest::newRow("python 2 late global") << "def f():\n    x = 1\n    global x\n" << py2;
    QTest::newRow("global at module level") << "global x\nx = 1\n" << py3;
    QTest::newRow("future imports after the docstring")
        << "'''doc'''\nfrom __future__ import division\nfrom __future__ import print_function\nprint('x')\n" << py2;
    QTest::newRow("continue in finally (3.8+)") << "for x in y:\n    try:\n        pass\n    finally:\n        continue\n"
                                                << py3;
    QTest::newRow("negative 64-bit minimum") << "n = -9223372036854775808\n" << py3;
    QTest::newRow("bytes in python 2 are str") << "b = b'abc'\n" << py2;
    QTest::newRow("ellipsis body") << "def f():\n    ...\n" << py3;
    QTest::newRow("dead code is still compiled") << "if 0:\n    def f():\n        return 1\n" << py3;
}

void TestCompilerErrors::accepted() {
    QFETCH(QString, source);
    QFETCH(int, mode);
    const QString error = compileError(source, static_cast<ParseMode>(mode));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// The parser already refuses these; the compiler checks them again for trees built otherwise.
void TestCompilerErrors::statementsOutsideTheirBlock_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("break") << static_cast<int>(ast::StmtKind::Break) << "e.py:3:5: error: SyntaxError: 'break' outside loop";
    QTest::newRow("continue") << static_cast<int>(ast::StmtKind::Continue)
                              << "e.py:3:5: error: SyntaxError: 'continue' not properly in loop";
    QTest::newRow("return") << static_cast<int>(ast::StmtKind::Return)
                            << "e.py:3:5: error: SyntaxError: 'return' outside function";
}

void TestCompilerErrors::statementsOutsideTheirBlock() {
    QFETCH(int, kind);
    QFETCH(QString, expected);
    ast::Module module;
    const ts::SourcePos pos{3, 5};
    switch (static_cast<ast::StmtKind>(kind)) {
        case ast::StmtKind::Break: module.body.push_back(std::make_unique<ast::Break>(pos)); break;
        case ast::StmtKind::Continue: module.body.push_back(std::make_unique<ast::Continue>(pos)); break;
        default: module.body.push_back(std::make_unique<ast::Return>(pos)); break;
    }
    QCOMPARE(compileError(module), expected);
}

QTEST_APPLESS_MAIN(TestCompilerErrors)
#include "test_CompilerErrors.moc"
