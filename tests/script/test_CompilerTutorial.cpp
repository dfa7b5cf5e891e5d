// Every code block of the threading tutorial compiles, and so does every example program once
// its blocks are put together (parsed with ParseMode::Auto, as `timeslice run` does). Each code
// object is also checked by an independent walk of its instructions: the stack never goes
// negative or above stackSize, every jump lands inside the code, and every instruction is
// reached with one stack depth whichever path leads to it. The tutorial is read at run time.
#include <QtTest>

#include "TutorialPrograms.h"

#include <QFile>
#include <QRegularExpression>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "script/compiler/Compiler.h"
#include "script/compiler/StackEffect.h"
#include "script/runtime/RuntimeContext.h"
#include "script/syntax/ProgramParser.h"
#include "script/syntax/SyntaxError.h"
#include "script/vm/CodeValue.h"
#include "script/vm/Disassembler.h"

using namespace ts::script;

namespace {

using CodeBlock = ts::test::TutorialBlock;
using ts::test::isPseudoCode;
using ts::test::usesPrintStatement;

// The tutorial's code blocks (its output blocks left out).
std::vector<CodeBlock> tutorialCodeBlocks() {
    std::vector<CodeBlock> blocks = ts::test::tutorialBlocks();
    std::erase_if(blocks, [](const CodeBlock& b) { return b.isOutput; });
    return blocks;
}

void forEachCode(const CodeObject& code, const std::function<void(const CodeObject&)>& visit) {
    visit(code);
    for (const Value& constant : code.constants)
        if (const auto* nested = constant.tryAs<CodeValue>()) forEachCode(nested->code(), visit);
}

// An empty string when the code's stack discipline holds, else what is wrong.
QString verifyStack(const CodeObject& code) {
    const std::size_t size = code.code.size();
    std::vector<int> depthAt(size, -1);
    std::vector<std::pair<std::size_t, int>> pending{{0, 0}};
    auto where = [&](std::size_t i) {
        return QStringLiteral("%1 at %2 (%3)").arg(QString::fromStdString(code.qualname)).arg(i)
            .arg(QString::fromStdString(instructionName(code, i)));
    };
    while (!pending.empty()) {
        auto [i, depth] = pending.back();
        pending.pop_back();
        for (;;) {
            if (i >= size) return QStringLiteral("%1 runs off the end").arg(QString::fromStdString(code.qualname));
            if (depthAt[i] != -1) {
                if (depthAt[i] != depth) return where(i) + QStringLiteral(": reached with depths %1 and %2").arg(depthAt[i]).arg(depth);
                break;
            }
            depthAt[i] = depth;
            const Instruction instruction = code.code[i];
            if (hasJumpTarget(instruction.op())) {
                if (instruction.arg() >= size) return where(i) + QStringLiteral(": jump outside the code");
                pending.emplace_back(instruction.arg(), depth + stackEffect(instruction.op(), instruction.arg(), true));
            }
            if (endsControlFlow(instruction.op())) break;
            depth += stackEffect(instruction.op(), instruction.arg(), false);
            if (depth < 0) return where(i) + QStringLiteral(": stack underflow");
            if (depth > code.stackSize) return where(i) + QStringLiteral(": deeper than stackSize");
            ++i;
        }
    }
    return {};
}

QString compileAndVerify(const QString& source, std::shared_ptr<const CodeObject>* out = nullptr,
                         std::unique_ptr<RuntimeContext>* ctxOut = nullptr) {
    try {
        ast::Module module = parseProgram(source.toStdString(), "tutorial.py", ParseMode::Auto);
        auto ctx = std::make_unique<RuntimeContext>(module.version);
        std::shared_ptr<const CodeObject> code = compileModule(module, *ctx, "tutorial.py");
        QString problem;
        forEachCode(*code, [&](const CodeObject& each) {
            if (problem.isEmpty()) problem = verifyStack(each);
        });
        if (out) *out = code;
        if (ctxOut) *ctxOut = std::move(ctx);
        return problem;
    } catch (const SyntaxError& error) {
        return QString::fromUtf8(error.what());
    }
}

}  // namespace

class TestCompilerTutorial : public QObject {
    Q_OBJECT

private slots:
    void everyBlock_data();
    void everyBlock();
    void everyProgram_data();
    void everyProgram();
    void unwindingKeepsTheStackConsistent_data();
    void unwindingKeepsTheStackConsistent();
    void theLostUpdateIsThreeInstructions();
    void firstExampleSpinsOnOneJump();
};

void TestCompilerTutorial::everyBlock_data() {
    QTest::addColumn<QString>("code");
    const std::vector<CodeBlock> blocks = tutorialCodeBlocks();
    QVERIFY2(blocks.size() >= 25, "the tutorial's code blocks were not found");
    for (const CodeBlock& block : blocks) {
        if (isPseudoCode(block.text)) continue;
        QTest::newRow(qPrintable(QStringLiteral("line %1").arg(block.firstLine))) << block.text;
    }
}

void TestCompilerTutorial::everyBlock() {
    QFETCH(QString, code);
    const QString problem = compileAndVerify(code);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCompilerTutorial::everyProgram_data() {
    QTest::addColumn<QString>("program");
    const std::vector<CodeBlock> blocks = tutorialCodeBlocks();
    int programs = 0;
    for (std::size_t i = 0; i < blocks.size();) {
        QString program;
        const int firstLine = blocks[i].firstLine;
        bool pseudo = false;
        std::size_t j = i;
        for (; j < blocks.size() && blocks[j].slide == blocks[i].slide; ++j) {
            program += blocks[j].text;
            pseudo = pseudo || isPseudoCode(blocks[j].text);
        }
        i = j;
        if (pseudo) continue;
        ++programs;
        QTest::newRow(qPrintable(QStringLiteral("program at line %1").arg(firstLine))) << program;
    }
    QVERIFY2(programs >= 14, "fewer example programs than expected");
}

void TestCompilerTutorial::everyProgram() {
    QFETCH(QString, program);
    const QString problem = compileAndVerify(program);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Beyond the tutorial: return/break/continue leaving every kind of block, checked by the same walk.
void TestCompilerTutorial::unwindingKeepsTheStackConsistent_data() {
    QTest::addColumn<QString>("source");
    QTest::newRow("return from for in try/finally in with")
        << "def f(lock, xs):\n    with lock:\n        try:\n            for x in xs:\n                return x * 2\n"
           "        finally:\n            done()\n";
    QTest::newRow("continue in a named handler")
        << "def f(xs):\n    for x in xs:\n        try:\n            g(x)\n        except ValueError as e:\n"
           "            continue\n        except:\n            break\n    else:\n        h()\n";
    QTest::newRow("break out of with in for")
        << "for x in xs:\n    with a as b, c:\n        if b:\n            break\n        continue\n";
    QTest::newRow("return in finally")
        << "def f():\n    try:\n        return g()\n    finally:\n        return 1\n";
    QTest::newRow("return a value from a named handler")
        << "def f():\n    try:\n        g()\n    except E as e:\n        return e.args\n";
    QTest::newRow("try inside finally inside loop")
        << "while x:\n    try:\n        pass\n    finally:\n        try:\n            break\n"
           "        except:\n            continue\n";
    QTest::newRow("python 2 handler with a name")
        << "for x in y:\n    try:\n        f()\n    except IOError, e:\n        print e\n        break\n";
    QTest::newRow("comprehensions and lambdas in a class")
        << "class C:\n    xs = [i for i in range(3)]\n    f = lambda self, k=1: {a: b for a, b in self.d if a > k}\n"
           "    def g(self):\n        return (y for y in self.xs if y)\n";
    QTest::newRow("starred displays and calls")
        << "x = (*a, *b)\ny = {**d, 'k': 1, **e}\nz = {*s, 1}\nf(*a, *b, k=1, **c)\n";
}

void TestCompilerTutorial::unwindingKeepsTheStackConsistent() {
    QFETCH(QString, source);
    const QString problem = compileAndVerify(source);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The tutorial's lock example increments under a lock with `self.value += 1`; its shared
// counter slide (`global counter; counter += 1`) is what loses updates. Both compile to a
// separate load, add and store.
void TestCompilerTutorial::theLostUpdateIsThreeInstructions() {
    std::unique_ptr<RuntimeContext> ctx;
    std::shared_ptr<const CodeObject> code;
    const QString problem = compileAndVerify(QStringLiteral("counter = 0\n"
                                                            "def process_item(item):\n"
                                                            "    global counter\n"
                                                            "    counter += 1\n"),
                                             &code, &ctx);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const CodeObject* function = nullptr;
    forEachCode(*code, [&](const CodeObject& each) {
        if (each.name == "process_item") function = &each;
    });
    QVERIFY(function);
    QCOMPARE(function->code.size(), std::size_t{6});
    QCOMPARE(function->code[0].op(), Opcode::LoadGlobal);
    QCOMPARE(function->code[1].op(), Opcode::LoadConst);
    QCOMPARE(function->code[2].op(), Opcode::InplaceOp);
    QCOMPARE(function->code[3].op(), Opcode::StoreGlobal);
}

void TestCompilerTutorial::firstExampleSpinsOnOneJump() {
    // `while 1: pass` (the tutorial's first program) is a single jump to itself, as in CPython.
    std::unique_ptr<RuntimeContext> ctx;
    std::shared_ptr<const CodeObject> code;
    const QString problem = compileAndVerify(QStringLiteral("import thread\nwhile 1:\n    pass\n"), &code, &ctx);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const std::vector<Instruction>& instructions = code->code;
    bool found = false;
    for (std::size_t i = 0; i < instructions.size(); ++i)
        found = found || (instructions[i].op() == Opcode::Jump && instructions[i].arg() == i);
    QVERIFY2(found, disassemble(*code).c_str());
}

QTEST_APPLESS_MAIN(TestCompilerTutorial)
#include "test_CompilerTutorial.moc"
