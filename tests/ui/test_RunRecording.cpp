// The GUI's recording of a run: the state at chosen times of the default scenario (checked
// against `timeslice run`'s chart), the ready queue in order, the decision sentence, and that
// seeking gives the same state as recording up to that time.
#include <QtTest>

#include "model/RunRecording.h"
#include "scenario/WorkloadLoader.h"

using namespace ts;
using ts::ui::RunRecording;

namespace {
constexpr Time ms(double v) { return static_cast<Time>(v * 1e6); }

std::unique_ptr<RunRecording> defaultRun() {
    auto r = std::make_unique<RunRecording>(
        loadWorkloadFile(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
    while (r->extend(kNever, 1000)) {
    }
    return r;
}
}  // namespace

class TestRunRecording : public QObject {
    Q_OBJECT
private slots:
    void completesLikeTheCommandLine() {
        auto r = defaultRun();
        QVERIFY(r->complete());
        QCOMPARE(r->endTime(), ms(46.5));
        QVERIFY(r->report());
        QCOMPARE(r->report()->contextSwitches, std::int64_t(13));
    }

    void stateAtChosenTimes_data() {
        QTest::addColumn<double>("atMs");
        QTest::addColumn<int>("runningTid");   // on CPU 0, -1 idle
        QTest::addColumn<QString>("states");   // per thread: R running, r ready, B blocked, N new, T done
        QTest::addColumn<QString>("processes"); // per process: R Run, S Sleep, N new, X exited
        QTest::newRow("start") << 0.0 << 0 << "RNNN" << "RNNN";
        QTest::newRow("browser runs") << 9.0 << 2 << "rrRr" << "RRRR";
        QTest::newRow("backup runs") << 12.0 << 3 << "rrrR" << "RRRR";
        QTest::newRow("three in I/O") << 24.0 << 1 << "BRBB" << "SRSS";
        QTest::newRow("editor done") << 33.5 << 1 << "TRrr" << "XRRR";
        QTest::newRow("end") << 46.5 << -1 << "TTTT" << "XXXX";
    }
    void stateAtChosenTimes() {
        QFETCH(double, atMs);
        QFETCH(int, runningTid);
        QFETCH(QString, states);
        QFETCH(QString, processes);
        auto r = defaultRun();
        const ui::RunState s = r->stateAt(ms(atMs));
        QCOMPARE(s.cpus.at(0).phase == Cpu::Phase::Running ? s.cpus.at(0).tid : -1, runningTid);
        QString seen;
        for (const ui::ThreadNow& t : s.threads) seen += QString("NrRBT").at(static_cast<int>(t.state));
        QCOMPARE(seen, states);
        QString procs;
        for (ProcessState p : s.processes) procs += QString("NRSX").at(static_cast<int>(p));
        QCOMPARE(procs, processes);
    }

    void cpuTimeGrowsWhileRunning() {
        auto r = defaultRun();
        QCOMPARE(r->stateAt(ms(9)).cpuTimeOf(2), ms(2));
        QCOMPARE(r->stateAt(ms(30)).cpuTimeOf(3), ms(7));
        QCOMPARE(r->stateAt(ms(46.5)).cpuTimeOf(1), ms(16));
    }

    void readyQueueInOrder() {
        auto r = defaultRun();
        // At 10 ms browser runs; backup arrived at 6, compiler's quantum expired at 6.5, editor
        // came back from I/O at 8: round robin serves them in that order.
        QCOMPARE(r->readyQueueAt(ms(10)), (std::vector<int>{3, 1, 0}));
        QVERIFY(r->readyQueueAt(ms(46.5)).empty());
    }

    void decisionSentence() {
        auto r = defaultRun();
        const Decision* d = r->decisionAt(ms(12));
        QVERIFY(d);
        QCOMPARE(d->tid, 3);
        const QString text = r->sentence(*d);
        QVERIFY2(text.contains("backup"), qPrintable(text));
    }

    void seekingMatchesRecordingUpToThere() {
        // A run recorded only up to t gives the same state at t as the finished run.
        for (double at : {3.0, 11.0, 23.25, 40.0}) {
            auto partial = std::make_unique<RunRecording>(
                loadWorkloadFile(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
            partial->extend(ms(at), 1'000'000);
            QVERIFY(partial->knownUntil() >= ms(at));
            auto full = defaultRun();
            const ui::RunState a = partial->stateAt(ms(at));
            const ui::RunState b = full->stateAt(ms(at));
            QCOMPARE(a.threads.size(), b.threads.size());
            for (std::size_t i = 0; i < a.threads.size(); ++i) {
                QCOMPARE(a.threads[i].state, b.threads[i].state);
                QCOMPARE(a.cpuTimeOf(static_cast<int>(i)), b.cpuTimeOf(static_cast<int>(i)));
            }
            QCOMPARE(partial->readyQueueAt(ms(at)), full->readyQueueAt(ms(at)));
        }
    }

    void stepsBetweenChanges() {
        auto r = defaultRun();
        QCOMPARE(r->changes().nextChangeAfter(ms(8)), ms(11));
        QCOMPARE(r->changes().previousChangeBefore(ms(11)), ms(8));
        QCOMPARE(r->nextContextSwitchAfter(ms(10)), ms(11));
        QCOMPARE(r->nextContextSwitchAfter(ms(11.2)), ms(14.5));
    }
};

QTEST_APPLESS_MAIN(TestRunRecording)
#include "test_RunRecording.moc"
