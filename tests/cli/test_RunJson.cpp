// `timeslice run --json`: SPEC.md's report shape, key order and values, byte-identical across
// runs, and stdout carrying nothing but the report when it is written there.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "CliRunner.h"

using cli::fixture;
using cli::runTimeslice;

namespace {

constexpr qint64 kMs = 1000000;

const QStringList kTopKeys = {
    "scenario",         "policy",     "quantum_ns",      "cpus",      "seed",    "end_ns",
    "context_switches", "dispatches", "cpu_utilization", "processes", "threads", "slices",
    "output",           "exit"};
const QStringList kProcessKeys = {"pid",           "name",           "arrival_ns", "first_run_ns",
                                  "completion_ns", "turnaround_ns",  "waiting_ns", "response_ns",
                                  "cpu_ns",        "deadline_misses"};
const QStringList kThreadKeys = {"tid",      "pid",    "name",   "daemon",
                                 "start_ns", "end_ns", "cpu_ns", "waiting_ns"};
const QStringList kSliceKeys = {"cpu", "pid", "tid", "start_ns", "end_ns", "kind"};

// The keys of the top-level object in the order the text gives them. QJsonObject sorts its
// keys, so order is read from the text: the writer puts each top-level key on its own line.
QStringList topLevelKeys(const QByteArray& json) {
    QStringList keys;
    static const QRegularExpression key(QStringLiteral("^  \"([a-z_]+)\":"),
                                        QRegularExpression::MultilineOption);
    auto it = key.globalMatch(QString::fromUtf8(json));
    while (it.hasNext()) keys << it.next().captured(1);
    return keys;
}

// True when `expected` occur in `text` in this order (as "key": ).
bool keysInOrder(const QString& text, const QStringList& expected) {
    qsizetype from = 0;
    for (const QString& k : expected) {
        const qsizetype at = text.indexOf('"' + k + "\":", from);
        if (at < 0) return false;
        from = at;
    }
    return true;
}

// The first line of `json` that holds an object of the array `name`.
QString firstElementLine(const QByteArray& json, const QString& name) {
    const QStringList lines = QString::fromUtf8(json).split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].startsWith("  \"" + name + "\": [")) return lines[i + 1];
    }
    return {};
}

}  // namespace

class RunJsonTest : public QObject {
    Q_OBJECT
  private slots:
    void shapeAndOrder_data();
    void shapeAndOrder();
    void fcfsTextbookValues();
    void byteIdenticalAcrossRuns_data();
    void byteIdenticalAcrossRuns();
    void noSlicesLeavesSlicesOut();
    void jsonFileAndTextTogether();
    void overridesApply();
    void quantumReportedWhereUsed_data();
    void quantumReportedWhereUsed();
    void untilStopsTheRun();
    void escapesStrings();
    void captionsOfAProgram();
    void captionsOfAWorkload();
};

void RunJsonTest::shapeAndOrder_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("fcfs") << "fcfs_textbook.json";
    QTest::newRow("rr with io") << "rr_io.json";
    QTest::newRow("two cpus, threads") << "two_cpus.json";
    QTest::newRow("periodic") << "periodic.json";
    QTest::newRow("not named .json") << "workload.scenario";
}

void RunJsonTest::shapeAndOrder() {
    QFETCH(QString, file);
    const cli::CliResult result = runTimeslice({"run", fixture(file), "--json", "-"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    for (const QString& key : kTopKeys) QVERIFY2(root.contains(key), qPrintable(key));
    // The SPEC keys come first and in order; extensions only after them.
    QCOMPARE(topLevelKeys(result.out).mid(0, kTopKeys.size()), kTopKeys);
    QVERIFY(root.value("cpu_utilization").isDouble());
    // Periodic tasks run to the hyperperiod, where the run stops at its time limit.
    const QString status = root.value("exit").toObject().value("status").toString();
    QVERIFY2(status == "completed" || status == "time-limit", qPrintable(status));
    QVERIFY(root.value("exit").toObject().contains("message"));

    const QJsonArray processes = root.value("processes").toArray();
    QVERIFY(!processes.isEmpty());
    for (const QJsonValue& p : processes) {
        for (const QString& key : kProcessKeys) QVERIFY(p.toObject().contains(key));
    }
    QVERIFY(keysInOrder(firstElementLine(result.out, "processes"), kProcessKeys));
    const QJsonArray threads = root.value("threads").toArray();
    QVERIFY(!threads.isEmpty());
    for (const QJsonValue& t : threads) {
        for (const QString& key : kThreadKeys) QVERIFY(t.toObject().contains(key));
        QVERIFY(t.toObject().value("daemon").isBool());
    }
    QVERIFY(keysInOrder(firstElementLine(result.out, "threads"), kThreadKeys));
    const QJsonArray slices = root.value("slices").toArray();
    QVERIFY(!slices.isEmpty());
    for (const QJsonValue& s : slices) {
        const QJsonObject slice = s.toObject();
        for (const QString& key : kSliceKeys) QVERIFY(slice.contains(key));
        QVERIFY(slice.value("kind") == "run" || slice.value("kind") == "switch");
        QVERIFY(slice.value("end_ns").toInteger() > slice.value("start_ns").toInteger());
    }
    QVERIFY(keysInOrder(firstElementLine(result.out, "slices"), kSliceKeys));
    QVERIFY(root.value("output").isArray());
}

void RunJsonTest::fcfsTextbookValues() {
    const cli::CliResult result =
        runTimeslice({"run", fixture("fcfs_textbook.json"), "--json", "-"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(root.value("policy").toString(), QString("fcfs"));
    QCOMPARE(root.value("cpus").toInt(), 1);
    QCOMPARE(root.value("end_ns").toInteger(), 30 * kMs);
    QCOMPARE(root.value("cpu_utilization").toDouble(), 1.0);
    const QJsonArray processes = root.value("processes").toArray();
    QCOMPARE(processes.size(), 3);
    const qint64 completion[] = {24, 27, 30};
    const qint64 waiting[] = {0, 24, 27};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject p = processes[i].toObject();
        QCOMPARE(p.value("pid").toInt(), i + 1);
        QCOMPARE(p.value("name").toString(), QString("P%1").arg(i + 1));
        QCOMPARE(p.value("completion_ns").toInteger(), completion[i] * kMs);
        QCOMPARE(p.value("turnaround_ns").toInteger(), completion[i] * kMs);
        QCOMPARE(p.value("waiting_ns").toInteger(), waiting[i] * kMs);
        QCOMPARE(p.value("response_ns").toInteger(), waiting[i] * kMs);
    }
    const QJsonArray slices = root.value("slices").toArray();
    QCOMPARE(slices.size(), 3);
    QCOMPARE(slices[1].toObject().value("start_ns").toInteger(), 24 * kMs);
}

void RunJsonTest::byteIdenticalAcrossRuns_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("rr with io") << QStringList{"run", fixture("rr_io.json")};
    QTest::newRow("two cpus") << QStringList{"run", fixture("two_cpus.json")};
    QTest::newRow("seeded override")
        << QStringList{"run", fixture("rr_io.json"), "--seed", "7", "--policy", "lottery"};
    QTest::newRow("long") << QStringList{"run", fixture("long_run.json")};
}

void RunJsonTest::byteIdenticalAcrossRuns() {
    QFETCH(QStringList, arguments);
    const cli::CliResult first = runTimeslice(arguments + QStringList{"--json", "-"});
    const cli::CliResult second = runTimeslice(arguments + QStringList{"--json", "-"});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(!first.out.isEmpty());
    QCOMPARE(first.out, second.out);
}

void RunJsonTest::noSlicesLeavesSlicesOut() {
    const cli::CliResult result =
        runTimeslice({"run", fixture("rr_io.json"), "--json", "-", "--no-slices"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QVERIFY(!root.contains("slices"));
    QVERIFY(root.contains("processes"));
    QVERIFY(root.contains("exit"));
}

void RunJsonTest::jsonFileAndTextTogether() {
    QTemporaryDir dir;
    const QString path = dir.filePath("report.json");
    const cli::CliResult result =
        runTimeslice({"run", fixture("fcfs_textbook.json"), "--json", path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Silberschatz FCFS example"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).isObject());

    const cli::CliResult quiet =
        runTimeslice({"run", fixture("fcfs_textbook.json"), "--json", path, "--quiet"});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY(quiet.out.isEmpty());
}

void RunJsonTest::overridesApply() {
    const cli::CliResult result =
        runTimeslice({"run", fixture("fcfs_textbook.json"), "--json", "-", "--policy", "rr",
                      "--quantum", "4ms", "--cpus", "2", "--seed", "9", "--switch-cost", "1ms"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(root.value("policy").toString(), QString("rr"));
    QCOMPARE(root.value("quantum_ns").toInteger(), 4 * kMs);
    QCOMPARE(root.value("cpus").toInt(), 2);
    QCOMPARE(root.value("seed").toInteger(), 9);
    bool anySwitch = false;
    for (const QJsonValue& s : root.value("slices").toArray()) {
        anySwitch = anySwitch || s.toObject().value("kind") == "switch";
    }
    QVERIFY(anySwitch);
}

void RunJsonTest::quantumReportedWhereUsed_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<qint64>("quantumNs");  // 0: the report gives none
    QTest::newRow("rr") << QStringList{"--policy", "rr", "--quantum", "4ms"} << 4 * kMs;
    QTest::newRow("fcfs ignores a quantum") << QStringList{"--policy", "fcfs", "--quantum", "4ms"} << qint64(0);
    // A schedule's timer is optional: reported when given (it was left out).
    QTest::newRow("scripted with a timer") << QStringList{"--policy", "scripted", "--quantum", "4ms"} << 4 * kMs;
    QTest::newRow("scripted without") << QStringList{"--policy", "scripted"} << qint64(0);
}

void RunJsonTest::quantumReportedWhereUsed() {
    QFETCH(QStringList, options);
    QFETCH(qint64, quantumNs);
    const cli::CliResult json = runTimeslice(QStringList{"run", fixture("fcfs_textbook.json"), "--json", "-"} + options);
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value("quantum_ns").toInteger(), quantumNs);
    const cli::CliResult text = runTimeslice(QStringList{"run", fixture("fcfs_textbook.json")} + options);
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.contains(", quantum 4ms,"), quantumNs > 0);
}

void RunJsonTest::untilStopsTheRun() {
    const cli::CliResult result =
        runTimeslice({"run", fixture("fcfs_textbook.json"), "--json", "-", "--until", "10ms"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(root.value("exit").toObject().value("status").toString(), QString("time-limit"));
    QVERIFY(root.value("end_ns").toInteger() <= 10 * kMs);
    // A process that never completed has no completion time.
    QVERIFY(root.value("processes").toArray()[2].toObject().value("completion_ns").isNull());
}

void RunJsonTest::escapesStrings() {
    QTemporaryDir dir;
    const QString path = dir.filePath("odd \"name\".json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\"title\": \"tab\\there \\\"quoted\\\" \\u00e9t\\u00e9 \\\\ \\u0001\",\n"
        " \"machine\": {\"policy\": \"fcfs\"},\n"
        " \"processes\": [{\"name\": \"\\u03c0-proc\", \"bursts\": [{\"cpu\": 2}]}]}\n");
    file.close();
    const cli::CliResult result = runTimeslice({"run", path, "--json", "-"});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value("scenario").toString(), path);
    QCOMPARE(root.value("title").toString(),
             QString::fromUtf8("tab\there \"quoted\" \u00e9t\u00e9 \\ \u0001"));
    QCOMPARE(root.value("processes").toArray()[0].toObject().value("name").toString(),
             QString::fromUtf8("\u03c0-proc"));
}

// docs/captions.md: the report lists the captions reached, in time order, then those never
// reached with a null time; stderr names the latter with their place.
void RunJsonTest::captionsOfAProgram() {
    QTemporaryDir dir;
    const QString path = dir.filePath("captions.py");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "\"\"\"timeslice\n"
        "title: captions\n"
        "caption: output MainThread #2 pause: the last line\n"
        "caption: line 12 worker: first loop body\n"
        "caption: block lock: never\n"
        "caption: 1us: early\n"
        "\"\"\"\n"
        "import threading\n"
        "\n"
        "def work():\n"
        "    for i in range(3):\n"
        "        print('step', i)\n"
        "\n"
        "t = threading.Thread(target=work, name='worker')\n"
        "t.start()\n"
        "t.join()\n"
        "print('first')\n"
        "print('last')\n");
    file.close();
    const cli::CliResult result = runTimeslice({"run", path, "--json", "-"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    const QJsonArray output = root.value("output").toArray();
    QCOMPARE(output.size(), 5);
    const QJsonArray captions = root.value("captions").toArray();
    QCOMPARE(captions.size(), 4);
    auto caption = [&](int i) { return captions[i].toObject(); };
    QCOMPARE(caption(0).value("text").toString(), QString("early"));
    QCOMPARE(caption(0).value("t_ns").toInteger(), 1000);
    QCOMPARE(caption(1).value("text").toString(), QString("first loop body"));
    const qint64 firstStep = output[0].toObject().value("t_ns").toInteger();
    QVERIFY(caption(1).value("t_ns").toInteger() > 1000);
    QVERIFY(caption(1).value("t_ns").toInteger() < firstStep);  // the line starts, then it prints
    QCOMPARE(caption(2).value("text").toString(), QString("the last line"));
    QCOMPARE(caption(2).value("t_ns").toInteger(), output[4].toObject().value("t_ns").toInteger());
    QCOMPARE(caption(2).value("pause").toBool(), true);
    QCOMPARE(caption(2).value("moment").toString(), QString("the 2nd output of MainThread"));
    QCOMPARE(caption(3).value("text").toString(), QString("never"));
    QVERIFY(caption(3).value("t_ns").isNull());
    QVERIFY2(result.err.contains(QFile::encodeName(path) +
                                 ":5:10: caption not shown: the 1st block (lock) of any "
                                 "thread did not happen in this run"),
             result.err.constData());
    // The program's stdout stays its own; --quiet leaves the note out.
    const cli::CliResult text = runTimeslice({"run", path});
    QCOMPARE(text.out, QByteArray("step 0\nstep 1\nstep 2\nfirst\nlast\n"));
    QVERIFY(runTimeslice({"run", path, "--quiet"}).err.isEmpty());
}

void RunJsonTest::captionsOfAWorkload() {
    QTemporaryDir dir;
    const QString path = dir.filePath("captions.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"machine": {"policy": "rr", "quantum": 4},
 "processes": [{"name": "P1", "bursts": [{"cpu": 6}]}, {"name": "P2", "bursts": [{"cpu": 2}]}],
 "captions": [{"on": "preempt", "thread": "P1", "text": "P1's quantum is over."},
              {"at": 7.5, "text": "Almost done."}]})");
    file.close();
    const cli::CliResult json = runTimeslice({"run", path, "--json", "-"});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.err.isEmpty());
    const QJsonArray captions = QJsonDocument::fromJson(json.out).object().value("captions").toArray();
    QCOMPARE(captions.size(), 2);
    QCOMPARE(captions[0].toObject().value("t_ns").toInteger(), 4 * kMs);
    QCOMPARE(captions[1].toObject().value("t_ns").toInteger(), 7 * kMs + kMs / 2);
    const cli::CliResult text = runTimeslice({"run", path});
    QVERIFY2(text.out.endsWith("Captions (times in ms)\n"
                               "    4  P1's quantum is over.\n"
                               "  7.5  Almost done.\n"),
             text.out.constData());
}

QTEST_GUILESS_MAIN(RunJsonTest)
#include "test_RunJson.moc"
