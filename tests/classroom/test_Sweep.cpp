// Parameter sweeps: values as people write them, results in point order and identical for any
// number of worker threads, and the race that a sweep over seeds and quanta makes visible.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include "classroom/Sweep.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

using namespace ts;

namespace {

std::string scenarioPath(const char* name) {
    return std::string(TIMESLICE_SOURCE_DIR "/scenarios/") + name;
}

using Values = std::vector<std::int64_t>;

// Everything a point holds, as one comparable text.
std::string describe(const SweepPoint& p) {
    auto t = [](const std::optional<Time>& v) { return v ? std::to_string(*v) : std::string("-"); };
    std::string s = std::to_string(p.value) + " w" + t(p.averageWaiting) + " t" + t(p.averageTurnaround) +
                    " r" + t(p.averageResponse) + " s" + std::to_string(p.contextSwitches) + " u" +
                    std::to_string(p.cpuUtilization) + " e" + std::to_string(p.end) + " " + p.exitStatus +
                    " " + p.exitMessage;
    for (const std::string& line : p.output) s += " | " + line;
    return s;
}

std::vector<std::string> describeAll(const std::vector<SweepPoint>& points) {
    std::vector<std::string> out;
    for (const SweepPoint& p : points) out.push_back(describe(p));
    return out;
}

// A lighter race-counter: three threads, a few thousand increments each.
const char* kRace = R"("""timeslice
policy: rr
quantum: 20us
"""
import threading
counter = 0
def add(times):
    global counter
    for _ in range(times):
        counter += 1
threads = [threading.Thread(target=add, args=(2000,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
)";

}  // namespace

class SweepTest : public QObject {
    Q_OBJECT

private slots:
    void valuesParsed_data() {
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("values");
        const qint64 ms = kMillisecond;
        QTest::newRow("range") << "quantum" << "1ms:4ms:1ms" << QList<qint64>{ms, 2 * ms, 3 * ms, 4 * ms};
        QTest::newRow("step past the end") << "quantum" << "1ms:4ms:2ms" << QList<qint64>{ms, 3 * ms};
        QTest::newRow("mixed units") << "switch-cost" << "0:1ms:500us" << QList<qint64>{0, ms / 2, ms};
        QTest::newRow("list") << "quantum" << "1ms, 2ms,5ms" << QList<qint64>{ms, 2 * ms, 5 * ms};
        QTest::newRow("one") << "quantum" << "30ms" << QList<qint64>{30 * ms};
        QTest::newRow("cpus range") << "cpus" << "1:4" << QList<qint64>{1, 2, 3, 4};
        QTest::newRow("seeds with step") << "seed" << "0:10:5" << QList<qint64>{0, 5, 10};
        QTest::newRow("seed list") << "seed" << "7,3" << QList<qint64>{7, 3};
        QTest::newRow("instruction cost") << "instructionCost" << "10ns:30ns:10ns" << QList<qint64>{10, 20, 30};
    }
    void valuesParsed() {
        QFETCH(QString, parameter);
        QFETCH(QString, text);
        QFETCH(QList<qint64>, values);
        const auto p = SweepValues::parameter(parameter.toStdString());
        QVERIFY(p);
        std::string error;
        const auto parsed = SweepValues::parse(text.toStdString(), *p, &error);
        QVERIFY2(parsed, error.c_str());
        QCOMPARE(QList<qint64>(parsed->begin(), parsed->end()), values);
    }

    void badValues_data() {
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("backwards") << "quantum" << "5ms:1ms:1ms" << "ends (1ms) before it starts (5ms)";
        QTest::newRow("no step") << "quantum" << "1ms:5ms" << "needs a step";
        QTest::newRow("zero step") << "cpus" << "1:5:0" << "step must be positive";
        QTest::newRow("no unit") << "quantum" << "4" << "'4'";
        QTest::newRow("zero quantum") << "quantum" << "0,1ms" << "quantum must be between";
        QTest::newRow("zero cpus") << "cpus" << "0:3" << "cpus must be between 1 and 256";
        QTest::newRow("not a number") << "seed" << "a,b" << "'a' is not a whole number";
        QTest::newRow("both forms") << "cpus" << "1,2:3" << "not both";
        QTest::newRow("too many") << "seed" << "0:20000" << "more than 10000 points";
        QTest::newRow("four parts") << "cpus" << "1:2:3:4" << "FIRST:LAST:STEP";
        QTest::newRow("empty entry") << "cpus" << "1,,2" << "is not a whole number";
    }
    void badValues() {
        QFETCH(QString, parameter);
        QFETCH(QString, text);
        QFETCH(QString, error);
        std::string why;
        QVERIFY(!SweepValues::parse(text.toStdString(), *SweepValues::parameter(parameter.toStdString()), &why));
        QVERIFY2(QString::fromStdString(why).contains(error), why.c_str());
    }

    void parameterNames() {
        QVERIFY(!SweepValues::parameter("quanta"));
        for (auto p : {SweepParameter::Quantum, SweepParameter::Cpus, SweepParameter::SwitchCost,
                       SweepParameter::ThreadSwitchCost, SweepParameter::Seed,
                       SweepParameter::InstructionCost}) {
            QCOMPARE(SweepValues::parameter(SweepValues::name(p)), std::optional<SweepParameter>(p));
        }
    }

    // A workload: a point is the scenario run with that value, in point order, whatever the jobs.
    void workloadSameForAnyJobs() {
        SweepScenario scenario;
        scenario.workload = loadWorkloadFile(scenarioPath("silberschatz-rr.json"));
        Values quanta;
        for (int q = 10; q >= 1; --q) quanta.push_back(q * kMillisecond);  // not sorted on purpose
        const auto one = Sweep::run(scenario, SweepParameter::Quantum, quanta, 1);
        QCOMPARE(one.size(), quanta.size());
        for (std::size_t i = 0; i < quanta.size(); ++i) QCOMPARE(one[i].value, quanta[i]);
        // Quantum 4 ms is the textbook's: average waiting 17/3 ms.
        QCOMPARE(*one[6].averageWaiting, Time(5666667));
        // Quantum 10 ms: P1 0-10, P2 10-13, P3 13-16, P1 16-30; waiting 6, 10 and 13 ms.
        QCOMPARE(*one[0].averageWaiting, Time(9666667));
        // A quantum as long as P1's burst is fcfs: 17 ms.
        QCOMPARE(*Sweep::runPoint(scenario, SweepParameter::Quantum, 24 * kMillisecond).averageWaiting,
                 Time(17 * kMillisecond));
        QCOMPARE(describeAll(Sweep::run(scenario, SweepParameter::Quantum, quanta, 2)), describeAll(one));
        QCOMPARE(describeAll(Sweep::run(scenario, SweepParameter::Quantum, quanta, 4)), describeAll(one));
        // More jobs than points is fine.
        QCOMPARE(describeAll(Sweep::run(scenario, SweepParameter::Quantum, {quanta[6]}, 8)),
                 std::vector<std::string>{describe(one[6])});
    }

    void workloadOtherParameters() {
        SweepScenario scenario;
        scenario.workload = loadWorkloadFile(scenarioPath("multi-cpu.json"));
        const auto cpus = Sweep::run(scenario, SweepParameter::Cpus, {1, 2, 4, 8}, 2);
        // More CPUs: the run ends no later.
        for (std::size_t i = 1; i < cpus.size(); ++i) QVERIFY(cpus[i].end <= cpus[i - 1].end);
        const auto costs = Sweep::run(scenario, SweepParameter::SwitchCost,
                                      {0, kMillisecond / 2, 2 * kMillisecond}, 3);
        QVERIFY(costs[0].cpuUtilization > costs[1].cpuUtilization);
        QVERIFY(costs[1].cpuUtilization > costs[2].cpuUtilization);
        QCOMPARE(describeAll(Sweep::run(scenario, SweepParameter::Cpus, {1, 2, 4, 8}, 1)), describeAll(cpus));
    }

    // A program: its output per point, the same for 1, 2 and 4 jobs.
    void programSameForAnyJobs() {
        SweepScenario scenario;
        scenario.program = loadProgramText(kRace, "race.py");
        const Values seeds = {1, 2, 3, 4, 5, 6};
        const auto one = Sweep::run(scenario, SweepParameter::Seed, seeds, 1);
        for (const SweepPoint& p : one) {
            QCOMPARE(p.exitStatus, std::string("completed"));
            QVERIFY(p.lastNumberAfter("counter:"));
        }
        QCOMPARE(describeAll(Sweep::run(scenario, SweepParameter::Seed, seeds, 2)), describeAll(one));
        QCOMPARE(describeAll(Sweep::run(scenario, SweepParameter::Seed, seeds, 4)), describeAll(one));
        // Instruction cost is a program's own parameter: cheaper instructions, earlier end.
        const auto costs = Sweep::run(scenario, SweepParameter::InstructionCost, {25, 50, 100}, 3);
        QVERIFY(costs[0].end < costs[1].end && costs[1].end < costs[2].end);
    }

    // The tutorial's race, swept: the lost updates change with the seed and the quantum; with
    // the Lock nothing is ever lost.
    void raceCounterVariesLockNeverLoses() {
        SweepScenario race;
        race.program = loadProgramFile(scenarioPath("race-counter.py"));
        SweepScenario locked;
        locked.program = loadProgramFile(scenarioPath("race-counter-lock.py"));
        // Each point runs 200,000 increments: a few points of each kind keep the test short.
        std::set<std::int64_t> counters;
        for (const auto& [parameter, values] :
             {std::pair{SweepParameter::Seed, Values{1, 2, 3}},
              std::pair{SweepParameter::Quantum, Values{2 * kMillisecond, 7 * kMillisecond}}}) {
            for (const SweepPoint& p : Sweep::run(race, parameter, values, 2)) {
                const auto counter = p.lastNumberAfter("counter:");
                QVERIFY(counter);
                QVERIFY2(*counter < 200000, "the race lost nothing");
                QCOMPARE(p.lastNumberAfter("lost updates:"), std::optional<std::int64_t>(200000 - *counter));
                counters.insert(*counter);
            }
        }
        QVERIFY2(counters.size() >= 4, "the lost updates hardly vary");
        for (const auto& [parameter, values] :
             {std::pair{SweepParameter::Seed, Values{1, 2}},
              std::pair{SweepParameter::Quantum, Values{3 * kMillisecond}}}) {
            for (const SweepPoint& p : Sweep::run(locked, parameter, values, 2)) {
                QCOMPARE(p.lastNumberAfter("counter:"), std::optional<std::int64_t>(200000));
                QCOMPARE(p.lastNumberAfter("lost updates:"), std::optional<std::int64_t>(0));
            }
        }
    }

    // "from, to, number of points": rounded to whole units, never the same value twice.
    void evenlySpread_data() {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<qint64>>("values");
        const qint64 ms = kMillisecond;
        QTest::newRow("whole steps") << ms << 5 * ms << 5 << QList<qint64>{ms, 2 * ms, 3 * ms, 4 * ms, 5 * ms};
        QTest::newRow("thirds round") << qint64(0) << qint64(10) << 4 << QList<qint64>{0, 3, 7, 10};
        QTest::newRow("one point") << 4 * ms << 9 * ms << 1 << QList<qint64>{4 * ms};
        QTest::newRow("more points than values") << qint64(1) << qint64(3) << 7 << QList<qint64>{1, 2, 3};
        QTest::newRow("first equals last") << qint64(2) << qint64(2) << 3 << QList<qint64>{2};
    }
    void evenlySpread() {
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(int, count);
        QFETCH(QList<qint64>, values);
        const auto spread = SweepValues::evenly(first, last, static_cast<std::size_t>(count));
        QCOMPARE(QList<qint64>(spread.begin(), spread.end()), values);
    }

    // The window's view of a sweep: each finished point counted once, and a cancel that stops
    // the workers from taking further points.
    void progressAndCancel() {
        SweepScenario scenario;
        scenario.program = loadProgramText(kRace, "race.py");
        const Values seeds = {1, 2, 3, 4, 5, 6, 7, 8};
        std::atomic<std::size_t> calls{0};
        std::atomic<std::size_t> highest{0};
        SweepControl control;
        control.pointDone = [&](std::size_t finished) {
            ++calls;
            std::size_t seen = highest.load();
            while (finished > seen && !highest.compare_exchange_weak(seen, finished)) {
            }
        };
        const auto points = Sweep::run(scenario, SweepParameter::Seed, seeds, 2, control);
        QCOMPARE(calls.load(), seeds.size());
        QCOMPARE(highest.load(), seeds.size());
        QCOMPARE(describeAll(points), describeAll(Sweep::run(scenario, SweepParameter::Seed, seeds, 1)));

        // Cancelled as the second point finishes: no point is started after that, none returned.
        std::atomic<bool> cancel{false};
        std::atomic<std::size_t> finishedPoints{0};
        SweepControl cancelling;
        cancelling.cancel = &cancel;
        cancelling.pointDone = [&](std::size_t finished) {
            finishedPoints = finished;
            if (finished == 2) cancel = true;
        };
        QVERIFY(Sweep::run(scenario, SweepParameter::Seed, seeds, 1, cancelling).empty());
        QCOMPARE(finishedPoints.load(), std::size_t(2));
        QCOMPARE(Sweep::threadsFor(8, 3), 3);
        QCOMPARE(Sweep::threadsFor(0, 3), 1);
        QCOMPARE(Sweep::threadsFor(2, 0), 1);
    }

    // Cancel also stops a point already running: a program that never ends would otherwise run
    // to its 30 s horizon (minutes of real time) before the sweep could end.
    void cancelStopsARunningProgram() {
        SweepScenario scenario;
        scenario.program = loadProgramText("while True:\n    pass\n", "forever.py");
        std::atomic<bool> stop{true};
        const SweepPoint stopped = Sweep::runPoint(scenario, SweepParameter::Seed, 1, &stop);
        QCOMPARE(stopped.exitStatus, std::string("cancelled"));
        QCOMPARE(stopped.end, Time(0));

        std::atomic<bool> cancel{false};
        SweepControl control;
        control.cancel = &cancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            cancel = true;
        });
        QVERIFY(Sweep::run(scenario, SweepParameter::Seed, {1, 2}, 2, control).empty());
        canceller.join();
    }

    void lastNumberAfter() {
        SweepPoint p;
        p.output = {"counter: 5", "lost updates: -3", "other 9"};
        QCOMPARE(p.lastNumberAfter("counter:"), std::optional<std::int64_t>(5));
        QCOMPARE(p.lastNumberAfter("lost updates:"), std::optional<std::int64_t>(-3));
        QCOMPARE(p.lastNumberAfter("missing"), std::optional<std::int64_t>());
    }
};

QTEST_GUILESS_MAIN(SweepTest)
#include "test_Sweep.moc"
