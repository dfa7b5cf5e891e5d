// "Be the scheduler": a schedule written by hand decides who runs at every decision where more
// than one thread is ready, down to single bytecodes when the quantum is one instruction — enough
// to lose an update of `counter += 1` on purpose, and to replay it from the front matter.
#include <QtTest>

#include <memory>

#include "ProgramSimulation.h"
#include "Simulation.h"
#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "policies/ScriptedPolicy.h"
#include "scenario/InputError.h"
#include "scenario/ProgramLoader.h"
#include "scenario/ScheduleParser.h"
#include "scenario/WorkloadLoader.h"
#include "workload/BurstBody.h"
#include "WorkloadBuilder.h"

using namespace ts;
using namespace ts::test;

namespace {

// Two threads add 2 to one counter each; the main thread starts them and waits. With a quantum
// of one instruction every instruction ends in a scheduling decision. `schedule` goes on line 9.
std::string counterProgram(const std::string& schedule) {
    std::string text = "\"\"\"timeslice\n"
                       "policy: scripted\n"
                       "quantum: 50ns\n"
                       "instructionCost: 50ns\n"
                       "contextSwitch: 0\n"
                       "threadSwitch: 0\n"
                       "quantumJitter: 0\n"
                       "timerTick: 0\n";
    if (!schedule.empty()) text += "schedule: " + schedule + "\n";
    text += "\"\"\"\n"
            "import threading\n"
            "counter = 0\n"
            "def add():\n"
            "    global counter\n"
            "    for i in range(2):\n"
            "        counter += 1\n"
            "a = threading.Thread(target=add, name=\"A\")\n"
            "b = threading.Thread(target=add, name=\"B\")\n"
            "a.start()\n"
            "b.start()\n"
            "a.join()\n"
            "b.join()\n"
            "print(counter)\n";
    return text;
}

// The main thread runs 4 decisions until it waits for B to start; then A runs 7 instructions:
// up to its first load of `counter`, not yet its store. B then runs both its increments
// (22 instructions) and ends; A stores its stale 0 + 1 over B's 2 and adds once more: 2, not 4.
const std::string kLosingSchedule = "MainThread*4, A*7, B*22";
// A runs its whole loop before B starts on its own: nothing is lost.
const std::string kSerialSchedule = "MainThread*4, A*21, B*22";

std::string output(const RunReport& r) {
    std::string out;
    for (const OutputRecord& o : r.output) out += o.text;
    return out;
}

std::vector<std::string> sentences(const RunReport& r) {
    std::vector<std::string> out;
    for (const DecisionRecord& d : r.decisions) out.push_back(std::to_string(d.t) + " " + d.sentence);
    return out;
}

QString inputError(const std::function<void()>& action) {
    try {
        action();
    } catch (const InputError& e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("(no error)");
}

const char* kThreeProcesses = R"({"machine": {"policy": "scripted", "schedule": %1},
 "processes": [{"name": "P1", "bursts": [{"cpu": 1}]}, {"name": "P2", "bursts": [{"cpu": 2}]},
               {"name": "P3", "bursts": [{"cpu": 3}]}]})";

WorkloadSpec threeProcesses(const QString& schedule) {
    return loadWorkloadText(QString(kThreeProcesses).arg(schedule).toStdString(), "three.json");
}

}  // namespace

class ScriptedPolicyTest : public QObject {
    Q_OBJECT

private slots:
    void scheduleLosesAnUpdate() {
        const RunReport lost = simulateProgram(loadProgramText(counterProgram(kLosingSchedule), "race.py"));
        QCOMPARE(lost.exitStatus, std::string("completed"));
        QCOMPARE(output(lost), std::string("2\n"));
        const RunReport serial = simulateProgram(loadProgramText(counterProgram(kSerialSchedule), "race.py"));
        QCOMPARE(output(serial), std::string("4\n"));
        // The decisions say whose choice they were.
        bool scheduled = false;
        for (const DecisionRecord& d : lost.decisions) {
            scheduled = scheduled || d.sentence == "A is choice 5 of the schedule.";
        }
        QVERIFY(scheduled);
    }

    // The schedule given in code and the same schedule in the front matter: the same run.
    void replayFromFrontMatter() {
        ProgramSpec byHand = loadProgramText(counterProgram(""), "race.py");
        byHand.machine.schedule = parseScheduleText(kLosingSchedule, {1, 1}, "by hand");
        const RunReport first = simulateProgram(byHand);
        const RunReport replay = simulateProgram(loadProgramText(counterProgram(kLosingSchedule), "race.py"));
        QCOMPARE(output(replay), output(first));
        QCOMPARE(output(replay), std::string("2\n"));
        QCOMPARE(sentences(replay), sentences(first));
        // Tids name the same threads: MainThread 1, A 2, B 3.
        const RunReport byTid = simulateProgram(loadProgramText(counterProgram("1*4, #2*7, 3*22"), "race.py"));
        QCOMPARE(sentences(byTid), sentences(first));
    }

    void invalidChoiceIsAClearError_data() {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("error");
        QTest::newRow("not ready") << "MainThread*5"
                                   << "race.py:9:11: error: schedule choice 5 (repetition 5 of 5) "
                                      "cannot be followed at 1.7us: 'MainThread' is not ready; the "
                                      "ready threads are A (tid 2), B (tid 3)";
        QTest::newRow("no such thread") << "MainThread*4, C"
                                        << "race.py:9:25: error: schedule choice 5 cannot be "
                                           "followed at 1.7us: 'C' is not ready";
        QTest::newRow("tid") << "9" << "race.py:9:11: error: schedule choice 1 cannot be followed at "
                                       "1.5us: tid 9 is not ready; the ready threads are MainThread (tid 1), A (tid 2)";
        QTest::newRow("empty choice") << "A, , B" << "race.py:9:14: error: empty choice in the schedule";
        QTest::newRow("zero repeats") << "A*0" << "race.py:9:13: error: 'A*0': after '*' comes how many";
        QTest::newRow("no count") << "A*" << "race.py:9:13: error: 'A*': after '*'";
        QTest::newRow("tid 0") << "#0" << "race.py:9:11: error: '#0' is not a tid";
    }
    void invalidChoiceIsAClearError() {
        QFETCH(QString, schedule);
        QFETCH(QString, error);
        const QString what = inputError([&] {
            simulateProgram(loadProgramText(counterProgram(schedule.toStdString()), "race.py"));
        });
        QVERIFY2(what.startsWith(error), qPrintable(what));
    }

    void scheduleNeedsTheScriptedPolicy() {
        const QString program = inputError([] {
            loadProgramText("\"\"\"timeslice\nschedule: A, B\npolicy: rr\nquantum: 1ms\n\"\"\"\n", "p.py");
        });
        QCOMPARE(program, QString("p.py:2:11: error: a schedule is followed only by policy "
                                  "'scripted' (the policy here is 'rr')"));
        const QString workload = inputError([] {
            loadWorkloadText(R"({"machine": {"schedule": "P1"}, "processes": [{"name": "P1", "bursts": [{"cpu": 1}]}]})",
                             "w.json");
        });
        QCOMPARE(workload, QString("w.json:1:26: error: a schedule is followed only by policy "
                                   "'scripted' (the policy here is 'fcfs')"));
    }

    void workloadScheduleThenFirstComeFirstServed_data() {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("gantt");
        QTest::newRow("text") << "\"P3\"" << "P3 0-3, P1 3-4, P2 4-6";
        QTest::newRow("list") << "[\"P3\", \"P2\"]" << "P3 0-3, P2 3-5, P1 5-6";
        QTest::newRow("tids") << "\"3, #2\"" << "P3 0-3, P2 3-5, P1 5-6";
        QTest::newRow("none: first come, first served") << "[]" << "P1 0-1, P2 1-3, P3 3-6";
    }
    void workloadScheduleThenFirstComeFirstServed() {
        QFETCH(QString, schedule);
        QFETCH(QString, gantt);
        QCOMPARE(QString::fromStdString(ts::test::gantt(simulateWorkload(threeProcesses(schedule)))), gantt);
    }

    // When the schedule runs out, the first decision it did not cover is kept for the GUI.
    void firstUnscriptedDecisionRecorded_data() {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QStringList>("readyAfterFirst");  // as the GUI's queue panel lists them
        QTest::addColumn<bool>("open");
        QTest::newRow("runs out") << "\"P3\"" << QStringList{"P1", "P2"} << true;
        QTest::newRow("covers all") << "\"P3, P2\"" << QStringList{"P2", "P1"} << false;
    }
    void firstUnscriptedDecisionRecorded() {
        QFETCH(QString, schedule);
        QFETCH(QStringList, readyAfterFirst);
        QFETCH(bool, open);
        const WorkloadSpec w = threeProcesses(schedule);
        Kernel k(w.machine, PolicyFactory::create(w.machine));
        std::vector<std::unique_ptr<BurstBody>> bodies;
        for (const ProcessSpec& p : w.processes) {
            const int pid = k.addProcess(ProcessInfo{p.name, p.arrival, 0, 100, 0, 0, 0});
            bodies.push_back(std::make_unique<BurstBody>(p.threads[0].bursts, false, Random(1)));
            k.addThread(pid, p.name, bodies.back().get());
        }
        const auto& policy = dynamic_cast<const ScriptedPolicy&>(k.policy());
        // Before the run: the next choice leads the ready queue once threads are ready.
        while (policy.choicesUsed() < 1 && k.step()) {
        }
        QStringList order;
        policy.forEachReady(k.now(), [&](const Thread& t) { order << QString::fromStdString(t.name); });
        QCOMPARE(order, readyAfterFirst);
        k.run();
        QVERIFY(policy.scheduleExhausted());
        QCOMPARE(bool(policy.firstUnscripted()), open);
        if (!open) {
            QCOMPARE(policy.choicesUsed(), std::int64_t(2));
            return;
        }
        QCOMPARE(policy.choicesUsed(), std::int64_t(1));
        QCOMPARE(policy.firstUnscripted()->time, 3 * kMillisecond);
        QCOMPARE(policy.firstUnscripted()->ready, (std::vector<int>{0, 1}));
        QCOMPARE(policy.firstUnscripted()->choicesUsed, std::int64_t(1));
    }

    void workloadScheduleErrors_data() {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown name") << "\"P1, P9\""
                                      << "three.json:1:53: error: the schedule names 'P9', which is no "
                                         "thread of the workload (P1, P2, P3)";
        QTest::newRow("tid beyond") << "[\"P1\", \"#4\"]"
                                    << "three.json:1:55: error: the schedule names tid 4, but the "
                                       "workload has 3 threads";
        QTest::newRow("not a list") << "3" << "three.json:1:48: error: 'schedule' must be a string";
        QTest::newRow("number in list") << "[1]" << "three.json:1:49: error: each choice of 'schedule' must be a string";
    }
    void workloadScheduleErrors() {
        QFETCH(QString, schedule);
        QFETCH(QString, error);
        const QString what = inputError([&] { threeProcesses(schedule); });
        QVERIFY2(what.startsWith(error), qPrintable(what));
    }

    void scheduleText() {
        const auto choices = parseScheduleText("Thread-1 (worker)*3,  #2 , main", {4, 10}, "f.py");
        QCOMPARE(choices.size(), std::size_t(3));
        QCOMPARE(choices[0].thread, std::string("Thread-1 (worker)"));
        QCOMPARE(choices[0].repeat, std::int64_t(3));
        QCOMPARE(choices[0].pos.column, 10);
        QVERIFY(choices[1].byTid);
        QCOMPARE(choices[1].tid, 2);
        QCOMPARE(choices[1].pos.column, 32);
        QCOMPARE(choices[2].thread, std::string("main"));
        QCOMPARE(choices[2].repeat, std::int64_t(1));
        // A trailing comma is forgiven.
        QCOMPARE(parseScheduleText("A, B,", {1, 1}, "f").size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(ScriptedPolicyTest)
#include "test_ScriptedPolicy.moc"
