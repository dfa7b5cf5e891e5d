// `timeslice sweep`: one table row a value, the same results for any --jobs, CSV and JSON, and
// one clear message with exit status 2 for every bad invocation.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "CliRunner.h"

using cli::runTimeslice;

namespace {

QString scenario(const QString& name) {
    return QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + name;
}

}  // namespace

class SweepCommandTest : public QObject {
    Q_OBJECT

private slots:
    void table() {
        const auto r = runTimeslice({"sweep", scenario("silberschatz-rr.json"), "--param", "quantum",
                                     "--values", "1ms:6ms:1ms", "--jobs", "2"});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY(lines[0].contains("[6 runs, quantum varied, times in ms]"));
        QVERIFY(lines[2].startsWith("quantum"));
        QVERIFY(lines[2].contains("Avg waiting"));
        // Quantum 4 ms: the textbook's average waiting, 5.667 ms.
        QVERIFY2(lines[7].simplified().startsWith("4ms 15.667 5.667"), lines[7].constData());
        QCOMPARE(lines.size(), 11);  // title, blank, header, rule, 6 rows, end
    }

    void sameForAnyJobs() {
        const QStringList base = {"sweep", scenario("multi-cpu.json"), "--param", "cpus", "--values", "1:6"};
        const QByteArray one = runTimeslice(base + QStringList{"--jobs", "1"}).out;
        QVERIFY(one.contains("cpus"));
        QCOMPARE(runTimeslice(base + QStringList{"-j", "2"}).out, one);
        QCOMPARE(runTimeslice(base + QStringList{"-j", "5"}).out, one);
    }

    void programJsonAndCsv() {
        QTemporaryDir dir;
        const QString json = dir.filePath("sweep.json");
        const QString csv = dir.filePath("sweep.csv");
        const auto r = runTimeslice({"sweep", QStringLiteral(TIMESLICE_SOURCE_DIR "/tests/fixtures/hello.py"),
                                     "--param", "instruction-cost", "--values", "10ns,50ns", "--json",
                                     json, "--csv", csv, "--quiet"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(jf.readAll()).object();
        QCOMPARE(root["parameter"].toString(), QString("instruction-cost"));
        const QJsonArray points = root["points"].toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].toObject()["value"].toInt(), 10);
        QCOMPARE(points[1].toObject()["value_text"].toString(), QString("50ns"));
        QCOMPARE(points[0].toObject()["exit"].toObject()["status"].toString(), QString("completed"));
        QCOMPARE(points[0].toObject()["output"].toArray()[0].toString(), QString("hello from Thread-1 (worker)"));
        QVERIFY(points[0].toObject()["end_ns"].toInteger() < points[1].toObject()["end_ns"].toInteger());
        QFile cf(csv);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = cf.readAll().split('\n');
        QVERIFY(rows[0].startsWith("instruction-cost,avg_turnaround_ns,"));
        QVERIFY(rows[1].startsWith("10ns,"));
        QVERIFY(rows[1].endsWith(",completed,hello from Thread-1 (worker)"));
    }

    void quantumOfFcfsIsNoted() {
        const auto r = runTimeslice({"sweep", scenario("silberschatz-fcfs.json"), "--param", "quantum",
                                     "--values", "1ms,2ms"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("policy 'fcfs' takes no quantum"));
    }

    void badUsage_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString rr = scenario("silberschatz-rr.json");
        QTest::newRow("no file") << QStringList{"sweep", "--param", "cpus", "--values", "1:2"} << "sweep needs a FILE";
        QTest::newRow("no param") << QStringList{"sweep", rr, "--values", "1:2"} << "sweep needs --param P";
        QTest::newRow("no values") << QStringList{"sweep", rr, "--param", "cpus"} << "sweep needs --values V";
        QTest::newRow("unknown param") << QStringList{"sweep", rr, "--param", "speed", "--values", "1"}
                                       << "--param: unknown setting 'speed'";
        QTest::newRow("bad range") << QStringList{"sweep", rr, "--param", "quantum", "--values", "5ms:1ms:1ms"}
                                   << "--values: the range ends (1ms) before it starts (5ms)";
        QTest::newRow("no unit") << QStringList{"sweep", rr, "--param", "quantum", "--values", "4"}
                                 << "--values: '4'";
        QTest::newRow("zero jobs") << QStringList{"sweep", rr, "--param", "cpus", "--values", "1", "--jobs", "0"}
                                   << "--jobs must be a whole number from 1 to 256";
        QTest::newRow("instruction cost of a workload")
            << QStringList{"sweep", rr, "--param", "instruction-cost", "--values", "10ns"}
            << "--param instruction-cost applies to Python programs";
        QTest::newRow("both to stdout")
            << QStringList{"sweep", rr, "--param", "cpus", "--values", "1", "--csv", "-", "--json", "-"}
            << "--csv and --json cannot both write to stdout";
    }
    void badUsage() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = runTimeslice(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("usage: timeslice sweep"));
        QVERIFY(r.out.isEmpty());
    }

    void invalidFile() {
        const auto r = runTimeslice({"sweep", cli::fixture("bad_policy.json"), "--param", "cpus", "--values", "1"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bad_policy.json:1:24: error: unknown policy"));
    }
};

QTEST_GUILESS_MAIN(SweepCommandTest)
#include "test_Sweep.moc"
