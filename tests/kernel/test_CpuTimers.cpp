// The CPUs' own events, kept outside the event set: the first of them by (time, order), with
// one CPU and with many, through long runs of sets and clears checked against a plain scan.
#include <QtTest>

#include <vector>

#include "kernel/CpuTimers.h"
#include "random/Random.h"

using namespace ts;

namespace {

struct Reference {
    bool set = false;
    Time time = 0;
    std::uint64_t order = 0;
};

// The CPU a scan of every CPU finds first, or -1 when none has an event.
int firstOf(const std::vector<Reference>& cpus) {
    int best = -1;
    for (int c = 0; c < static_cast<int>(cpus.size()); ++c) {
        const Reference& r = cpus[static_cast<std::size_t>(c)];
        if (!r.set) continue;
        const Reference* b = best < 0 ? nullptr : &cpus[static_cast<std::size_t>(best)];
        if (!b || EventQueue::before(r.time, r.order, b->time, b->order)) best = c;
    }
    return best;
}

}  // namespace

class CpuTimersTest : public QObject {
    Q_OBJECT

  private slots:
    void noEventAtFirst() {
        CpuTimers timers;
        timers.resize(4);
        QVERIFY(!timers.any());
    }

    void oneCpu() {
        CpuTimers timers;
        timers.resize(1);
        timers.set(0, 30, EventQueue::orderOf(2, 7));
        QVERIFY(timers.any());
        QCOMPARE(timers.topCpu(), 0);
        QCOMPARE(timers.topTime(), Time{30});
        QCOMPARE(timers.topOrder(), EventQueue::orderOf(2, 7));
        timers.set(0, 10, EventQueue::orderOf(2, 8));  // replaces the event it had
        QCOMPARE(timers.topTime(), Time{10});
        timers.clear(0);
        QVERIFY(!timers.any());
    }

    void tiesGoByOrder() {
        // Same instant: the lower priority first, then the earlier insertion number.
        CpuTimers timers;
        timers.resize(3);
        timers.set(0, 50, EventQueue::orderOf(2, 9));
        timers.set(1, 50, EventQueue::orderOf(2, 4));
        timers.set(2, 50, EventQueue::orderOf(1, 11));
        QCOMPARE(timers.topCpu(), 2);
        timers.clear(2);
        QCOMPARE(timers.topCpu(), 1);
        timers.clear(1);
        QCOMPARE(timers.topCpu(), 0);
    }

    void anEventAtNeverIsStillAnEvent() {
        CpuTimers timers;
        timers.resize(2);
        timers.set(1, kNever, EventQueue::orderOf(2, 1));
        QVERIFY(timers.any());
        QCOMPARE(timers.topCpu(), 1);
    }

    void matchesAScan_data() {
        QTest::addColumn<int>("cpus");
        for (int cpus : {1, 2, 3, 5, 8, 13, 64, 256}) {
            QTest::addRow("%d CPUs", cpus) << cpus;
        }
    }
    void matchesAScan() {
        QFETCH(int, cpus);
        CpuTimers timers;
        timers.resize(cpus);
        std::vector<Reference> ref(static_cast<std::size_t>(cpus));
        Random rng(static_cast<std::uint64_t>(cpus) * 7919);
        std::uint64_t seq = 0;
        for (int step = 0; step < 20000; ++step) {
            const int cpu = static_cast<int>(rng.below(static_cast<std::uint64_t>(cpus)));
            Reference& r = ref[static_cast<std::size_t>(cpu)];
            if (rng.below(4) == 0) {
                timers.clear(cpu);
                r.set = false;
            } else {
                // Few distinct times, so that ties are common.
                r = Reference{true, static_cast<Time>(rng.below(50)),
                              EventQueue::orderOf(static_cast<std::uint8_t>(1 + rng.below(3)), seq++)};
                timers.set(cpu, r.time, r.order);
            }
            const int expected = firstOf(ref);
            QCOMPARE(timers.any(), expected >= 0);
            if (expected < 0) continue;
            QCOMPARE(timers.topCpu(), expected);
            QCOMPARE(timers.topTime(), ref[static_cast<std::size_t>(expected)].time);
            QCOMPARE(timers.topOrder(), ref[static_cast<std::size_t>(expected)].order);
        }
    }
};

QTEST_APPLESS_MAIN(CpuTimersTest)
#include "test_CpuTimers.moc"
