// `timeslice run --trace`: a Chrome trace-event file that Perfetto opens - valid JSON with
// traceEvents, named tracks per CPU and per thread, complete events in microseconds.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include "CliRunner.h"

using cli::fixture;
using cli::runTimeslice;

class TraceTest : public QObject {
    Q_OBJECT
  private slots:
    void traceIsValid_data();
    void traceIsValid();
    void fcfsTextbookEvents();
    void traceToStdoutAlone();
    void traceIsByteIdentical();
};

void TraceTest::traceIsValid_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("fcfs") << "fcfs_textbook.json";
    QTest::newRow("rr with io") << "rr_io.json";
    QTest::newRow("two cpus") << "two_cpus.json";
}

void TraceTest::traceIsValid() {
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString path = dir.filePath("trace.json");
    const cli::CliResult result = runTimeslice({"run", fixture(file), "--trace", path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Trace written to"));
    QFile traceFile(path);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(traceFile.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray events = doc.object().value("traceEvents").toArray();
    QVERIFY(!events.isEmpty());
    QSet<QString> phases;
    QSet<QString> threadNames;
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        const QString ph = e.value("ph").toString();
        phases << ph;
        QVERIFY(e.value("pid").isDouble());
        QVERIFY(e.value("tid").isDouble());
        if (ph == "X") {
            QVERIFY(e.value("ts").isDouble());
            QVERIFY(e.value("dur").toDouble() > 0);
        }
        if (ph == "M" && e.value("name") == "thread_name") {
            threadNames << e.value("args").toObject().value("name").toString();
        }
    }
    QVERIFY(phases.contains("X"));
    QVERIFY(phases.contains("M"));
    QVERIFY(phases.contains("i"));
    QVERIFY(threadNames.contains("CPU 0"));
}

void TraceTest::fcfsTextbookEvents() {
    QTemporaryDir dir;
    const QString path = dir.filePath("trace.json");
    QCOMPARE(runTimeslice({"run", fixture("fcfs_textbook.json"), "--trace", path, "-q"}).exitCode,
             0);
    QFile traceFile(path);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    const QJsonArray events =
        QJsonDocument::fromJson(traceFile.readAll()).object().value("traceEvents").toArray();
    // On the CPU track: P1 [0, 24000 us), P2 [24000, 27000), P3 [27000, 30000).
    QList<QPair<QString, double>> cpuSlices;
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        if (e.value("ph") == "X" && e.value("cat") == "run" &&
            !e.value("name").toString().startsWith("running")) {
            cpuSlices.append({e.value("name").toString(), e.value("ts").toDouble()});
            QCOMPARE(e.value("dur").toDouble(), e.value("name") == "P1" ? 24000.0 : 3000.0);
        }
    }
    QCOMPARE(cpuSlices.size(), 3);
    QCOMPARE(cpuSlices[1], (QPair<QString, double>{"P2", 24000.0}));
    QCOMPARE(cpuSlices[2], (QPair<QString, double>{"P3", 27000.0}));
}

void TraceTest::traceToStdoutAlone() {
    const cli::CliResult result = runTimeslice({"run", fixture("rr_io.json"), "--trace", "-"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(result.out).object().contains("traceEvents"));
}

void TraceTest::traceIsByteIdentical() {
    const cli::CliResult first = runTimeslice({"run", fixture("two_cpus.json"), "--trace", "-"});
    const cli::CliResult second = runTimeslice({"run", fixture("two_cpus.json"), "--trace", "-"});
    QVERIFY(!first.out.isEmpty());
    QCOMPARE(first.out, second.out);
}

QTEST_GUILESS_MAIN(TraceTest)
#include "test_Trace.moc"
