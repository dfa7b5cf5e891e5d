// `timeslice generate --tasks N`: random periodic task sets, pinned byte for byte for three
// seeds (tests/fixtures/generated); a run under rm and edf releases and completes the jobs the
// hyperperiod implies; the description's command makes the same file again; bad values and
// options that belong to processes end in status 2 with a message naming the option.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "GenerateHelpers.h"

using cli::generateArguments;
using cli::runTimeslice;

namespace {

QString goldenPath(const QString& name) {
    return cli::fixture(QStringLiteral("generated/") + name);
}

QByteArray goldenText(const QString& name) {
    QFile file(goldenPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class GeneratePeriodicTest : public QObject {
    Q_OBJECT
  private slots:
    void goldenFiles_data();
    void goldenFiles();
    void jobsOfTheHyperperiod_data();
    void jobsOfTheHyperperiod();
    void descriptionRepeatsTheCommand();
    void badOptions_data();
    void badOptions();
    void help();
};

void GeneratePeriodicTest::goldenFiles_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("golden");
    QTest::newRow("3 tasks, under the bound")
        << QStringList{"--tasks",       "3",   "--seed",    "1",
                       "--utilisation", "0.7", "--periods", "10ms:100ms"}
        << "periodic-3-tasks-seed-1.json";
    QTest::newRow("5 tasks, rm misses")
        << QStringList{"--tasks", "5", "--seed", "4", "--utilisation", "0.9"}
        << "periodic-5-tasks-seed-4.json";
    QTest::newRow("4 tasks, edf, percent")
        << QStringList{"--tasks", "4",         "--seed",   "7",        "--utilisation",
                       "65%",     "--periods", "5ms:50ms", "--policy", "edf"}
        << "periodic-4-tasks-seed-7-edf.json";
}

// A change here changes every periodic exercise made so far: update the files on purpose only.
void GeneratePeriodicTest::goldenFiles() {
    QFETCH(QStringList, options);
    QFETCH(QString, golden);
    const cli::CliResult result = runTimeslice(generateArguments(options));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    const QByteArray expected = goldenText(golden);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(result.out, expected);
}

void GeneratePeriodicTest::jobsOfTheHyperperiod_data() {
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("misses");  // deadline misses of the whole run
    QTest::newRow("under the bound, rm") << "periodic-3-tasks-seed-1.json"
                                         << "rm" << 0;
    QTest::newRow("under the bound, edf") << "periodic-3-tasks-seed-1.json"
                                          << "edf" << 0;
    QTest::newRow("0.9, rm misses") << "periodic-5-tasks-seed-4.json"
                                    << "rm" << 1;
    QTest::newRow("0.9, edf meets") << "periodic-5-tasks-seed-4.json"
                                    << "edf" << 0;
    QTest::newRow("ms and a half, rm") << "periodic-4-tasks-seed-7-edf.json"
                                       << "rm" << 0;
    QTest::newRow("ms and a half, edf") << "periodic-4-tasks-seed-7-edf.json"
                                        << "edf" << 0;
}

// The run stops at the hyperperiod H: task i completes H / T_i jobs, and its next job is
// released at H itself, the instant the run ends.
void GeneratePeriodicTest::jobsOfTheHyperperiod() {
    QFETCH(QString, golden);
    QFETCH(QString, policy);
    QFETCH(int, misses);
    const QString path = goldenPath(golden);
    const QJsonObject file = cli::parsedObject(goldenText(golden));
    const double hyperperiod = file["machine"].toObject()["until"].toDouble();
    QVERIFY(file["description"].toString().contains(QLatin1String("stops at the hyperperiod")));
    const cli::CliResult run =
        runTimeslice({"run", path, "--policy", policy, "--json", "-", "--no-slices"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = cli::parsedObject(run.out);
    QCOMPARE(report["end_ns"].toDouble(), hyperperiod * 1e6);
    const QJsonArray tasks = file["processes"].toArray();
    const QJsonArray processes = report["processes"].toArray();
    QCOMPARE(processes.size(), tasks.size());
    int missed = 0;
    for (int i = 0; i < tasks.size(); ++i) {
        const double period = tasks[i].toObject()["period"].toDouble();
        const int jobs = static_cast<int>(hyperperiod / period);
        QCOMPARE(jobs * period, hyperperiod);
        const QJsonObject process = processes[i].toObject();
        QCOMPARE(process["jobs_completed"].toInt(), jobs);
        QCOMPARE(process["jobs_released"].toInt(), jobs + 1);
        missed += process["deadline_misses"].toInt();
    }
    QCOMPARE(missed, misses);
}

void GeneratePeriodicTest::descriptionRepeatsTheCommand() {
    const cli::CliResult first =
        runTimeslice(generateArguments({"--tasks", "6", "--seed", "12", "--utilisation", "80%",
                                        "--periods", "2ms:40ms", "--unit", "us", "--cpus", "2"}));
    QCOMPARE(first.exitCode, 0);
    const QString description = cli::parsedObject(first.out)["description"].toString();
    const QString prefix = QStringLiteral("Made by: timeslice generate ");
    QVERIFY2(description.startsWith(prefix), qPrintable(description));
    const QString command = description.mid(prefix.size() - 9).section(QLatin1String(" ("), 0, 0);
    QVERIFY2(command.contains(QLatin1String("--utilisation 0.8 --periods 2ms:40ms --policy rm")),
             qPrintable(command));
    const cli::CliResult again = runTimeslice(command.split(QLatin1Char(' ')));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, first.out);
}

void GeneratePeriodicTest::badOptions_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QStringList base{"--tasks", "3", "--seed", "1"};
    QTest::newRow("zero utilisation") << base + QStringList{"--utilisation", "0"}
                                      << "--utilisation: the utilisation must be above 0";
    QTest::newRow("negative utilisation") << base + QStringList{"--utilisation", "-0.5"}
                                          << "--utilisation: the utilisation must be above 0";
    QTest::newRow("a task above 1")
        << base + QStringList{"--utilisation", "3.5"}
        << "--utilisation: the utilisation must be at most the number of tasks, 3";
    QTest::newRow("utilisation not a number")
        << base + QStringList{"--utilisation", "most"} << "--utilisation: 'most' must be a number";
    QTest::newRow("periods reversed") << base + QStringList{"--periods", "100ms:10ms"}
                                      << "--periods: the shortest period is above the longest";
    QTest::newRow("periods shape") << base + QStringList{"--periods", "10ms"}
                                   << "--periods: '10ms' must be two durations LO:HI";
    QTest::newRow("periods without unit")
        << base + QStringList{"--periods", "10:100"} << "--periods: '10' needs a unit";
    QTest::newRow("zero period") << base + QStringList{"--periods", "0:10ms"}
                                 << "--periods: '0' must be positive";
    QTest::newRow("tasks range") << QStringList{"--tasks", "0", "--seed", "1"}
                                 << "--tasks must be a whole number from 1 to 1000";
    QTest::newRow("with processes")
        << base + QStringList{"--processes", "4"} << "--tasks and --processes do not go together";
    QTest::newRow("with cpu bursts") << base + QStringList{"--cpu-burst", "exp:5ms"}
                                     << "--cpu-burst does not apply to periodic tasks (--tasks)";
    QTest::newRow("with arrivals") << base + QStringList{"--arrival", "poisson:5ms"}
                                   << "--arrival does not apply to periodic tasks";
    QTest::newRow("with priorities") << base + QStringList{"--priorities", "0:3"}
                                     << "--priorities does not apply to periodic tasks";
    QTest::newRow("utilisation without tasks")
        << QStringList{"--processes", "3", "--seed", "1", "--utilisation", "0.5"}
        << "--utilisation needs --tasks N";
    QTest::newRow("periods without tasks")
        << QStringList{"--processes", "3", "--seed", "1", "--periods", "1ms:2ms"}
        << "--periods needs --tasks N";
    QTest::newRow("no seed") << QStringList{"--tasks", "3"} << "generate needs --seed S";
    QTest::newRow("quantum needed")
        << base + QStringList{"--policy", "rr"} << "policy 'rr' needs a quantum (add --quantum D";
}

void GeneratePeriodicTest::badOptions() {
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    cli::verifyUsageError(runTimeslice(generateArguments(options)), message);
}

void GeneratePeriodicTest::help() {
    const cli::CliResult result = runTimeslice({"help", "generate"});
    QCOMPARE(result.exitCode, 0);
    for (const char* option : {"--tasks N", "--utilisation U", "--periods LO:HI", "hyperperiod"}) {
        QVERIFY2(result.out.contains(option), option);
    }
}

QTEST_GUILESS_MAIN(GeneratePeriodicTest)
#include "test_GeneratePeriodic.moc"
