// What `timeslice run` prints for people: the title, the text Gantt chart (textbook boundaries,
// one row per CPU, switch overhead, wrapping, the cut-off for long runs) and the metrics table.
#include <QtTest>

#include <QRegularExpression>

#include "CliRunner.h"

using cli::fixture;
using cli::runTimeslice;

namespace {

QStringList lines(const QByteArray& out) {
    return QString::fromUtf8(out).split('\n');
}

// The time labels of the first axis line under the chart (the line after the last CPU row).
QStringList firstAxis(const QStringList& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].startsWith("CPU ") && !text[i + 1].startsWith("CPU ")) {
            return text[i + 1].split(' ', Qt::SkipEmptyParts);
        }
    }
    return {};
}

}  // namespace

class RunTextTest : public QObject {
    Q_OBJECT
  private slots:
    void fcfsTextbookChart();
    void fcfsTextbookMetrics();
    void boundariesUnderBars_data();
    void boundariesUnderBars();
    void linesFitTheWidth_data();
    void linesFitTheWidth();
    void switchOverheadIsDrawn();
    void oneRowPerCpu();
    void longRunIsCut();
    void timeLimitIsSaid();
    void quietPrintsNothing();
};

void RunTextTest::fcfsTextbookChart() {
    const cli::CliResult result = runTimeslice({"run", fixture("fcfs_textbook.json")});
    QCOMPARE(result.exitCode, 0);
    const QStringList text = lines(result.out);
    QVERIFY(text.first().startsWith("Silberschatz FCFS example"));
    QVERIFY(text.first().contains("fcfs"));
    // | P1 | P2 | P3 | with 0 24 27 30 beneath.
    QCOMPARE(firstAxis(text), (QStringList{"0", "24", "27", "30"}));
    const QString row = text.filter(QRegularExpression("^CPU 0 ")).first();
    static const QRegularExpression segments(R"(^CPU 0 \|\s+P1\s+\|\s+P2\s+\|\s+P3\s+\|$)");
    QVERIFY2(segments.match(row).hasMatch(), qPrintable(row));
    // Proportional: P1 (24 ms) is wider than P2 (3 ms).
    const QStringList parts = row.mid(6).split('|', Qt::SkipEmptyParts);
    QVERIFY(parts[0].size() > 3 * parts[1].size());
}

void RunTextTest::fcfsTextbookMetrics() {
    const cli::CliResult result = runTimeslice({"run", fixture("fcfs_textbook.json")});
    const QStringList text = lines(result.out);
    auto cells = [&](const QString& first) {
        for (const QString& line : text) {
            if (line.startsWith(first + ' ')) return line.split(' ', Qt::SkipEmptyParts);
        }
        return QStringList{};
    };
    // Process, Arrival, First run, Completion, Turnaround, Waiting, Response, CPU, Misses.
    QCOMPARE(cells("P1"), (QStringList{"P1", "0", "0", "24", "24", "0", "0", "24", "0"}));
    QCOMPARE(cells("P2"), (QStringList{"P2", "0", "24", "27", "27", "24", "24", "3", "0"}));
    QCOMPARE(cells("P3"), (QStringList{"P3", "0", "27", "30", "30", "27", "27", "3", "0"}));
    // Silberschatz: average waiting time (0 + 24 + 27) / 3 = 17 ms.
    QCOMPARE(cells("Average").mid(1, 3), (QStringList{"27", "17", "17"}));
    QVERIFY(result.out.contains("End time          30 ms"));
    QVERIFY(result.out.contains("Context switches  2"));
    QVERIFY(result.out.contains("Dispatches        3"));
    QVERIFY(result.out.contains("CPU utilisation   100.0%"));
}

void RunTextTest::boundariesUnderBars_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("fcfs") << "fcfs_textbook.json";
    QTest::newRow("rr with io") << "rr_io.json";
    QTest::newRow("two cpus") << "two_cpus.json";
    QTest::newRow("periodic") << "periodic.json";
}

// Every bar of a CPU row stands over the start of a time label.
void RunTextTest::boundariesUnderBars() {
    QFETCH(QString, file);
    const cli::CliResult result = runTimeslice({"run", fixture(file)});
    QCOMPARE(result.exitCode, 0);
    const QStringList text = lines(result.out);
    int checked = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].startsWith("CPU ")) continue;
        qsizetype axis = i + 1;
        while (axis < text.size() && text[axis].startsWith("CPU ")) ++axis;
        QVERIFY(axis < text.size());
        const QString& labels = text[axis];
        for (qsizetype c = 0; c < text[i].size(); ++c) {
            if (text[i][c] != '|') continue;
            QVERIFY2(c < labels.size() && labels[c] != ' ' && (c == 0 || labels[c - 1] == ' '),
                     qPrintable(text[i] + "\n" + labels));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void RunTextTest::linesFitTheWidth_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("rr with io") << "rr_io.json";
    QTest::newRow("long run") << "long_run.json";
    QTest::newRow("periodic") << "periodic.json";
}

void RunTextTest::linesFitTheWidth() {
    QFETCH(QString, file);
    const cli::CliResult result = runTimeslice({"run", fixture(file)});
    for (const QString& line : lines(result.out)) {
        if (line.startsWith("CPU ")) QVERIFY2(line.size() <= 100, qPrintable(line));
    }
}

void RunTextTest::switchOverheadIsDrawn() {
    const cli::CliResult result = runTimeslice({"run", fixture("rr_io.json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("|#"));
    QVERIFY(result.out.contains("# context switch"));
    QVERIFY(result.out.contains("quantum 4ms"));
    QVERIFY(result.out.contains("context switch 0.5ms"));
    QVERIFY(result.out.contains("Timer interrupts"));
    QVERIFY(result.out.contains("Pre-emptions"));
}

void RunTextTest::oneRowPerCpu() {
    const cli::CliResult result = runTimeslice({"run", fixture("two_cpus.json")});
    QCOMPARE(result.exitCode, 0);
    const QStringList text = lines(result.out);
    QCOMPARE(text.filter(QRegularExpression("^CPU 0 ")).size(), 1);
    QCOMPARE(text.filter(QRegularExpression("^CPU 1 ")).size(), 1);
    // Threads of a process appear under their own names.
    QVERIFY(result.out.contains("accept"));
    QVERIFY(result.out.contains("worker"));

    // CPUs that never run get no row.
    const cli::CliResult many = runTimeslice({"run", fixture("two_cpus.json"), "--cpus", "64"});
    QCOMPARE(many.exitCode, 0);
    const qsizetype rows = lines(many.out).filter(QRegularExpression("^CPU \\d+ ")).size();
    QVERIFY(rows >= 2 && rows < 10);
    QVERIFY(many.out.contains("idle CPUs not shown)"));
}

void RunTextTest::longRunIsCut() {
    const cli::CliResult result = runTimeslice({"run", fixture("long_run.json")});
    QCOMPARE(result.exitCode, 0);
    static const QRegularExpression more(
        R"(\.\.\. and (\d+) more slices after [\d.]+ ms; --json or --trace shows them all)");
    const QRegularExpressionMatch match = more.match(QString::fromUtf8(result.out));
    QVERIFY2(match.hasMatch(), result.out.constData());
    QVERIFY(match.captured(1).toInt() > 100);
    // The chart wraps into several blocks.
    QVERIFY(lines(result.out).filter(QRegularExpression("^CPU 0 ")).size() > 1);
}

void RunTextTest::timeLimitIsSaid() {
    const cli::CliResult result =
        runTimeslice({"run", fixture("fcfs_textbook.json"), "--until", "10ms"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Stopped at the time limit"));
    QVERIFY(lines(result.out).filter(QRegularExpression("^P3 ")).first().contains(" - "));
}

void RunTextTest::quietPrintsNothing() {
    const cli::CliResult result = runTimeslice({"run", fixture("fcfs_textbook.json"), "--quiet"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.isEmpty());
}

QTEST_GUILESS_MAIN(RunTextTest)
#include "test_RunText.moc"
