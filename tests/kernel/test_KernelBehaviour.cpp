// What the kernel models beyond the textbook tables: switch costs, the Run/Sleep table, I/O,
// several CPUs, tie rules, time limits, aging, fairness, determinism.
#include <QtTest>

#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "trace/TraceRecorder.h"
#include "workload/BurstBody.h"
#include "WorkloadBuilder.h"

using namespace ts;
using namespace ts::test;

class KernelBehaviour : public QObject {
    Q_OBJECT

private slots:
    // Switching between threads of one process is cheaper than between processes.
    void threadSwitchCheaperThanProcessSwitch() {
        ProcessSpec a = P("A", 0, {cpu(4)});
        ThreadSpec second;
        second.name = "A2";
        second.bursts = {cpu(4)};
        a.threads.push_back(second);
        WorkloadSpec w = workload("rr", 2, {a, P("B", 0, {cpu(4)})});
        w.machine.contextSwitch = kMillisecond;
        w.machine.threadSwitch = kMillisecond / 4;
        const RunReport r = simulateWorkload(w);
        // A 0-2 | A->A2 (thread switch) | A2 | A2->B (process switch) | B ...
        QCOMPARE(QString::fromStdString(gantt(r)).left(49),
                 QString("A 0-2, cs 2-2.25, A2 2.25-4.25, cs 4.25-5.25, B 5"));
        QCOMPARE(r.slices[1].kind, Slice::Kind::Switch);
        QCOMPARE(r.slices[1].end - r.slices[1].start, kMillisecond / 4);
        QCOMPARE(r.slices[3].end - r.slices[3].start, kMillisecond);
        QVERIFY(r.cpuUtilization < 1.0);
    }

    // The process table: Run while a thread is ready or running, Sleep during its I/O.
    void processTableRunAndSleep() {
        WorkloadSpec w = workload("fcfs", 0, {P("P", 0, {cpu(2), io(3), cpu(1)})});
        Kernel k(w.machine, PolicyFactory::create(w.machine));
        const int pid = k.addProcess(ProcessInfo{"P", 0, 0, 100, 0, 0, 0});
        BurstBody body(w.processes[0].threads[0].bursts, false, Random(1));
        k.addThread(pid, "P", &body);
        TraceRecorder rec;
        k.setObserver(&rec);
        k.run();
        QList<QPair<double, int>> states;
        for (const auto& s : rec.processStates()) states << qMakePair(ms(s.time), int(s.state));
        const QList<QPair<double, int>> expected = {
            {0.0, int(ProcessState::Run)}, {2.0, int(ProcessState::Sleep)},
            {5.0, int(ProcessState::Run)}, {6.0, int(ProcessState::Exited)}};
        QCOMPARE(states, expected);
        QCOMPARE(ms(k.endTime()), 6.0);
        const Thread& t = k.threads()[0];
        QCOMPARE(t.cpuTime, 3 * kMillisecond);
        QCOMPARE(t.waiting, Time(0));
    }

    // While one process does I/O the other runs; the first queues behind it when it returns.
    void ioOverlapsWithComputation() {
        const RunReport r = simulateWorkload(workload(
            "fcfs", 0, {P("A", 0, {cpu(2), io(2), cpu(2)}), P("B", 0, {cpu(5)})}));
        QCOMPARE(QString::fromStdString(gantt(r)), QString("A 0-2, B 2-7, A 7-9"));
        QCOMPARE(ms(processNamed(r, "A").waiting), 3.0);  // ready 4..7
        QCOMPARE(ms(processNamed(r, "B").waiting), 2.0);
    }

    void twoCpusShareOneQueue() {
        WorkloadSpec w = workload("fcfs", 0, {P("A", 0, {cpu(4)}), P("B", 0, {cpu(2)}),
                                              P("C", 0, {cpu(3)}), P("D", 1, {cpu(1)})});
        w.machine.cpus = 2;
        const RunReport r = simulateWorkload(w);
        QCOMPARE(QString::fromStdString(gantt(r, 0)), QString("A 0-4, D 4-5"));
        QCOMPARE(QString::fromStdString(gantt(r, 1)), QString("B 0-2, C 2-5"));
        QCOMPARE(ms(r.end), 5.0);
        QCOMPARE(r.cpuUtilization, 1.0);
    }

    // Default tie rule: an arrival at t is queued before the thread whose quantum expired at t.
    // Swapped, the expired thread goes first.
    void arrivalVersusPreemptedTieRule_data() {
        QTest::addColumn<bool>("arrivalFirst");
        QTest::addColumn<QString>("gantt");
        QTest::newRow("arrival first") << true << "A 0-2, B 2-4, A 4-6";
        QTest::newRow("pre-empted first") << false << "A 0-2, A 2-4, B 4-6";
    }
    void arrivalVersusPreemptedTieRule() {
        QFETCH(bool, arrivalFirst);
        QFETCH(QString, gantt);
        WorkloadSpec w = workload("rr", 2, {P("A", 0, {cpu(4)}), P("B", 2, {cpu(2)})});
        w.machine.arrivalBeforePreempted = arrivalFirst;
        QCOMPARE(QString::fromStdString(ts::test::gantt(simulateWorkload(w))), gantt);
    }

    void priorityOrderIsConfigurable() {
        std::vector<ProcessSpec> ps = {P("low", 0, {cpu(1)}, 1), P("high", 0, {cpu(1)}, 9)};
        WorkloadSpec w = workload("priority", 0, ps);
        QCOMPARE(QString::fromStdString(gantt(simulateWorkload(w))), QString("low 0-1, high 1-2"));
        w.machine.lowerPriorityNumberFirst = false;
        QCOMPARE(QString::fromStdString(gantt(simulateWorkload(w))), QString("high 0-1, low 1-2"));
    }

    // Without aging a stream of high-priority work starves the low-priority process; with it,
    // the waiting process climbs until it runs.
    void agingEndsStarvation() {
        std::vector<ProcessSpec> ps = {P("low", 0, {cpu(5)}, 10)};
        for (int i = 0; i < 20; ++i) {
            ps.push_back(P("hi" + std::to_string(i), i * 5.0, {cpu(5)}, 1));
        }
        WorkloadSpec w = workload("priority", 0, ps);
        QCOMPARE(ms(*processNamed(simulateWorkload(w), "low").firstRun), 100.0);
        w.machine.agingInterval = 5 * kMillisecond;
        QVERIFY(ms(*processNamed(simulateWorkload(w), "low").firstRun) < 60.0);
    }

    void untilStopsTheRun() {
        WorkloadSpec w = workload("rr", 4, {P("A", 0, {cpu(100)})});
        w.machine.until = 10 * kMillisecond;
        w.untilGiven = true;
        const RunReport r = simulateWorkload(w);
        QCOMPARE(r.exitStatus, std::string("time-limit"));
        QCOMPARE(ms(r.end), 10.0);
        QCOMPARE(ms(processNamed(r, "A").cpu), 10.0);
        QVERIFY(!processNamed(r, "A").completion.has_value());
        QCOMPARE(QString::fromStdString(gantt(r)), QString("A 0-4, A 4-8, A 8-10"));
        QCOMPARE(r.timerInterrupts, 2);
        QCOMPARE(r.contextSwitches, 0);
    }

    // cfs: equal weights share equally; nice -5 gets about three times nice 0's share.
    void cfsSharesByWeight() {
        ProcessSpec a = P("A", 0, {cpu(1000)}), b = P("B", 0, {cpu(1000)});
        WorkloadSpec w = workload("cfs", 0, {a, b});
        w.machine.until = 300 * kMillisecond;
        w.untilGiven = true;
        RunReport r = simulateWorkload(w);
        QVERIFY(qAbs(ms(processNamed(r, "A").cpu) - ms(processNamed(r, "B").cpu)) <= 6.0);
        w.processes[0].nice = -5;
        r = simulateWorkload(w);
        const double ratio = ms(processNamed(r, "A").cpu) / ms(processNamed(r, "B").cpu);
        QVERIFY2(ratio > 2.6 && ratio < 3.5, qPrintable(QString::number(ratio)));
    }

    void lotterySharesByTickets() {
        ProcessSpec a = P("A", 0, {cpu(10000)}), b = P("B", 0, {cpu(10000)});
        a.tickets = 300;
        b.tickets = 100;
        WorkloadSpec w = workload("lottery", 1, {a, b});
        w.machine.until = 4000 * kMillisecond;
        w.untilGiven = true;
        const RunReport r = simulateWorkload(w);
        const double share = ms(processNamed(r, "A").cpu) / 4000.0;
        QVERIFY2(qAbs(share - 0.75) < 0.03, qPrintable(QString::number(share)));
    }

    // mlfq's boost lifts a long job that sank to the bottom back to the top.
    void mlfqBoostLiftsLongJobs() {
        std::vector<ProcessSpec> ps = {P("long", 0, {cpu(200)})};
        for (int i = 0; i < 30; ++i) ps.push_back(P("s" + std::to_string(i), 20.0 + i * 2, {cpu(2)}));
        WorkloadSpec w = workload("mlfq", 2, ps);
        w.machine.mlfqLevels = 3;
        const double noBoost = ms(processNamed(simulateWorkload(w), "long").cpu);
        QCOMPARE(noBoost, 200.0);
        w.machine.mlfqBoost = 10 * kMillisecond;
        const RunReport boosted = simulateWorkload(w);
        QCOMPARE(ms(processNamed(boosted, "long").cpu), 200.0);
        QVERIFY(ms(*processNamed(boosted, "long").completion) <=
                ms(*processNamed(simulateWorkload(workload("mlfq", 2, ps)), "long").completion));
    }

    void distributionsAreReproducibleAndSeeded() {
        ProcessSpec p = P("R", 0, {});
        p.threads[0].bursts = {
            BurstSpec{BurstSpec::Kind::Cpu, DurationDistribution::exponential(5 * kMillisecond), {}},
            BurstSpec{BurstSpec::Kind::Io, DurationDistribution::uniform(kMillisecond, 9 * kMillisecond), {}}};
        p.threads[0].repeat = true;
        WorkloadSpec w = workload("rr", 2, {p, P("B", 0, {cpu(50)})});
        w.machine.until = 200 * kMillisecond;
        w.untilGiven = true;
        const std::string a = gantt(simulateWorkload(w)), b = gantt(simulateWorkload(w));
        QCOMPARE(a, b);
        w.machine.seed = 2;
        QVERIFY(gantt(simulateWorkload(w)) != a);
    }

    void decisionsExplainThemselves() {
        const RunReport r = simulateWorkload(workload(
            "srtf", 0, {P("P1", 0, {cpu(8)}), P("P2", 1, {cpu(4)})}));
        QCOMPARE(r.decisions.size(), std::size_t(3));
        QCOMPARE(QString::fromStdString(r.decisions[0].sentence),
                 QString("P1 is the only ready thread."));
        QCOMPARE(QString::fromStdString(r.decisions[1].sentence),
                 QString("P2 pre-empts P1: 4ms left against 7ms."));
        QCOMPARE(QString::fromStdString(r.decisions[2].sentence),
                 QString("P1 is the only ready thread."));
    }
};

QTEST_APPLESS_MAIN(KernelBehaviour)
#include "test_KernelBehaviour.moc"
