// The tutorial's lost update: on the default machine, four threads doing `counter += 1` 50,000
// times each lose updates for most seeds (the timer interrupt falls between the load and the
// store), and never with a Lock around the increment. The final value is read from the
// program's own output.
#include <QtTest>

#include "ProgramSimulation.h"
#include "scenario/ProgramLoader.h"

using namespace ts;

namespace {

const char* const kRace =
    "import threading\n"
    "counter = 0\n"
    "def work():\n"
    "    global counter\n"
    "    for i in range(50000):\n"
    "        counter += 1\n"
    "threads = [threading.Thread(target=work) for i in range(4)]\n"
    "for t in threads: t.start()\n"
    "for t in threads: t.join()\n"
    "print(counter)\n";

const char* const kLocked =
    "import threading\n"
    "counter = 0\n"
    "lock = threading.Lock()\n"
    "def work():\n"
    "    global counter\n"
    "    for i in range(50000):\n"
    "        lock.acquire()\n"
    "        counter += 1\n"
    "        lock.release()\n"
    "threads = [threading.Thread(target=work) for i in range(4)]\n"
    "for t in threads: t.start()\n"
    "for t in threads: t.join()\n"
    "print(counter)\n";

long long finalCount(const char* source, std::uint64_t seed) {
    ProgramSpec spec = loadProgramText(source, "race.py");
    spec.machine.seed = seed;
    const RunReport report = simulateProgram(spec, {});
    if (report.exitStatus != "completed" || report.output.empty()) return -1;
    return std::stoll(report.output.back().text);
}

}  // namespace

class TestCounterRace : public QObject {
    Q_OBJECT

private slots:
    void withoutLockMostSeedsLoseUpdates();
    void withLockNoSeedLoses();
};

void TestCounterRace::withoutLockMostSeedsLoseUpdates() {
    int losing = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const long long count = finalCount(kRace, seed);
        qInfo("seed %d: %lld", static_cast<int>(seed), count);
        QVERIFY(count > 0 && count <= 200000);
        if (count < 200000) ++losing;
    }
    QVERIFY2(losing >= 6, qPrintable(QStringLiteral("only %1 of 10 seeds lost updates").arg(losing)));
}

void TestCounterRace::withLockNoSeedLoses() {
    for (std::uint64_t seed = 1; seed <= 10; ++seed) QCOMPARE(finalCount(kLocked, seed), 200000LL);
}

QTEST_APPLESS_MAIN(TestCounterRace)
#include "test_CounterRace.moc"
