// `timeslice compare FILE --policies ...`: one table, one row per policy, plus CSV and JSON.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "CliRunner.h"

using cli::fixture;
using cli::runTimeslice;

class CompareTest : public QObject {
    Q_OBJECT
  private slots:
    void oneRowPerPolicy_data();
    void oneRowPerPolicy();
    void fcfsRowMatchesTheTextbook();
    void quantumComesFromTheFile();
    void csvAndJson();
};

void CompareTest::oneRowPerPolicy_data() {
    QTest::addColumn<QString>("policies");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("issue's list") << "fcfs,sjf,srtf,rr:4ms,priority,mlfq,cfs"
                                  << QStringList{"fcfs",     "sjf",      "srtf", "rr:4ms",
                                                 "priority", "mlfq:4ms", "cfs"};
    QTest::newRow("quanta") << "rr:1ms,rr:2ms,rr:10ms,mlfq:2ms"
                            << QStringList{"rr:1ms", "rr:2ms", "rr:10ms", "mlfq:2ms"};
    QTest::newRow("one") << "hrrn" << QStringList{"hrrn"};
}

void CompareTest::oneRowPerPolicy() {
    QFETCH(QString, policies);
    QFETCH(QStringList, labels);
    const cli::CliResult result =
        runTimeslice({"compare", fixture("rr_io.json"), "--policies", policies});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split('\n', Qt::SkipEmptyParts);
    // A title, the header, a rule, then the rows; within 100 columns.
    QCOMPARE(lines.size(), 3 + labels.size());
    QVERIFY(lines[1].startsWith("Policy"));
    QVERIFY(lines[1].contains("Avg turnaround"));
    QVERIFY(lines[1].contains("Switches"));
    QVERIFY(lines[1].contains("CPU util."));
    QVERIFY(lines[1].contains("Misses"));
    QVERIFY(lines[1].contains("End time"));
    for (int i = 0; i < labels.size(); ++i) {
        QCOMPARE(lines[3 + i].split(' ', Qt::SkipEmptyParts).first(), labels[i]);
    }
    for (qsizetype i = 1; i < lines.size(); ++i) QVERIFY(lines[i].size() <= 100);
}

void CompareTest::fcfsRowMatchesTheTextbook() {
    const cli::CliResult result =
        runTimeslice({"compare", fixture("fcfs_textbook.json"), "--policies", "fcfs,sjf"});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split('\n', Qt::SkipEmptyParts);
    // Policy, turnaround, waiting, response, switches, utilisation, misses, end.
    QCOMPARE(lines[3].split(' ', Qt::SkipEmptyParts),
             (QStringList{"fcfs", "27", "17", "17", "2", "100.0%", "0", "30"}));
    // SJF runs P2, P3, then P1: waiting (6 + 0 + 3) / 3 = 3.
    QCOMPARE(lines[4].split(' ', Qt::SkipEmptyParts).mid(0, 3), (QStringList{"sjf", "13", "3"}));
}

void CompareTest::quantumComesFromTheFile() {
    const cli::CliResult result =
        runTimeslice({"compare", fixture("rr_io.json"), "--policies", "rr,rr:2ms"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("\nrr:4ms "));
    QVERIFY(result.out.contains("\nrr:2ms "));
    const cli::CliResult overridden = runTimeslice(
        {"compare", fixture("no_quantum.json"), "--policies", "rr", "--quantum", "3ms"});
    QCOMPARE(overridden.exitCode, 0);
    QVERIFY(overridden.out.contains("\nrr:3ms "));
    // With no quantum in the file or options, one written in the list serves the others.
    const cli::CliResult fromList =
        runTimeslice({"compare", fixture("fcfs_textbook.json"), "--policies",
                      "fcfs,sjf,srtf,rr:4ms,priority,mlfq,cfs"});
    QCOMPARE(fromList.exitCode, 0);
    QVERIFY(fromList.out.contains("\nmlfq:4ms "));
}

void CompareTest::csvAndJson() {
    QTemporaryDir dir;
    const QString csvPath = dir.filePath("table.csv");
    const cli::CliResult result =
        runTimeslice({"compare", fixture("fcfs_textbook.json"), "--policies", "fcfs,rr:4ms",
                      "--csv", csvPath, "--json", "-"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows =
        QJsonDocument::fromJson(result.out).object().value("policies").toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject().value("policy").toString(), QString("fcfs"));
    QCOMPARE(rows[0].toObject().value("avg_waiting_ns").toInteger(), 17000000);
    QCOMPARE(rows[1].toObject().value("quantum_ns").toInteger(), 4000000);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList csvLines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), 3);
    QVERIFY(csvLines[0].startsWith("policy,quantum_ms,avg_turnaround_ms,avg_waiting_ms"));
    QVERIFY(csvLines[1].startsWith("fcfs,,27,17,17,"));
}

QTEST_GUILESS_MAIN(CompareTest)
#include "test_Compare.moc"
