// The workload loader: complete files load into the right WorkloadSpec, and every malformed
// one gives one InputError at the offending value, with a message that says what to fix.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <string>

#include "kernel/Time.h"
#include "scenario/InputError.h"
#include "scenario/WorkloadLoader.h"

using ts::BurstSpec;
using ts::DurationDistribution;
using ts::kMicrosecond;
using ts::kMillisecond;
using ts::kSecond;
using ts::WorkloadSpec;

namespace {

QString place(ts::SourcePos pos) {
    return QString("%1:%2").arg(pos.line).arg(pos.column);
}

bool writeFile(const QString& path, const QByteArray& content) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

constexpr const char* kEverything = R"({
  "title": "Everything",
  "unit": "ms",
  "machine": {"cpus": 2, "policy": "mlfq", "quantum": 4, "contextSwitch": 0.5,
              "threadSwitch": "100us", "seed": 42, "until": 1000,
              "arrivalBeforePreempted": false, "priorityOrder": "higher-first",
              "mlfq": {"levels": 3, "quanta": [2, "4ms", 8], "boost": 100, "demoteWhenAlone": true},
              "cfs": {"latency": 12, "minGranularity": "1ms"}, "agingInterval": 50},
  "processes": [
    {"name": "P1", "arrival": 0, "priority": 3, "tickets": 50, "nice": -5,
     "bursts": [{"cpu": 5}, {"io": 3}, {"cpu": 2}]},
    {"name": "T1", "arrival": 10, "period": 50, "deadline": 40, "bursts": [{"cpu": 25}]},
    {"name": "T2", "period": "20ms", "bursts": [{"cpu": "5ms"}]},
    {"name": "R", "bursts": [{"cpu": {"exp": 50}}, {"io": {"uniform": [1, 2.5]}},
                             {"cpu": {"normal": ["10ms", 0]}}], "repeat": true},
    {"name": "W", "priority": -1000, "threads": [
        {"name": "a", "start": 1, "bursts": [{"cpu": 1}]},
        {"name": "b", "bursts": [{"io": 1}, {"cpu": 1}], "repeat": true}]},
    {"name": "py", "program": "race.py"}
  ]
})";

}  // namespace

class TestWorkloadLoader : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void loadsEverything();
    void loadsDefaults();
    void unitWrittenLastStillApplies_data();
    void unitWrittenLastStillApplies();
    void convertsDecimalsExactly();
    void acceptsTopLevelSeedAndUntil();
    void mlfqQuantaStandInForQuantum();
    void resolvesProgramsAgainstTheScenarioFolder();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void missingFileHasNoPosition();
    void directoryIsRejected();
    void hugeFileIsRejectedUnread();
    void binaryFileGivesOneMessage();
    void emptyFileGivesOneMessage();

  private:
    QTemporaryDir dir_;
    std::string scenarioPath_;  // a file in dir_, next to race.py
};

void TestWorkloadLoader::initTestCase() {
    QVERIFY(dir_.isValid());
    QVERIFY(writeFile(dir_.filePath("race.py"), "print('hi')\n"));
    QVERIFY(QDir(dir_.path()).mkpath("folder.py"));
    QVERIFY(QDir(dir_.path()).mkpath("progs"));
    QVERIFY(writeFile(dir_.filePath("progs/worker.py"), "pass\n"));
    scenarioPath_ = dir_.filePath("s.json").toStdString();
}

void TestWorkloadLoader::loadsEverything() {
    const std::string path = dir_.filePath("everything.json").toStdString();
    QVERIFY(writeFile(QString::fromStdString(path), kEverything));
    WorkloadSpec spec;
    try {
        spec = ts::loadWorkloadFile(path);
    } catch (const ts::InputError& e) {
        QFAIL(e.what());
    }
    QCOMPARE(spec.path, path);
    QCOMPARE(spec.title, std::string("Everything"));
    QCOMPARE(spec.unit, std::string("ms"));
    const ts::MachineConfig& m = spec.machine;
    QCOMPARE(m.cpus, 2);
    QCOMPARE(m.policy, std::string("mlfq"));
    QCOMPARE(m.quantum, 4 * kMillisecond);
    QCOMPARE(m.contextSwitch, 500 * kMicrosecond);
    QCOMPARE(m.threadSwitch, 100 * kMicrosecond);
    QCOMPARE(m.seed, std::uint64_t(42));
    QCOMPARE(m.until, 1000 * kMillisecond);
    QVERIFY(spec.untilGiven);
    QCOMPARE(m.arrivalBeforePreempted, false);
    QCOMPARE(m.lowerPriorityNumberFirst, false);
    QCOMPARE(m.mlfqLevels, 3);
    QCOMPARE(m.mlfqQuanta,
             (std::vector<ts::Time>{2 * kMillisecond, 4 * kMillisecond, 8 * kMillisecond}));
    QCOMPARE(m.mlfqBoost, 100 * kMillisecond);
    QCOMPARE(m.mlfqDemoteWhenAlone, true);
    QCOMPARE(m.cfsLatency, 12 * kMillisecond);
    QCOMPARE(m.cfsMinGranularity, 1 * kMillisecond);
    QCOMPARE(m.agingInterval, 50 * kMillisecond);

    QCOMPARE(spec.processes.size(), std::size_t(6));
    const ts::ProcessSpec& p1 = spec.processes[0];
    QCOMPARE(p1.name, std::string("P1"));
    QCOMPARE(p1.priority, 3);
    QCOMPARE(p1.tickets, 50);
    QCOMPARE(p1.nice, -5);
    QCOMPARE(p1.period, ts::Time(0));
    QCOMPARE(place(p1.pos), QString("10:5"));
    QCOMPARE(p1.threads.size(), std::size_t(1));
    QCOMPARE(p1.threads[0].name, std::string("P1"));
    QCOMPARE(p1.threads[0].repeat, false);
    const std::vector<BurstSpec>& b = p1.threads[0].bursts;
    QCOMPARE(b.size(), std::size_t(3));
    QVERIFY(b[0].kind == BurstSpec::Kind::Cpu && b[1].kind == BurstSpec::Kind::Io);
    QVERIFY(b[0].length.isFixed());
    QCOMPARE(b[0].length.a, 5 * kMillisecond);
    QCOMPARE(b[1].length.a, 3 * kMillisecond);
    QCOMPARE(b[2].length.a, 2 * kMillisecond);
    QCOMPARE(place(b[1].pos), QString("11:29"));

    const ts::ProcessSpec& t1 = spec.processes[1];
    QCOMPARE(t1.arrival, 10 * kMillisecond);
    QCOMPARE(t1.period, 50 * kMillisecond);
    QCOMPARE(t1.deadline, 40 * kMillisecond);
    QCOMPARE(t1.threads[0].bursts[0].length.a, 25 * kMillisecond);
    const ts::ProcessSpec& t2 = spec.processes[2];
    QCOMPARE(t2.period, 20 * kMillisecond);
    QCOMPARE(t2.deadline, 20 * kMillisecond);  // defaults to the period

    const ts::ProcessSpec& r = spec.processes[3];
    QCOMPARE(r.threads[0].repeat, true);
    const std::vector<BurstSpec>& rb = r.threads[0].bursts;
    QVERIFY(rb[0].length.kind == DurationDistribution::Kind::Exponential);
    QCOMPARE(rb[0].length.a, 50 * kMillisecond);
    QVERIFY(rb[1].length.kind == DurationDistribution::Kind::Uniform);
    QCOMPARE(rb[1].length.a, 1 * kMillisecond);
    QCOMPARE(rb[1].length.b, 2500 * kMicrosecond);
    QVERIFY(rb[2].length.kind == DurationDistribution::Kind::Normal);
    QCOMPARE(rb[2].length.a, 10 * kMillisecond);
    QCOMPARE(rb[2].length.b, ts::Time(0));

    const ts::ProcessSpec& w = spec.processes[4];
    QCOMPARE(w.priority, -1000);
    QCOMPARE(w.threads.size(), std::size_t(2));
    QCOMPARE(w.threads[0].name, std::string("a"));
    QCOMPARE(w.threads[0].start, 1 * kMillisecond);
    QCOMPARE(w.threads[0].repeat, false);
    QCOMPARE(w.threads[1].name, std::string("b"));
    QCOMPARE(w.threads[1].start, ts::Time(0));
    QCOMPARE(w.threads[1].repeat, true);
    QCOMPARE(w.threads[1].bursts.size(), std::size_t(2));
    QCOMPARE(place(w.threads[1].pos), QString("18:9"));

    const ts::ProcessSpec& py = spec.processes[5];
    QCOMPARE(py.program, std::string("race.py"));
    QCOMPARE(QString::fromStdString(py.programPath), dir_.filePath("race.py"));
    QVERIFY(py.threads.empty());
}

void TestWorkloadLoader::loadsDefaults() {
    const WorkloadSpec spec =
        ts::loadWorkloadText(R"({"processes": [{"name": "A", "bursts": [{"cpu": 3}]}]})", "d.json");
    const ts::MachineConfig defaults;
    QCOMPARE(spec.title, std::string());
    QCOMPARE(spec.unit, std::string("ms"));
    QCOMPARE(spec.untilGiven, false);
    QCOMPARE(spec.machine.cpus, defaults.cpus);
    QCOMPARE(spec.machine.policy, std::string("fcfs"));  // needs no setting
    QCOMPARE(spec.machine.quantum, ts::Time(0));
    QCOMPARE(spec.machine.until, ts::kNever);
    QCOMPARE(spec.machine.seed, defaults.seed);
    QCOMPARE(spec.machine.threadSwitch, defaults.threadSwitch);
    const ts::ProcessSpec& a = spec.processes.at(0);
    QCOMPARE(a.arrival, ts::Time(0));
    QCOMPARE(a.priority, 0);
    QCOMPARE(a.tickets, 100);
    QCOMPARE(a.nice, 0);
    QCOMPARE(a.deadline, ts::Time(0));
    QCOMPARE(a.threads.at(0).bursts.at(0).length.a, 3 * kMillisecond);
}

void TestWorkloadLoader::unitWrittenLastStillApplies_data() {
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qint64>("scale");
    QTest::newRow("ns") << "ns" << qint64(1);
    QTest::newRow("us") << "us" << qint64(kMicrosecond);
    QTest::newRow("ms") << "ms" << qint64(kMillisecond);
    QTest::newRow("s") << "s" << qint64(kSecond);
}

void TestWorkloadLoader::unitWrittenLastStillApplies() {
    QFETCH(QString, unit);
    QFETCH(qint64, scale);
    // Numbers take the unit wherever "unit" stands; strings carry their own.
    const QString text =
        QString(R"({"machine": {"policy": "rr", "quantum": 4, "contextSwitch": "3us"},
        "processes": [{"name": "A", "arrival": 2, "bursts": [{"cpu": 7}, {"io": "1ms"}]}],
        "unit": "%1"})")
            .arg(unit);
    const WorkloadSpec spec = ts::loadWorkloadText(text.toStdString(), "u.json");
    QCOMPARE(QString::fromStdString(spec.unit), unit);
    QCOMPARE(qint64(spec.machine.quantum), 4 * scale);
    QCOMPARE(spec.machine.contextSwitch, 3 * kMicrosecond);
    QCOMPARE(qint64(spec.processes[0].arrival), 2 * scale);
    QCOMPARE(qint64(spec.processes[0].threads[0].bursts[0].length.a), 7 * scale);
    QCOMPARE(spec.processes[0].threads[0].bursts[1].length.a, kMillisecond);
}

void TestWorkloadLoader::convertsDecimalsExactly() {
    const WorkloadSpec spec = ts::loadWorkloadText(
        R"({"processes": [{"name": "A", "bursts": [{"cpu": 0.31310145341321216}, {"io": 0.1},
            {"cpu": 1e-3}, {"io": "2.5e1us"}]}]})",
        "x.json");
    const std::vector<BurstSpec>& b = spec.processes[0].threads[0].bursts;
    QCOMPARE(b[0].length.a, ts::Time(313101));
    QCOMPARE(b[1].length.a, ts::Time(100000));
    QCOMPARE(b[2].length.a, ts::Time(1000));
    QCOMPARE(b[3].length.a, ts::Time(25000));
}

void TestWorkloadLoader::acceptsTopLevelSeedAndUntil() {
    const WorkloadSpec spec = ts::loadWorkloadText(
        R"({"seed": 7, "until": "2s", "processes": [{"name": "A", "bursts": [{"cpu": 3}]}]})",
        "x.json");
    QCOMPARE(spec.machine.seed, std::uint64_t(7));
    QCOMPARE(spec.machine.until, 2 * kSecond);
    QVERIFY(spec.untilGiven);
}

void TestWorkloadLoader::mlfqQuantaStandInForQuantum() {
    const WorkloadSpec spec = ts::loadWorkloadText(
        R"({"machine": {"policy": "mlfq", "mlfq": {"quanta": [3, 6]}},
            "processes": [{"name": "A", "bursts": [{"cpu": 3}]}]})",
        "x.json");
    QCOMPARE(spec.machine.quantum, 3 * kMillisecond);
    QCOMPARE(spec.machine.mlfqLevels, 2);
}

void TestWorkloadLoader::resolvesProgramsAgainstTheScenarioFolder() {
    const std::string absolute = dir_.filePath("race.py").toStdString();
    const std::string text = R"({"processes": [{"name": "A", "program": "progs/worker.py"},
        {"name": "B", "program": "../)" +
                             QDir(dir_.path()).dirName().toStdString() +
                             R"(/race.py"}, {"name": "C", "program": ")" + absolute + R"("}]})";
    const WorkloadSpec spec = ts::loadWorkloadText(text, scenarioPath_);
    QCOMPARE(QString::fromStdString(spec.processes[0].programPath),
             dir_.filePath("progs/worker.py"));
    QCOMPARE(QString::fromStdString(spec.processes[1].programPath), dir_.filePath("race.py"));
    QCOMPARE(spec.processes[2].programPath, absolute);
    QCOMPARE(spec.processes[0].program, std::string("progs/worker.py"));
}

void TestWorkloadLoader::rejectsInvalid_data() {
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char* name, const char* where, const char* text, const char* fragment) {
        QTest::newRow(name) << QString(where) << QString(text) << QString(fragment);
    };

    // Each row: the place the error must point at, the file's text, part of the message.
    // clang-format off
    row("not an object", "1:1",
        "[]",
        "a workload file must be a JSON object {...}, found an array");
    row("no processes", "1:1",
        R"({"title": "x"})",
        R"(the workload has no "processes" list)");
    row("empty processes", "1:15",
        R"({"processes": []})",
        "'processes' must list at least one process");
    row("processes not an array", "1:15",
        R"({"processes": {}})",
        "'processes' must be an array, found an object");
    row("misspelt processes", "1:2",
        R"({"procesess": []})",
        "unknown key 'procesess' in the workload (did you mean 'processes'?)");
    row("unknown top-level key", "1:2",
        R"({"xyz": 1, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "unknown key 'xyz' in the workload (expected one of: title, description, unit, machine, processes, seed, until, captions)");
    row("title not a string", "1:11",
        R"({"title": 5, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'title' must be a string, found an integer");
    row("unknown unit", "1:64",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": 1}]}], "unit": "sec"})",
        "unknown unit 'sec' (use ns, us, ms or s)");
    row("unit not a string", "1:10",
        R"({"unit": 1, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'unit' must be a string, found an integer");
    row("machine not an object", "1:13",
        R"({"machine": [], "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'machine' must be an object, found an array");
    row("misspelt machine key", "1:14",
        R"({"machine": {"qantum": 4}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "unknown key 'qantum' in 'machine' (did you mean 'quantum'?)");
    row("wrong case machine key", "1:32",
        R"({"machine": {"policy": "fcfs", "ContextSwitch": 1}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "(did you mean 'contextSwitch'?)");
    row("transposed letters", "1:14",
        R"({"machine": {"cpsu": 2}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "(did you mean 'cpus'?)");
    row("cpus zero", "1:22",
        R"({"machine": {"cpus": 0}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'cpus' must be between 1 and 256, found 0");
    row("cpus too many", "1:22",
        R"({"machine": {"cpus": 257}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'cpus' must be between 1 and 256, found 257");
    row("cpus fractional", "1:22",
        R"({"machine": {"cpus": 2.5}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'cpus' must be an integer, found 2.5");
    row("cpus as string", "1:22",
        R"({"machine": {"cpus": "2"}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'cpus' must be an integer, found a string");
    row("unknown policy", "1:24",
        R"({"machine": {"policy": "round-robin"}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "unknown policy 'round-robin' (expected one of: fcfs, sjf, srtf, hrrn, priority, priority-preemptive, rr, mlfq, lottery, cfs, rm, edf, scripted)");
    row("policy in capitals", "1:24",
        R"({"machine": {"policy": "RR", "quantum": 4}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "unknown policy 'RR' (did you mean 'rr'?)");
    row("rr without quantum", "1:35",
        R"({"machine": {"cpus": 1, "policy": "rr"}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        R"(policy 'rr' needs a quantum: add "quantum": 4 to machine)");
    row("lottery without quantum, unit us", "1:24",
        R"({"machine": {"policy": "lottery"}, "unit": "us", "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        R"(policy 'lottery' needs a quantum: add "quantum": "4ms" to machine)");
    row("mlfq without quantum", "1:24",
        R"({"machine": {"policy": "mlfq", "mlfq": {"levels": 2}}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "policy 'mlfq' needs a quantum");
    row("quantum zero", "1:25",
        R"({"machine": {"quantum": 0}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'quantum' must be at least 1ns");
    row("quantum negative", "1:25",
        R"({"machine": {"quantum": -4}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'quantum': a duration cannot be negative, found '-4'");
    row("quantum bad unit", "1:25",
        R"({"machine": {"quantum": "4sec"}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'quantum': unknown unit 'sec' in '4sec' (use ns, us, ms or s)");
    row("quantum boolean", "1:25",
        R"({"machine": {"quantum": true}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        R"('quantum' must be a duration (a number in ms or a string such as "4ms"), found a boolean)");
    row("quantum too long", "1:25",
        R"({"machine": {"quantum": 1000000}, "unit": "s", "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'quantum': duration '1000000' is too long (the limit is 1000000s)");
    row("quantum rounds to zero", "1:25",
        R"({"machine": {"quantum": 0.0000001}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'quantum' must be at least 1ns");
    row("context switch negative", "1:31",
        R"({"machine": {"contextSwitch": -1}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'contextSwitch': a duration cannot be negative");
    row("thread switch as array", "1:30",
        R"({"machine": {"threadSwitch": [1]}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'threadSwitch' must be a duration");
    row("seed negative", "1:22",
        R"({"machine": {"seed": -1}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'seed' must be at least 0, found -1");
    row("seed fractional", "1:22",
        R"({"machine": {"seed": 1.5}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'seed' must be an integer, found 1.5");
    row("seed twice", "1:25",
        R"({"seed": 1, "machine": {"seed": 2}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'seed' is given twice (also at 1:2)");
    row("until twice", "1:27",
        R"({"machine": {"until": 5}, "until": 6, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'until' is given twice (also at 1:14)");
    row("until zero", "1:23",
        R"({"machine": {"until": 0}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'until' must be at least 1ns");
    row("arrival rule not a boolean", "1:40",
        R"({"machine": {"arrivalBeforePreempted": "yes"}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'arrivalBeforePreempted' must be true or false, found a string");
    row("bad priority order", "1:31",
        R"({"machine": {"priorityOrder": "lowest"}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        R"('priorityOrder' must be "lower-first" or "higher-first", found 'lowest')");
    row("mlfq too many levels", "1:33",
        R"({"machine": {"mlfq": {"levels": 17}}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'levels' must be between 1 and 16, found 17");
    row("mlfq empty quanta", "1:33",
        R"({"machine": {"mlfq": {"quanta": []}}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'quanta' must list one quantum per level (1 to 16)");
    row("mlfq more quanta than levels", "1:46",
        R"({"machine": {"mlfq": {"levels": 1, "quanta": [2, 4]}}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'quanta' lists 2 quanta but 'levels' is 1");
    row("mlfq bad quantum", "1:37",
        R"({"machine": {"mlfq": {"quanta": [2, 0]}}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "an mlfq quantum must be at least 1ns");
    row("mlfq misspelt key", "1:23",
        R"({"machine": {"mlfq": {"boots": 10}}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "unknown key 'boots' in 'mlfq' (did you mean 'boost'?)");
    row("mlfq not an object", "1:22",
        R"({"machine": {"mlfq": 3}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'mlfq' must be an object, found an integer");
    row("cfs latency zero", "1:33",
        R"({"machine": {"cfs": {"latency": 0}}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'latency' must be at least 1ns");
    row("cfs unknown key", "1:22",
        R"({"machine": {"cfs": {"granularity": 1}}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "unknown key 'granularity' in 'cfs'");
    row("aging negative", "1:31",
        R"({"machine": {"agingInterval": "-5ms"}, "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]})",
        "'agingInterval': a duration cannot be negative");
    row("process not an object", "1:16",
        R"({"processes": [5]})",
        "each process must be an object, found an integer");
    row("process without name", "1:16",
        R"({"processes": [{"bursts": [{"cpu": 1}]}]})",
        R"(a process needs a "name")");
    row("empty name", "1:25",
        R"({"processes": [{"name": "", "bursts": [{"cpu": 1}]}]})",
        "a process's 'name' must not be empty");
    row("name not a string", "1:25",
        R"({"processes": [{"name": 7, "bursts": [{"cpu": 1}]}]})",
        "'name' must be a string, found an integer");
    row("duplicate process name", "1:64",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": 1}]}, {"name": "P", "bursts": [{"cpu": 2}]}]})",
        "duplicate process name 'P' (first at 1:25)");
    row("misspelt arrival", "1:30",
        R"({"processes": [{"name": "P", "arival": 3, "bursts": [{"cpu": 1}]}]})",
        "unknown key 'arival' in process 'P' (did you mean 'arrival'?)");
    row("burst instead of bursts", "1:30",
        R"({"processes": [{"name": "P", "burst": [{"cpu": 1}]}]})",
        "unknown key 'burst' in process 'P' (did you mean 'bursts'?)");
    row("priority too high", "1:42",
        R"({"processes": [{"name": "P", "priority": 1001, "bursts": [{"cpu": 1}]}]})",
        "'priority' must be between -1000 and 1000, found 1001");
    row("priority fractional", "1:42",
        R"({"processes": [{"name": "P", "priority": 2.5, "bursts": [{"cpu": 1}]}]})",
        "'priority' must be an integer, found 2.5");
    row("tickets zero", "1:41",
        R"({"processes": [{"name": "P", "tickets": 0, "bursts": [{"cpu": 1}]}]})",
        "'tickets' must be between 1 and 1000000, found 0");
    row("nice too high", "1:38",
        R"({"processes": [{"name": "P", "nice": 20, "bursts": [{"cpu": 1}]}]})",
        "'nice' must be between -20 and 19, found 20");
    row("arrival negative", "1:41",
        R"({"processes": [{"name": "P", "arrival": -1, "bursts": [{"cpu": 1}]}]})",
        "'arrival': a duration cannot be negative");
    row("process without body", "1:16",
        R"({"processes": [{"name": "P", "arrival": 1}]})",
        R"(process 'P' needs one of "bursts", "threads" or "program")");
    row("bursts and threads", "1:54",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": 1}], "threads": []}]})",
        "process 'P' has both 'bursts' and 'threads'; give exactly one of 'bursts', 'threads' or 'program'");
    row("program and bursts", "1:52",
        R"({"processes": [{"name": "P", "program": "race.py", "bursts": [{"cpu": 1}]}]})",
        "process 'P' has both 'program' and 'bursts'");
    row("empty bursts", "1:40",
        R"({"processes": [{"name": "P", "bursts": []}]})",
        "'bursts' must list at least one burst");
    row("bursts not an array", "1:40",
        R"({"processes": [{"name": "P", "bursts": {"cpu": 1}}]})",
        "'bursts' must be an array, found an object");
    row("burst not an object", "1:53",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": 1}, 5]}]})",
        R"(a burst must be an object such as {"cpu": 5} or {"io": 3}, found an integer)");
    row("empty burst", "1:41",
        R"({"processes": [{"name": "P", "bursts": [{}]}]})",
        R"(a burst must be {"cpu": length} or {"io": length})");
    row("burst with two keys", "1:52",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": 1, "io": 2}]}]})",
        R"(a burst has exactly one key, "cpu" or "io")");
    row("misspelt burst kind", "1:42",
        R"({"processes": [{"name": "P", "bursts": [{"cpus": 1}]}]})",
        "unknown key 'cpus' in a burst (did you mean 'cpu'?)");
    row("unknown burst kind", "1:42",
        R"({"processes": [{"name": "P", "bursts": [{"disk": 1}]}]})",
        "unknown key 'disk' in a burst (expected one of: cpu, io)");
    row("zero burst", "1:49",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": 0}]}]})",
        "'cpu' burst must be at least 1ns");
    row("sub-nanosecond burst", "1:49",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": "0.4ns"}]}]})",
        "'cpu' burst must be at least 1ns");
    row("null burst", "1:48",
        R"({"processes": [{"name": "P", "bursts": [{"io": null}]}]})",
        R"('io' burst must be a duration (a number in ms or a string such as "4ms"), found null)");
    row("negative io string", "1:60",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": 1}, {"io": "-3ms"}]}]})",
        "'io' burst: a duration cannot be negative, found '-3ms'");
    row("burst too long", "1:49",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": "1000001s"}]}]})",
        "'cpu' burst: duration '1000001s' is too long");
    row("exp mean zero", "1:57",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": {"exp": 0}}]}]})",
        "'exp' mean must be at least 1ns");
    row("uniform reversed", "1:65",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": {"uniform": [5, 2]}}]}]})",
        "'uniform' max (2ms) is below its min (5ms)");
    row("uniform one value", "1:61",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": {"uniform": [5]}}]}]})",
        "'uniform' takes two durations: [min, max]");
    row("uniform not an array", "1:61",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": {"uniform": 5}}]}]})",
        "'uniform' must be an array, found an integer");
    row("normal negative stddev", "1:65",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": {"normal": [10, -1]}}]}]})",
        "'normal' stddev: a duration cannot be negative");
    row("normal three values", "1:60",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": {"normal": [1, 2, 3]}}]}]})",
        "'normal' takes two durations: [mean, stddev]");
    row("unknown distribution", "1:50",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": {"gauss": [1, 2]}}]}]})",
        "unknown key 'gauss' in a distribution (expected one of: exp, uniform, normal)");
    row("two distributions", "1:60",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": {"exp": 1, "uniform": [1, 2]}}]}]})",
        "'cpu' burst must be a duration or one distribution");
    row("empty distribution", "1:49",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": {}}]}]})",
        "'cpu' burst must be a duration or one distribution");
    row("repeat not a boolean", "1:64",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": 1}], "repeat": "yes"}]})",
        "'repeat' must be true or false, found a string");
    row("empty threads", "1:41",
        R"({"processes": [{"name": "P", "threads": []}]})",
        "'threads' must list at least one thread");
    row("thread not an object", "1:42",
        R"({"processes": [{"name": "P", "threads": ["a"]}]})",
        "each thread must be an object, found a string");
    row("thread without name", "1:42",
        R"({"processes": [{"name": "P", "threads": [{"bursts": [{"cpu": 1}]}]}]})",
        R"(a thread needs a "name")");
    row("duplicate thread name", "1:90",
        R"({"processes": [{"name": "P", "threads": [{"name": "a", "bursts": [{"cpu": 1}]}, {"name": "a", "bursts": [{"cpu": 1}]}]}]})",
        "duplicate thread name 'a' in process 'P' (first at 1:51)");
    row("misspelt thread key", "1:56",
        R"({"processes": [{"name": "P", "threads": [{"name": "a", "strat": 1, "bursts": [{"cpu": 1}]}]}]})",
        "unknown key 'strat' in thread 'a' (did you mean 'start'?)");
    row("thread without bursts", "1:42",
        R"({"processes": [{"name": "P", "threads": [{"name": "a", "start": 1}]}]})",
        R"(thread 'a' needs "bursts")");
    row("thread start negative", "1:65",
        R"({"processes": [{"name": "P", "threads": [{"name": "a", "start": -1, "bursts": [{"cpu": 1}]}]}]})",
        "'start': a duration cannot be negative");
    row("repeat beside threads", "1:82",
        R"({"processes": [{"name": "P", "threads": [{"name": "a", "bursts": [{"cpu": 1}]}], "repeat": true}]})",
        "'repeat' belongs in each thread of 'threads'");
    row("periodic with two bursts", "1:54",
        R"({"processes": [{"name": "P", "period": 50, "bursts": [{"cpu": 5}, {"io": 1}]}]})",
        R"(a periodic task's 'bursts' must be exactly [{"cpu": X}])");
    row("periodic with io burst", "1:54",
        R"({"processes": [{"name": "P", "period": 50, "bursts": [{"io": 5}]}]})",
        "a periodic task's 'bursts' must be exactly");
    row("periodic without bursts", "1:30",
        R"({"processes": [{"name": "P", "period": 50}]})",
        R"(a periodic task needs "bursts": [{"cpu": X}])");
    row("periodic with threads", "1:44",
        R"({"processes": [{"name": "P", "period": 50, "threads": [{"name": "a", "bursts": [{"cpu": 1}]}]}]})",
        R"(a periodic task ('period') takes "bursts": [{"cpu": X}], not 'threads')");
    row("periodic with repeat", "1:68",
        R"({"processes": [{"name": "P", "period": 50, "bursts": [{"cpu": 5}], "repeat": true}]})",
        "'repeat' does not apply to a periodic task");
    row("period zero", "1:40",
        R"({"processes": [{"name": "P", "period": 0, "bursts": [{"cpu": 5}]}]})",
        "'period' must be at least 1ns");
    row("deadline without period", "1:30",
        R"({"processes": [{"name": "P", "deadline": 50, "bursts": [{"cpu": 5}]}]})",
        "'deadline' needs a 'period'");
    row("deadline zero", "1:56",
        R"({"processes": [{"name": "P", "period": 50, "deadline": 0, "bursts": [{"cpu": 5}]}]})",
        "'deadline' must be at least 1ns");
    row("program not python", "1:41",
        R"({"processes": [{"name": "P", "program": "race.txt"}]})",
        "'program' must name a .py file, found 'race.txt'");
    row("program missing", "1:41",
        R"({"processes": [{"name": "P", "program": "missing.py"}]})",
        "cannot open program 'missing.py' (looked for ");
    row("program is a folder", "1:41",
        R"({"processes": [{"name": "P", "program": "folder.py"}]})",
        "cannot open program 'folder.py': Is a directory");
    row("program not a string", "1:41",
        R"({"processes": [{"name": "P", "program": 5}]})",
        "'program' must be a string, found an integer");
    row("repeat beside program", "1:52",
        R"({"processes": [{"name": "P", "program": "race.py", "repeat": true}]})",
        "'repeat' does not apply to a program");
    row("syntax error passes through", "1:53",
        R"({"processes": [{"name": "P", "bursts": [{"cpu": 1}]},]})",
        "trailing comma before ']'");
    row("multi-line position", "3:13",
        R"({
  "machine": {
    "cpus": 0
  },
  "processes": [{"name": "P", "bursts": [{"cpu": 1}]}]
})",
        "'cpus' must be between 1 and 256");
    // clang-format on
}

void TestWorkloadLoader::rejectsInvalid() {
    QFETCH(QString, where);
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    try {
        ts::loadWorkloadText(text.toStdString(), scenarioPath_);
        QFAIL("accepted");
    } catch (const ts::InputError& e) {
        QVERIFY2(QString::fromStdString(e.message()).contains(fragment), e.what());
        QCOMPARE(place(e.pos()), where);
        QCOMPARE(e.file(), scenarioPath_);
    }
}

void TestWorkloadLoader::missingFileHasNoPosition() {
    const std::string path = dir_.filePath("nope.json").toStdString();
    try {
        ts::loadWorkloadFile(path);
        QFAIL("accepted");
    } catch (const ts::InputError& e) {
        QVERIFY(!e.pos().known());
        QCOMPARE(
            QString(e.what()),
            QString::fromStdString(path + ": error: cannot open file: No such file or directory"));
    }
}

void TestWorkloadLoader::directoryIsRejected() {
    try {
        ts::loadWorkloadFile(dir_.path().toStdString());
        QFAIL("accepted");
    } catch (const ts::InputError& e) {
        QCOMPARE(QString::fromStdString(e.message()), QString("cannot open file: Is a directory"));
    }
}

void TestWorkloadLoader::hugeFileIsRejectedUnread() {
    // A sparse file: 16 MiB + 1 byte of nothing, refused by its size alone.
    const QString path = dir_.filePath("huge.json");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(ts::kMaxScenarioFileBytes) + 1));
    }
    try {
        ts::loadWorkloadFile(path.toStdString());
        QFAIL("accepted");
    } catch (const ts::InputError& e) {
        QVERIFY(!e.pos().known());
        QCOMPARE(QString::fromStdString(e.message()),
                 QString("file is too large (a scenario may have at most 16 MiB)"));
    }
    // The limit also holds when reading a small limit, without trusting the size.
    QVERIFY(writeFile(dir_.filePath("small.json"), QByteArray(100, ' ')));
    QVERIFY_THROWS_EXCEPTION(ts::InputError,
                             ts::readScenarioFile(dir_.filePath("small.json").toStdString(), 99));
    QCOMPARE(ts::readScenarioFile(dir_.filePath("small.json").toStdString(), 100).size(),
             std::size_t(100));
}

void TestWorkloadLoader::binaryFileGivesOneMessage() {
    const QString path = dir_.filePath("binary.json");
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i) bytes.append(char((i * 7919 + 13) % 256));
    QVERIFY(writeFile(path, bytes));
    try {
        ts::loadWorkloadFile(path.toStdString());
        QFAIL("accepted");
    } catch (const ts::InputError& e) {
        // The first byte is '\r' (whitespace); the second, 0xFC, is never UTF-8.
        QCOMPARE(
            QString(e.what()),
            path + ":1:2: error: expected a value, found byte 0xFC (the file is not UTF-8 text)");
    }
}

void TestWorkloadLoader::emptyFileGivesOneMessage() {
    const QString path = dir_.filePath("empty.json");
    QVERIFY(writeFile(path, ""));
    try {
        ts::loadWorkloadFile(path.toStdString());
        QFAIL("accepted");
    } catch (const ts::InputError& e) {
        QCOMPARE(QString(e.what()), path + ": error: the file is empty (expected a JSON value)");
    }
}

QTEST_APPLESS_MAIN(TestWorkloadLoader)
#include "test_WorkloadLoader.moc"
