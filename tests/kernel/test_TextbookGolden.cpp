// Golden answers from the textbooks courses use: Silberschatz's chapter 5 (CPU scheduling)
// examples and Stallings's worked comparison of FCFS, RR, SPN, SRT, HRRN and feedback. If one of
// these changes, the kernel no longer teaches what the book says.
#include <QtTest>

#include "WorkloadBuilder.h"

using namespace ts;
using namespace ts::test;

class TextbookGolden : public QObject {
    Q_OBJECT

private:
    static std::vector<ProcessSpec> stallings() {
        return {P("A", 0, {cpu(3)}), P("B", 2, {cpu(6)}), P("C", 4, {cpu(4)}),
                P("D", 6, {cpu(5)}), P("E", 8, {cpu(2)})};
    }

private slots:
    // Stallings, "Operating Systems", the five-process comparison: finish times per policy.
    void stallingsFinishTimes_data() {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<double>("quantum");
        QTest::addColumn<int>("mlfqLevels");
        QTest::addColumn<bool>("constantQuantum");
        QTest::addColumn<QList<double>>("finish");  // A B C D E
        QTest::newRow("FCFS") << "fcfs" << 0.0 << 0 << false << QList<double>{3, 9, 13, 18, 20};
        QTest::newRow("RR q=1") << "rr" << 1.0 << 0 << false << QList<double>{4, 18, 17, 20, 15};
        QTest::newRow("RR q=4") << "rr" << 4.0 << 0 << false << QList<double>{3, 17, 11, 20, 19};
        QTest::newRow("SPN") << "sjf" << 0.0 << 0 << false << QList<double>{3, 9, 15, 20, 11};
        QTest::newRow("SRT") << "srtf" << 0.0 << 0 << false << QList<double>{3, 15, 8, 20, 10};
        QTest::newRow("HRRN") << "hrrn" << 0.0 << 0 << false << QList<double>{3, 9, 13, 20, 15};
        QTest::newRow("FB q=1") << "mlfq" << 1.0 << 10 << true << QList<double>{4, 20, 16, 19, 11};
        QTest::newRow("FB q=2^i") << "mlfq" << 1.0 << 10 << false << QList<double>{4, 17, 18, 20, 14};
    }
    void stallingsFinishTimes() {
        QFETCH(QString, policy);
        QFETCH(double, quantum);
        QFETCH(int, mlfqLevels);
        QFETCH(bool, constantQuantum);
        QFETCH(QList<double>, finish);
        WorkloadSpec w = workload(policy.toStdString(), quantum, stallings());
        if (mlfqLevels > 0) w.machine.mlfqLevels = mlfqLevels;
        if (constantQuantum) w.machine.mlfqQuanta = {w.machine.quantum};
        const RunReport r = simulateWorkload(w);
        const double arrivals[] = {0, 2, 4, 6, 8};
        double turnaroundSum = 0;
        for (int i = 0; i < 5; ++i) {
            const ProcessMetrics& p = r.processes[static_cast<std::size_t>(i)];
            QVERIFY2(p.completion.has_value(), p.name.c_str());
            QCOMPARE(ms(*p.completion), finish[i]);
            QCOMPARE(ms(*p.turnaround), finish[i] - arrivals[i]);
            turnaroundSum += finish[i] - arrivals[i];
        }
        QCOMPARE(ms(r.end), 20.0);
        QVERIFY(turnaroundSum > 0);
    }

    // Silberschatz: Gantt charts and average waiting times of the chapter's examples.
    void silberschatzExamples_data() {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<double>("quantum");
        QTest::addColumn<int>("example");
        QTest::addColumn<QString>("gantt");
        QTest::addColumn<double>("averageWaiting");
        QTest::newRow("FCFS P1 P2 P3") << "fcfs" << 0.0 << 0 << "P1 0-24, P2 24-27, P3 27-30" << 17.0;
        QTest::newRow("FCFS P2 P3 P1") << "fcfs" << 0.0 << 1 << "P2 0-3, P3 3-6, P1 6-30" << 3.0;
        QTest::newRow("SJF") << "sjf" << 0.0 << 2 << "P4 0-3, P1 3-9, P3 9-16, P2 16-24" << 7.0;
        QTest::newRow("SRTF") << "srtf" << 0.0 << 3
                              << "P1 0-1, P2 1-5, P4 5-10, P1 10-17, P3 17-26" << 6.5;
        QTest::newRow("priority") << "priority" << 0.0 << 4
                                  << "P2 0-1, P5 1-6, P1 6-16, P3 16-18, P4 18-19" << 8.2;
        QTest::newRow("RR q=4") << "rr" << 4.0 << 0
                                << "P1 0-4, P2 4-7, P3 7-10, P1 10-14, P1 14-18, P1 18-22, "
                                   "P1 22-26, P1 26-30"
                                << 17.0 / 3.0;
    }
    void silberschatzExamples() {
        QFETCH(QString, policy);
        QFETCH(double, quantum);
        QFETCH(int, example);
        QFETCH(QString, gantt);
        QFETCH(double, averageWaiting);
        std::vector<ProcessSpec> ps;
        switch (example) {
            case 0: ps = {P("P1", 0, {cpu(24)}), P("P2", 0, {cpu(3)}), P("P3", 0, {cpu(3)})}; break;
            case 1: ps = {P("P2", 0, {cpu(3)}), P("P3", 0, {cpu(3)}), P("P1", 0, {cpu(24)})}; break;
            case 2:
                ps = {P("P1", 0, {cpu(6)}), P("P2", 0, {cpu(8)}), P("P3", 0, {cpu(7)}),
                      P("P4", 0, {cpu(3)})};
                break;
            case 3:
                ps = {P("P1", 0, {cpu(8)}), P("P2", 1, {cpu(4)}), P("P3", 2, {cpu(9)}),
                      P("P4", 3, {cpu(5)})};
                break;
            case 4:
                ps = {P("P1", 0, {cpu(10)}, 3), P("P2", 0, {cpu(1)}, 1), P("P3", 0, {cpu(2)}, 4),
                      P("P4", 0, {cpu(1)}, 5), P("P5", 0, {cpu(5)}, 2)};
                break;
        }
        const RunReport r = simulateWorkload(workload(policy.toStdString(), quantum, ps));
        QCOMPARE(QString::fromStdString(ts::test::gantt(r)), gantt);
        double waiting = 0;
        for (const auto& p : r.processes) waiting += ms(p.waiting);
        QVERIFY(qAbs(waiting / static_cast<double>(r.processes.size()) - averageWaiting) < 1e-9);
    }

    // Silberschatz's real-time example: P1 (period 50, burst 25) and P2 (period 80, burst 35).
    // Under rate-monotonic scheduling P2 misses its deadline at 80; EDF meets every deadline.
    void rateMonotonicMissesEdfMeets() {
        std::vector<ProcessSpec> tasks = {periodic("P1", 50, 25), periodic("P2", 80, 35)};
        WorkloadSpec rm = workload("rm", 0, tasks);
        rm.machine.until = 160 * kMillisecond;
        rm.untilGiven = true;
        const RunReport r = simulateWorkload(rm);
        // P2's first job ends at 85, past its deadline at 80; its second job (released at 80)
        // follows at once on the same slice until P1's release at 100 pre-empts it.
        QVERIFY(QString::fromStdString(ts::test::gantt(r))
                    .startsWith("P1 0-25, P2 25-50, P1 50-75, P2 75-100, P1 100-125"));
        QVERIFY(processNamed(r, "P2").deadlineMisses >= 1);
        QCOMPARE(processNamed(r, "P1").deadlineMisses, 0);

        WorkloadSpec edf = workload("edf", 0, tasks);
        edf.machine.until = 400 * kMillisecond;  // the hyperperiod
        edf.untilGiven = true;
        const RunReport e = simulateWorkload(edf);
        QVERIFY(QString::fromStdString(ts::test::gantt(e))
                    .startsWith("P1 0-25, P2 25-60, P1 60-85, P2 85-100, P1 100-125, P2 125-145"));
        QCOMPARE(processNamed(e, "P1").deadlineMisses, 0);
        QCOMPARE(processNamed(e, "P2").deadlineMisses, 0);
    }

    // The first deadline RM misses is P2's at 80, recorded at that instant.
    void rateMonotonicMissIsAt80() {
        WorkloadSpec rm = workload("rm", 0, {periodic("P1", 50, 25), periodic("P2", 80, 35)});
        rm.machine.until = 100 * kMillisecond;
        rm.untilGiven = true;
        const RunReport r = simulateWorkload(rm);
        QCOMPARE(processNamed(r, "P2").deadlineMisses, 1);
        QCOMPARE(processNamed(r, "P2").jobsReleased, 2);  // at 0 and 80
    }

    // Silberschatz's schedulable rate-monotonic pair: P1 (50, 20), P2 (100, 35).
    void rateMonotonicSchedulable() {
        WorkloadSpec rm = workload("rm", 0, {periodic("P1", 50, 20), periodic("P2", 100, 35)});
        const RunReport r = simulateWorkload(rm);  // default horizon: the hyperperiod, 100
        QCOMPARE(QString::fromStdString(ts::test::gantt(r)), QString("P1 0-20, P2 20-50, P1 50-70, P2 70-75"));
        QCOMPARE(processNamed(r, "P2").deadlineMisses, 0);
        QCOMPARE(ms(r.end), 100.0);
        QCOMPARE(r.exitStatus, std::string("time-limit"));
    }
};

QTEST_APPLESS_MAIN(TextbookGolden)
#include "test_TextbookGolden.moc"
