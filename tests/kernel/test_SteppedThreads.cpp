// Threads that run instruction by instruction (the interpreter's kind), on the kernel alone:
// pre-emption between any two instructions, locks that hand over, events, timeouts, the GIL,
// deadlock, daemon threads and interrupts.
#include <QtTest>

#include <memory>

#include "ScriptBody.h"
#include "policies/PolicyFactory.h"
#include "trace/TraceRecorder.h"

using namespace ts;
using namespace ts::test;

namespace {

MachineConfig rr(Time quantum, int cpus = 1) {
    MachineConfig m;
    m.policy = "rr";
    m.quantum = quantum;
    m.cpus = cpus;
    return m;
}

std::vector<Op> counterLoop(int times, bool locked) {
    if (!locked) return {{Op::Load}, {Op::Increment}, {Op::Store}, {Op::Loop, 0, times}};
    return {{Op::Acquire}, {Op::Load}, {Op::Increment}, {Op::Store}, {Op::Release}, {Op::Loop, 0, times}};
}

}  // namespace

class SteppedThreads : public QObject {
    Q_OBJECT

private slots:
    // Pre-empted between the load and the store, a thread writes back a stale value.
    void unlockedCounterLosesUpdates_data() {
        QTest::addColumn<bool>("locked");
        QTest::newRow("no lock") << false;
        QTest::newRow("with a lock") << true;
    }
    void unlockedCounterLosesUpdates() {
        QFETCH(bool, locked);
        Kernel k(rr(1001), PolicyFactory::create(rr(1001)));
        Shared shared;
        SyncLock lock(k, -1, 0, false);
        const int pid = k.addProcess(ProcessInfo{"race", 0, 0, 100, 0, 0, 0});
        std::vector<std::unique_ptr<ScriptBody>> bodies;
        for (int i = 0; i < 2; ++i) {
            bodies.push_back(std::make_unique<ScriptBody>(k, shared, counterLoop(5000, locked), &lock));
            k.addThread(pid, "T" + std::to_string(i), bodies.back().get());
        }
        k.run();
        QVERIFY(!k.deadlocked());
        if (locked) {
            QCOMPARE(shared.counter, std::int64_t(10000));
        } else {
            QVERIFY2(shared.counter < 10000, qPrintable(QString::number(shared.counter)));
            QVERIFY(k.counters().timerInterrupts > 10);
        }
    }

    // set() wakes the waiter at that instant and records who woke it.
    void eventWakesWaiter() {
        Kernel k(rr(1000000), PolicyFactory::create(rr(1000000)));
        Shared shared;
        SyncEvent event(k, -1, 0);
        const int pid = k.addProcess(ProcessInfo{"p", 0, 0, 100, 0, 0, 0});
        ScriptBody waiter(k, shared, {{Op::WaitEvent}}, nullptr, &event);
        ScriptBody setter(k, shared, {{Op::Sleep, 5000}, {Op::SetEvent}}, nullptr, &event);
        const int w = k.addThread(pid, "waiter", &waiter);
        const int s = k.addThread(pid, "setter", &setter);
        TraceRecorder rec;
        k.setObserver(&rec);
        k.run();
        QCOMPARE(k.threads()[static_cast<std::size_t>(w)].wokenBy, s);
        QCOMPARE(waiter.lastWake, WakeStatus::Normal);
        bool sawWoke = false;
        for (const auto& st : rec.states()) {
            if (st.tid == w && st.to == ThreadState::Ready && st.from == ThreadState::Blocked) {
                // waiter blocks at 10; setter's sleep runs 10..20, it wakes at 5020 and sets
                QCOMPARE(st.time, Time(5020));
                sawWoke = true;
            }
        }
        QVERIFY(sawWoke);
        QCOMPARE(shared.log.front(), std::string("setter sets at 5020"));
    }

    void waitTimesOut() {
        Kernel k(rr(1000000), PolicyFactory::create(rr(1000000)));
        Shared shared;
        SyncEvent event(k, -1, 0);
        const int pid = k.addProcess(ProcessInfo{"p", 0, 0, 100, 0, 0, 0});
        ScriptBody waiter(k, shared, {{Op::WaitEventTimeout, 2000}}, nullptr, &event);
        k.addThread(pid, "waiter", &waiter);
        k.run();
        QCOMPARE(waiter.lastWake, WakeStatus::TimedOut);
        QVERIFY(event.empty());
        QCOMPARE(k.endTime(), Time(2020));  // 10 to wait, 2000 blocked, 10 to exit
    }

    // With the GIL, two threads of one process never run at the same time, even on two CPUs.
    void gilKeepsOneThreadPerProcessRunning_data() {
        QTest::addColumn<bool>("gil");
        QTest::newRow("gil") << true;
        QTest::newRow("no gil") << false;
    }
    void gilKeepsOneThreadPerProcessRunning() {
        QFETCH(bool, gil);
        MachineConfig m = rr(2000, 2);
        m.gil = gil;
        Kernel k(m, PolicyFactory::create(m));
        Shared shared;
        const int pid = k.addProcess(ProcessInfo{"p", 0, 0, 100, 0, 0, 0});
        ScriptBody a(k, shared, counterLoop(300, false)), b(k, shared, counterLoop(300, false));
        k.addThread(pid, "A", &a);
        k.addThread(pid, "B", &b);
        TraceRecorder rec;
        k.setObserver(&rec);
        k.run();
        bool overlap = false;
        const auto& s = rec.slices();
        for (std::size_t i = 0; i < s.size(); ++i) {
            for (std::size_t j = i + 1; j < s.size(); ++j) {
                if (s[i].cpu != s[j].cpu && s[i].start < s[j].end && s[j].start < s[i].end) overlap = true;
            }
        }
        QCOMPARE(overlap, !gil);
        bool blockedOnGil = false;
        for (const auto& st : rec.states()) blockedOnGil = blockedOnGil || st.reason == BlockReason::Gil;
        QCOMPARE(blockedOnGil, gil);
    }

    // A plain Lock is not re-entrant: each thread acquiring its own lock twice waits for itself,
    // and with nothing left to happen the kernel reports the deadlock.
    void selfDeadlockIsDetected() {
        Kernel k(rr(15), PolicyFactory::create(rr(15)));
        Shared shared;
        SyncLock l1(k, -1, 0, false), l2(k, -1, 0, false);
        const int pid = k.addProcess(ProcessInfo{"p", 0, 0, 100, 0, 0, 0});
        ScriptBody a(k, shared, {{Op::Acquire}, {Op::Load}, {Op::Load}, {Op::Acquire}}, &l1);
        ScriptBody b(k, shared, {{Op::Acquire}, {Op::Load}, {Op::Load}, {Op::Acquire}}, &l2);
        k.addThread(pid, "A", &a);
        k.addThread(pid, "B", &b);
        k.run();
        QVERIFY(k.deadlocked());
        QCOMPARE(l1.owner(), 0);
        QCOMPARE(l2.owner(), 1);
        QCOMPARE(l1.waiters().size(), std::size_t(1));
    }

    // When the last non-daemon thread ends, daemon threads vanish, even mid-sleep.
    void daemonsVanishWithTheProcess() {
        Kernel k(rr(1000), PolicyFactory::create(rr(1000)));
        Shared shared;
        const int pid = k.addProcess(ProcessInfo{"p", 0, 0, 100, 0, 0, 0});
        ScriptBody daemon(k, shared, {{Op::Sleep, 2000000}, {Op::SetEvent}});
        ScriptBody main(k, shared, {{Op::Load}});
        const int d = k.addThread(pid, "daemon", &daemon, 0, true);
        k.addThread(pid, "main", &main);
        k.run();
        QVERIFY(!k.deadlocked());
        QCOMPARE(k.threads()[static_cast<std::size_t>(d)].state, ThreadState::Terminated);
        QVERIFY(shared.log.empty());  // it never got to set anything
        QVERIFY(k.endTime() < 1000);
    }

    // Ctrl-C: a sleeping thread is woken to take the exception.
    void interruptWakesSleeper() {
        Kernel k(rr(1000), PolicyFactory::create(rr(1000)));
        Shared shared;
        const int pid = k.addProcess(ProcessInfo{"p", 0, 0, 100, 0, 0, 0});
        ScriptBody main(k, shared, {{Op::Sleep, 10 * kSecond}});
        const int tid = k.addThread(pid, "MainThread", &main);
        k.postInterrupt(tid, 3 * kSecond);
        k.run();
        QCOMPARE(main.lastWake, WakeStatus::Interrupted);
        QCOMPARE(shared.log.back(), std::string("MainThread interrupted"));
        QVERIFY(k.endTime() >= 3 * kSecond && k.endTime() < 3 * kSecond + 100);
    }

    // A thread spinning forever stops at the run's limit.
    void endlessLoopStopsAtUntil() {
        Kernel k(rr(30 * kMillisecond), PolicyFactory::create(rr(30 * kMillisecond)));
        Shared shared;
        const int pid = k.addProcess(ProcessInfo{"p", 0, 0, 100, 0, 0, 0});
        ScriptBody spin(k, shared, {{Op::Load}, {Op::Loop, 0, 2000000000}});
        k.addThread(pid, "spin", &spin);
        k.run(100 * kMillisecond);
        QVERIFY(k.stoppedByLimit());
        QCOMPARE(k.endTime(), 100 * kMillisecond);
        QCOMPARE(k.threads()[0].cpuTime, 100 * kMillisecond);
        QCOMPARE(k.counters().timerInterrupts, std::int64_t(3));
    }
};

QTEST_APPLESS_MAIN(SteppedThreads)
#include "test_SteppedThreads.moc"
