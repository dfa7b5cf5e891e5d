// Every code block of the threading tutorial parses, and so does every example program once
// its blocks are put together the way a reader would; programs with print statements are
// detected as Python 2. The tutorial is read at run time, never copied into the project.
#include <QtTest>

#include "TutorialPrograms.h"

#include <QFile>
#include <QRegularExpression>

#include <string>
#include <vector>

#include "script/syntax/AstDumper.h"
#include "script/syntax/ProgramParser.h"
#include "script/syntax/SyntaxError.h"

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

QString parseError(const QString& source, ParseMode mode, PythonVersion* version = nullptr) {
    try {
        ast::Module module = parseProgram(source.toStdString(), "tutorial.py", mode);
        if (version) *version = module.version;
        return {};
    } catch (const SyntaxError& error) {
        return QString::fromUtf8(error.what());
    }
}

}  // namespace

class TestSyntaxTutorial : public QObject {
    Q_OBJECT

  private slots:
    void everyBlock_data();
    void everyBlock();
    void everyProgram_data();
    void everyProgram();
};

void TestSyntaxTutorial::everyBlock_data() {
    QTest::addColumn<QString>("code");
    const std::vector<CodeBlock> blocks = tutorialCodeBlocks();
    QVERIFY2(blocks.size() >= 25, "the tutorial's code blocks were not found");
    for (const CodeBlock& block : blocks)
        QTest::newRow(qPrintable(QStringLiteral("line %1").arg(block.firstLine))) << block.text;
}

void TestSyntaxTutorial::everyBlock() {
    QFETCH(QString, code);
    const QString error = parseError(code, ParseMode::Auto);
    if (isPseudoCode(code)) {
        // A clean SyntaxError at the prose, never a crash.
        QVERIFY2(!error.isEmpty(), "pseudo-code parsed");
        QVERIFY(error.startsWith(QLatin1String("tutorial.py:")));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSyntaxTutorial::everyProgram_data() {
    QTest::addColumn<QString>("program");
    const std::vector<CodeBlock> blocks = tutorialCodeBlocks();
    int programs = 0;
    int python2Programs = 0;
    for (std::size_t i = 0; i < blocks.size();) {
        // A slide's code blocks, in order, make one program (definitions come before the
        // output heading, the basicConfig/start part after it).
        QString program;
        int firstLine = blocks[i].firstLine;
        bool pseudo = false;
        std::size_t j = i;
        for (; j < blocks.size() && blocks[j].slide == blocks[i].slide; ++j) {
            program += blocks[j].text;
            pseudo = pseudo || isPseudoCode(blocks[j].text);
        }
        i = j;
        if (pseudo) continue;
        ++programs;
        if (usesPrintStatement(program)) ++python2Programs;
        QTest::newRow(qPrintable(QStringLiteral("program at line %1").arg(firstLine))) << program;
    }
    QVERIFY2(programs >= 14, "fewer example programs than expected");
    QVERIFY2(python2Programs >= 4, "fewer Python 2 example programs than expected");
}

void TestSyntaxTutorial::everyProgram() {
    QFETCH(QString, program);
    PythonVersion detected = PythonVersion::Python3;
    const QString error = parseError(program, ParseMode::Auto, &detected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const bool python2 = usesPrintStatement(program);
    QCOMPARE(detected, python2 ? PythonVersion::Python2 : PythonVersion::Python3);

    // The explicit modes agree: a Python 2 program is refused by the Python 3 grammar with
    // CPython's hint, and every program without print statements is also valid Python 2.
    const QString asPython3 = parseError(program, ParseMode::Python3);
    if (python2)
        QVERIFY2(asPython3.contains(QLatin1String("Missing parentheses in call to 'print'")),
                 qPrintable(asPython3));
    else
        QVERIFY2(asPython3.isEmpty(), qPrintable(asPython3));
    const QString asPython2 = parseError(program, ParseMode::Python2);
    QVERIFY2(asPython2.isEmpty(), qPrintable(asPython2));
}

QTEST_APPLESS_MAIN(TestSyntaxTutorial)
#include "test_SyntaxTutorial.moc"
