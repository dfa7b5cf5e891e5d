// `timeslice generate`: a random workload file that is the same, byte for byte, for the same
// options and seed; that `timeslice check` accepts and `timeslice run` runs; whose arrivals,
// bursts and priorities follow the options; and bad options end in status 2 with a message.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "GenerateHelpers.h"

using cli::generateArguments;
using cli::runTimeslice;

class GenerateTest : public QObject {
    Q_OBJECT
  private slots:
    void sameSeedSameBytes();
    void differentSeedDiffers();
    void passesCheckAndRuns_data();
    void passesCheckAndRuns();
    void fixedLengthsAreWrittenAsGiven();
    void pinnedOutput();
    void arrivalsFollowThePattern_data();
    void arrivalsFollowThePattern();
    void prioritiesStayInRange();
    void descriptionRepeatsTheCommand();
    void writesOutputFile();
    void badOptions_data();
    void badOptions();
    void help();
};

void GenerateTest::sameSeedSameBytes() {
    const QStringList options{"--processes", "8",
                              "--seed",      "42",
                              "--arrival",   "poisson:10ms",
                              "--cpu-burst", "exp:20ms",
                              "--io-burst",  "uniform:1ms:9ms",
                              "--bursts",    "3"};
    const cli::CliResult first = runTimeslice(generateArguments(options));
    const cli::CliResult second = runTimeslice(generateArguments(options));
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.err, QByteArray());
    QVERIFY(!first.out.isEmpty());
    QCOMPARE(second.out, first.out);
}

void GenerateTest::differentSeedDiffers() {
    const QStringList common{"--processes", "8", "--cpu-burst", "exp:20ms"};
    const cli::CliResult one = runTimeslice(generateArguments(common + QStringList{"--seed", "1"}));
    const cli::CliResult two = runTimeslice(generateArguments(common + QStringList{"--seed", "2"}));
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(two.exitCode, 0);
    const QJsonArray a = cli::parsedObject(one.out)["processes"].toArray();
    const QJsonArray b = cli::parsedObject(two.out)["processes"].toArray();
    QCOMPARE(a.size(), 8);
    QCOMPARE(b.size(), 8);
    QVERIFY(a != b);
}

void GenerateTest::passesCheckAndRuns_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("processes");
    QTest::newRow("defaults") << QStringList{"--processes", "5", "--seed", "1"} << 5;
    QTest::newRow("round robin, I/O, poisson")
        << QStringList{"--processes", "12",          "--seed",      "7",
                       "--arrival",   "poisson:5ms", "--cpu-burst", "exp:8ms",
                       "--io-burst",  "exp:20ms",    "--bursts",    "4",
                       "--policy",    "rr",          "--quantum",   "4ms"}
        << 12;
    QTest::newRow("priorities, uniform arrivals, two cpus")
        << QStringList{"--processes",  "6",
                       "--seed",       "3",
                       "--arrival",    "uniform:50ms",
                       "--cpu-burst",  "uniform:1ms:10ms",
                       "--priorities", "1:5",
                       "--policy",     "priority-preemptive",
                       "--cpus",       "2"}
        << 6;
    QTest::newRow("normal bursts in microseconds")
        << QStringList{"--processes", "4",           "--seed",
                       "9",           "--cpu-burst", "normal:500us:100us",
                       "--io-burst",  "fixed:250us", "--bursts",
                       "2",           "--unit",      "us",
                       "--policy",    "mlfq",        "--quantum",
                       "100us"}
        << 4;
    QTest::newRow("short exponential bursts")
        << QStringList{"--processes", "3", "--seed", "5", "--cpu-burst", "exp:1500us"} << 3;
}

void GenerateTest::passesCheckAndRuns() {
    QFETCH(QStringList, options);
    QFETCH(int, processes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("random.json");
    const cli::CliResult generated =
        runTimeslice(generateArguments(options + QStringList{"--output", path}));
    QCOMPARE(generated.exitCode, 0);
    QCOMPARE(generated.out, QByteArray());
    QCOMPARE(generated.err, QByteArray());
    const cli::CliResult check = runTimeslice({"check", path});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    const cli::CliResult run = runTimeslice({"run", path, "--json", "-"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = cli::parsedObject(run.out);
    QCOMPARE(report["processes"].toArray().size(), processes);
    QCOMPARE(report["exit"].toObject()["status"].toString(), QStringLiteral("completed"));
}

void GenerateTest::fixedLengthsAreWrittenAsGiven() {
    const cli::CliResult result =
        runTimeslice(generateArguments({"--processes", "3", "--seed", "4", "--cpu-burst",
                                        "fixed:5ms", "--io-burst", "2.5ms", "--bursts", "3"}));
    QCOMPARE(result.exitCode, 0);
    const QJsonArray list = cli::parsedObject(result.out)["processes"].toArray();
    QCOMPARE(list.size(), 3);
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject process = list[i].toObject();
        QCOMPARE(process["name"].toString(), QStringLiteral("P%1").arg(i + 1));
        QCOMPARE(process["arrival"].toDouble(), 0.0);
        QVERIFY(!process.contains("priority"));
        const QJsonArray bursts = process["bursts"].toArray();
        QCOMPARE(bursts.size(), 5);
        for (int k = 0; k < bursts.size(); ++k) {
            const QJsonObject burst = bursts[k].toObject();
            if (k % 2 == 0) {
                QCOMPARE(burst["cpu"].toDouble(), 5.0);
            } else {
                QCOMPARE(burst["io"].toDouble(), 2.5);
            }
        }
    }
}

// The draws of one seed, pinned: a change here changes every generated exercise.
void GenerateTest::pinnedOutput() {
    const cli::CliResult result = runTimeslice(
        generateArguments({"--processes", "3", "--seed", "2024", "--arrival", "poisson:10ms",
                           "--cpu-burst", "exp:20ms", "--io-burst", "uniform:2ms:8ms", "--bursts",
                           "2", "--policy", "rr", "--quantum", "4ms"}));
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY(lines.size() > 9);
    QCOMPARE(lines[0], QByteArray("{"));
    QCOMPARE(lines[1], QByteArray(R"(  "title": "Random workload: 3 processes, seed 2024",)"));
    QCOMPARE(lines[3], QByteArray(R"(  "unit": "ms",)"));
    QCOMPARE(lines[4], QByteArray(R"(  "machine": {"cpus": 1, "policy": "rr", "quantum": 4},)"));
    QCOMPARE(lines[5], QByteArray(R"(  "processes": [)"));
    QCOMPARE(
        lines[6],
        QByteArray(
            R"(    {"name": "P1", "arrival": 0, "bursts": [{"cpu": 24}, {"io": 6}, {"cpu": 5}]},)"));
    QCOMPARE(
        lines[7],
        QByteArray(
            R"(    {"name": "P2", "arrival": 7, "bursts": [{"cpu": 1}, {"io": 5}, {"cpu": 14}]},)"));
    QCOMPARE(
        lines[8],
        QByteArray(
            R"(    {"name": "P3", "arrival": 13, "bursts": [{"cpu": 33}, {"io": 6}, {"cpu": 9}]})"));
    QCOMPARE(lines[9], QByteArray("  ]"));
}

void GenerateTest::arrivalsFollowThePattern_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<double>("latest");  // no arrival after this (ms)
    QTest::newRow("zero") << "zero" << 0.0;
    QTest::newRow("uniform") << "uniform:100ms" << 100.0;
    QTest::newRow("poisson") << "poisson:10ms" << 1e9;
}

void GenerateTest::arrivalsFollowThePattern() {
    QFETCH(QString, pattern);
    QFETCH(double, latest);
    const cli::CliResult result = runTimeslice(
        generateArguments({"--processes", "40", "--seed", "11", "--arrival", pattern}));
    QCOMPARE(result.exitCode, 0);
    const QJsonArray list = cli::parsedObject(result.out)["processes"].toArray();
    QCOMPARE(list.size(), 40);
    double previous = 0.0;
    QSet<double> distinct;
    for (const QJsonValue& process : list) {
        const double arrival = process.toObject()["arrival"].toDouble();
        QVERIFY(arrival >= previous);  // named in order of arrival
        QVERIFY(arrival <= latest);
        previous = arrival;
        distinct.insert(arrival);
    }
    if (pattern == QLatin1String("poisson")) {
        QCOMPARE(list[0].toObject()["arrival"].toDouble(), 0.0);
    }
    // Random arrivals are spread out, not piled up.
    QVERIFY(pattern == QLatin1String("zero") ? distinct.size() == 1 : distinct.size() > 20);
}

void GenerateTest::prioritiesStayInRange() {
    const cli::CliResult result = runTimeslice(generateArguments(
        {"--processes", "50", "--seed", "8", "--priorities", "-2:3", "--policy", "priority"}));
    QCOMPARE(result.exitCode, 0);
    QSet<int> seen;
    for (const QJsonValue& process : cli::parsedObject(result.out)["processes"].toArray()) {
        const int priority = process.toObject()["priority"].toInt(99);
        QVERIFY(priority >= -2 && priority <= 3);
        seen.insert(priority);
    }
    QCOMPARE(seen.size(), 6);  // 50 draws reach every value of six
}

void GenerateTest::descriptionRepeatsTheCommand() {
    const QStringList options{
        "--processes",  "4",           "--seed",          "12",       "--arrival",
        "uniform:30ms", "--cpu-burst", "normal:10ms:2ms", "--bursts", "2",
        "--io-burst",   "exp:5ms"};
    const cli::CliResult first = runTimeslice(generateArguments(options));
    QCOMPARE(first.exitCode, 0);
    const QString description = cli::parsedObject(first.out)["description"].toString();
    const QString prefix = QStringLiteral("Made by: timeslice generate ");
    QVERIFY2(description.startsWith(prefix), qPrintable(description));
    const QString command = description.mid(prefix.size() - 9).section(QLatin1String(" ("), 0, 0);
    const cli::CliResult again = runTimeslice(command.split(QLatin1Char(' ')));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, first.out);
}

void GenerateTest::writesOutputFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("w.json");
    const QStringList options{"--processes", "2", "--seed", "1"};
    const cli::CliResult toFile =
        runTimeslice(generateArguments(options + QStringList{"-o", path}));
    QCOMPARE(toFile.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), runTimeslice(generateArguments(options)).out);
    const cli::CliResult toDirectory =
        runTimeslice(generateArguments(options + QStringList{"--output", dir.path()}));
    QCOMPARE(toDirectory.exitCode, 2);
    QVERIFY(toDirectory.err.contains("Is a directory"));
}

void GenerateTest::badOptions_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QStringList base{"--processes", "3", "--seed", "1"};
    QTest::newRow("no processes") << QStringList{"--seed", "1"} << "generate needs --processes N";
    QTest::newRow("no seed") << QStringList{"--processes", "3"} << "generate needs --seed S";
    QTest::newRow("zero processes") << QStringList{"--processes", "0", "--seed", "1"}
                                    << "--processes must be a whole number from 1 to 1000";
    QTest::newRow("processes not a number")
        << QStringList{"--processes", "many", "--seed", "1"} << "--processes needs a whole number";
    QTest::newRow("missing value")
        << QStringList{"--seed", "1", "--processes"} << "--processes needs a value";
    QTest::newRow("arrival") << base + QStringList{"--arrival", "sometimes"}
                             << "--arrival: unknown arrival pattern 'sometimes'";
    QTest::newRow("arrival without unit")
        << base + QStringList{"--arrival", "poisson:10"} << "--arrival: ";
    QTest::newRow("distribution") << base + QStringList{"--cpu-burst", "gamma:5ms"}
                                  << "--cpu-burst: unknown distribution 'gamma:5ms'";
    QTest::newRow("distribution arity") << base + QStringList{"--cpu-burst", "exp:5ms:6ms"}
                                        << "'exp:5ms:6ms' must be written exp:MEAN";
    QTest::newRow("uniform reversed") << base + QStringList{"--io-burst", "uniform:10ms:1ms"}
                                      << "the minimum is above the maximum";
    QTest::newRow("zero length") << base + QStringList{"--cpu-burst", "fixed:0"}
                                 << "must be positive";
    QTest::newRow("bursts") << base + QStringList{"--bursts", "0"}
                            << "--bursts must be a whole number from 1 to 100";
    QTest::newRow("priorities") << base + QStringList{"--priorities", "5:1"}
                                << "--priorities must be LO:HI";
    QTest::newRow("priorities shape")
        << base + QStringList{"--priorities", "high"} << "two whole numbers LO:HI";
    QTest::newRow("policy") << base + QStringList{"--policy", "lifo"}
                            << "--policy: unknown policy 'lifo'";
    QTest::newRow("quantum needed")
        << base + QStringList{"--policy", "rr"} << "policy 'rr' needs a quantum (add --quantum D";
    QTest::newRow("cpus") << base + QStringList{"--cpus", "300"} << "--cpus must be";
    QTest::newRow("unit") << base + QStringList{"--unit", "min"} << "--unit: unknown unit 'min'";
    QTest::newRow("file argument") << base + QStringList{"out.json"} << "generate takes no FILE";
    QTest::newRow("unknown option")
        << base + QStringList{"--count", "3"} << "unknown option '--count'";
}

void GenerateTest::badOptions() {
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    cli::verifyUsageError(runTimeslice(generateArguments(options)), message);
}

void GenerateTest::help() {
    for (const QStringList& arguments :
         {QStringList{"help", "generate"}, QStringList{"generate", "--processes", "2", "--help"}}) {
        const cli::CliResult result = runTimeslice(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("Usage: timeslice generate --processes N --seed S"));
    }
    QVERIFY(runTimeslice({"--help"}).out.contains("timeslice generate --processes N --seed S"));
    QVERIFY(runTimeslice({"--help"}).out.contains("timeslice generate --tasks N --seed S"));
}

QTEST_GUILESS_MAIN(GenerateTest)
#include "test_Generate.moc"
