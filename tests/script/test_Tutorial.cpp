// Each example program of the threading tutorial runs unmodified under Python 2 on the default
// machine and prints the lines the tutorial shows, in its order (timestamps masked; programs
// that draw random pauses are compared with their numbers masked, as another generator draws
// other pauses). The first example runs forever: --until stops it, --interrupt-at ends it with
// CPython's KeyboardInterrupt traceback.
#include <QtTest>

#include "ProgramSimulation.h"
#include "TutorialPrograms.h"
#include "scenario/ProgramLoader.h"

using namespace ts;
using ts::test::TutorialProgram;

namespace {

QStringList outputLines(const RunReport& report) {
    QString text;
    for (const OutputRecord& record : report.output) text += QString::fromStdString(record.text);
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) lines << line;
    }
    return lines;
}

QStringList masked(QStringList lines, bool numbers) {
    static const QRegularExpression ctime(QStringLiteral("\\w{3} \\w{3} +\\d+ \\d\\d:\\d\\d:\\d\\d \\d{4}"));
    static const QRegularExpression asctime(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}"));
    static const QRegularExpression digits(QStringLiteral("\\d+(\\.\\d+)?"));
    for (QString& line : lines) {
        line.replace(ctime, QStringLiteral("<time>"));
        line.replace(asctime, QStringLiteral("<time>"));
        if (line.startsWith(QLatin1String("^C"))) line.remove(0, 2);
        if (numbers) line.replace(digits, QStringLiteral("#"));
        // The slides show some records with brackets their format strings do not have
        // ("[DEBUG] ...", "(block      ) ..."), and collapse Python 2's double space after
        // 'value: ', — compare the words.
        line.replace(QRegularExpression(QStringLiteral("^\\[(\\w+)\\]")), QStringLiteral("\\1"));
        line.replace(QRegularExpression(QStringLiteral("^\\(([^)]*)\\)")), QStringLiteral("\\1"));
        line = line.simplified();
    }
    return lines;
}

RunReport run(const TutorialProgram& program, ProgramRunOptions options) {
    ProgramSpec spec = loadProgramText(program.source.toStdString(), "tutorial.py");
    options.python = 2;
    return simulateProgram(spec, options);
}

bool runsForever(const TutorialProgram& program) { return program.source.contains(QLatin1String("while 1:")); }

}  // namespace

class TestTutorial : public QObject {
    Q_OBJECT

private slots:
    void examplePrintsWhatTheTutorialShows_data();
    void examplePrintsWhatTheTutorialShows();
    void firstExampleStopsAtUntil();
    void firstExampleEndsWithKeyboardInterrupt();
};

void TestTutorial::examplePrintsWhatTheTutorialShows_data() {
    QTest::addColumn<int>("index");
    const auto programs = ts::test::tutorialPrograms();
    QVERIFY2(programs.size() >= 12, "the tutorial's programs were not found");
    int withOutput = 0;
    for (std::size_t i = 0; i < programs.size(); ++i) {
        if (programs[i].expected.isEmpty() || runsForever(programs[i])) continue;
        ++withOutput;
        QTest::newRow(qPrintable(QStringLiteral("program at line %1").arg(programs[i].firstLine))) << static_cast<int>(i);
    }
    QVERIFY(withOutput >= 10);
}

void TestTutorial::examplePrintsWhatTheTutorialShows() {
    QFETCH(int, index);
    const TutorialProgram program = ts::test::tutorialPrograms()[static_cast<std::size_t>(index)];
    const RunReport report = run(program, {});
    QCOMPARE(QString::fromStdString(report.exitStatus), QStringLiteral("completed"));
    const bool random = program.source.contains(QLatin1String("random."));
    QStringList got = masked(outputLines(report), random);
    QStringList want = masked(program.expected, random);
    // Where the tutorial's threads wake at the same instant (to a tenth of a second), either
    // order is right: order such runs of lines by their text on both sides.
    auto sortTies = [](const QStringList& raw, QStringList& lines) {
        static const QRegularExpression stamp(QStringLiteral("(\\d\\d):(\\d\\d):(\\d\\d),(\\d)"));
        for (qsizetype start = 0; start < lines.size();) {
            const auto key = stamp.match(raw[start]).captured(0);
            qsizetype end = start + 1;
            while (!key.isEmpty() && end < lines.size() && stamp.match(raw[end]).captured(0) == key) ++end;
            std::sort(lines.begin() + start, lines.begin() + end);
            start = end;
        }
    };
    sortTies(outputLines(report), got);
    sortTies(program.expected, want);
    if (random) {
        // Other pauses are drawn, so threads finish in another order: the same lines, and each
        // thread's own lines in the tutorial's order.
        got.sort();
        want.sort();
    }
    QCOMPARE(got.join(QLatin1Char('\n')), want.join(QLatin1Char('\n')));
}

void TestTutorial::firstExampleStopsAtUntil() {
    const auto programs = ts::test::tutorialPrograms();
    QVERIFY(!programs.empty() && runsForever(programs.front()));
    ProgramRunOptions options;
    options.until = 12 * kSecond;
    const RunReport report = run(programs.front(), options);
    QCOMPARE(QString::fromStdString(report.exitStatus), QStringLiteral("time-limit"));
    QCOMPARE(report.end, 12 * kSecond);
    // By 12 s: thread-1 printed at 2, 4, 6, 8, 10, 12?; thread-2 at 4, 8, 12? — the first lines.
    const QStringList want = masked(programs.front().expected, false).mid(0, 7);
    const QStringList got = masked(outputLines(report), false);
    QVERIFY2(got.size() >= 7, qPrintable(got.join(QLatin1Char('\n'))));
    QCOMPARE(got.mid(0, 7).join(QLatin1Char('\n')), want.join(QLatin1Char('\n')));
}

void TestTutorial::firstExampleEndsWithKeyboardInterrupt() {
    const auto programs = ts::test::tutorialPrograms();
    QVERIFY(!programs.empty() && runsForever(programs.front()));
    ProgramRunOptions options;
    options.interruptAt = 21 * kSecond;
    const RunReport report = run(programs.front(), options);
    QCOMPARE(QString::fromStdString(report.exitStatus), QStringLiteral("interrupted"));
    const QStringList got = masked(outputLines(report), false);
    const QStringList want = masked(programs.front().expected, false);
    // The ten lines of the two threads, then the traceback: its header, the main loop's
    // frame and KeyboardInterrupt (the frame's line number is the program's own).
    QVERIFY2(got.size() == want.size(), qPrintable(got.join(QLatin1Char('\n'))));
    QCOMPARE(got.mid(0, 10).join(QLatin1Char('\n')), want.mid(0, 10).join(QLatin1Char('\n')));
    QCOMPARE(got[10], QStringLiteral("Traceback (most recent call last):"));
    QVERIFY(got[11].startsWith(QLatin1String("File \"tutorial.py\", line ")));
    QVERIFY(got[11].endsWith(QLatin1String(", in <module>")));
    QCOMPARE(got[12], QStringLiteral("pass"));  // the loop the main thread was spinning in
    QCOMPARE(got.last(), QStringLiteral("KeyboardInterrupt"));
    QCOMPARE(report.output.back().stream, std::string("stderr"));
}

QTEST_APPLESS_MAIN(TestTutorial)
#include "test_Tutorial.moc"
