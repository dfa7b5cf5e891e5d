// "Nothing allocates per event": after warm-up, a long stretch of a running kernel must not
// call operator new at all. This binary counts every allocation to check it.
#include <QtTest>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <new>

#include "kernel/Kernel.h"
#include "policies/PolicyFactory.h"
#include "workload/BurstBody.h"

namespace {
std::atomic<long> allocations{0};
}

void* operator new(std::size_t n) {
    ++allocations;
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

using namespace ts;

class NoAllocation : public QObject {
    Q_OBJECT

private slots:
    void kernelRunsWithoutAllocating_data() {
        QTest::addColumn<QString>("policy");
        for (const char* p : {"fcfs", "sjf", "srtf", "hrrn", "priority", "priority-preemptive", "rr",
                              "mlfq", "lottery", "cfs"}) {
            QTest::newRow(p) << p;
        }
    }
    void kernelRunsWithoutAllocating() {
        QFETCH(QString, policy);
        MachineConfig m;
        m.policy = policy.toStdString();
        m.quantum = 10 * kMicrosecond;
        m.cpus = 2;
        m.contextSwitch = kMicrosecond;
        const std::vector<BurstSpec> bursts = {
            {BurstSpec::Kind::Cpu, DurationDistribution::exponential(50 * kMicrosecond), {}},
            {BurstSpec::Kind::Io, DurationDistribution::exponential(2500 * kMicrosecond), {}}};
        Kernel k(m, PolicyFactory::create(m));
        std::vector<std::unique_ptr<BurstBody>> bodies;
        for (int i = 0; i < 100; ++i) {
            const int pid = k.addProcess(ProcessInfo{"P" + std::to_string(i), 0, i % 7, 100, 0, 0, 0});
            bodies.push_back(std::make_unique<BurstBody>(bursts, true, Random::stream(1, std::uint64_t(i))));
            k.addThread(pid, "P", bodies.back().get());
        }
        k.run(20 * kMillisecond);  // warm-up: queues and the event set reach their size
        const long before = allocations.load();
        QVERIFY(before > 100);  // the counter does see the set-up's allocations
        const auto eventsBefore = k.counters().events;
        for (int i = 0; i < 50; ++i) {
            // Stepping through many events, no allocation may happen.
            for (int j = 0; j < 2000; ++j) k.step();
        }
        const long after = allocations.load();
        QVERIFY(k.counters().events - eventsBefore >= 100000);  // dispatcher runs count too
        QCOMPARE(after - before, 0L);
    }
};

QTEST_APPLESS_MAIN(NoAllocation)
#include "test_NoAllocation.moc"
