// Random periodic task sets, for many seeds and sizes: the shares UUniFast draws add up to the
// total and none is above 1; the file's execution times give that total within their rounding;
// every period lies in the asked range and every execution time fits in its period; deadlines
// equal the periods; the run stops at the hyperperiod (or at its cap).
#include <QtTest>

#include <cmath>
#include <numeric>

#include "scenario/WorkloadLoader.h"
#include "workload/PeriodicTaskGenerator.h"
#include "workload/UUniFast.h"
#include "workload/WorkloadGenerator.h"

using namespace ts;

class TestPeriodicTaskGenerator : public QObject {
    Q_OBJECT
  private slots:
    void sharesAddUp_data();
    void sharesAddUp();
    void sharesAreUnbiased();
    void fileFollowsTheOptions_data();
    void fileFollowsTheOptions();
    void wideRangeKeepsRoundPeriods();
    void liuLaylandBound_data();
    void liuLaylandBound();
};

void TestPeriodicTaskGenerator::sharesAddUp_data() {
    QTest::addColumn<int>("tasks");
    QTest::addColumn<double>("total");
    QTest::newRow("one task") << 1 << 0.5;
    QTest::newRow("two under the bound") << 2 << 0.8;
    QTest::newRow("five, full") << 5 << 1.0;
    QTest::newRow("ten, light") << 10 << 0.3;
    QTest::newRow("four on two CPUs") << 4 << 1.9;
    QTest::newRow("three, nearly full") << 3 << 2.5;
}

void TestPeriodicTaskGenerator::sharesAddUp() {
    QFETCH(int, tasks);
    QFETCH(double, total);
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        Random rng(seed);
        const auto shares = UUniFast::split(tasks, total, rng);
        QVERIFY(shares);
        QCOMPARE(static_cast<int>(shares->size()), tasks);
        QVERIFY(std::abs(std::accumulate(shares->begin(), shares->end(), 0.0) - total) < 1e-9);
        for (double share : *shares) QVERIFY(share >= 0.0 && share <= 1.0);
    }
}

// Unbiased: on average every task gets the same share, whichever place it is drawn in.
void TestPeriodicTaskGenerator::sharesAreUnbiased() {
    constexpr int kTasks = 4;
    constexpr int kDraws = 4000;
    std::vector<double> sums(kTasks, 0.0);
    Random rng(7);
    for (int draw = 0; draw < kDraws; ++draw) {
        const auto shares = UUniFast::split(kTasks, 0.8, rng);
        for (int i = 0; i < kTasks; ++i) sums[static_cast<std::size_t>(i)] += (*shares)[i];
    }
    for (double sum : sums)
        QVERIFY2(std::abs(sum / kDraws - 0.2) < 0.01, qPrintable(QString::number(sum / kDraws)));
}

void TestPeriodicTaskGenerator::fileFollowsTheOptions_data() {
    QTest::addColumn<int>("tasks");
    QTest::addColumn<double>("utilisation");
    QTest::addColumn<qint64>("shortest");  // ns
    QTest::addColumn<qint64>("longest");
    QTest::addColumn<QString>("unit");
    const qint64 ms = kMillisecond;
    QTest::newRow("3 tasks, 10-100 ms") << 3 << 0.7 << 10 * ms << 100 * ms << "ms";
    QTest::newRow("5 tasks at the bound") << 5 << 0.743 << 10 * ms << 100 * ms << "ms";
    QTest::newRow("8 tasks, full, wide range") << 8 << 1.0 << 5 * ms << 1000 * ms << "ms";
    QTest::newRow("2 tasks, narrow range") << 2 << 0.5 << 10 * ms << 12 * ms << "ms";
    QTest::newRow("one period") << 4 << 0.6 << 20 * ms << 20 * ms << "ms";
    QTest::newRow("microseconds") << 6 << 0.9 << 1 * ms << 4 * ms << "us";
    QTest::newRow("20 tasks, light") << 20 << 0.4 << 10 * ms << 200 * ms << "ms";
    QTest::newRow("two CPUs") << 4 << 1.6 << 10 * ms << 50 * ms << "ms";
}

void TestPeriodicTaskGenerator::fileFollowsTheOptions() {
    QFETCH(int, tasks);
    QFETCH(double, utilisation);
    QFETCH(qint64, shortest);
    QFETCH(qint64, longest);
    QFETCH(QString, unit);
    WorkloadGeneratorOptions options;
    options.periodic = PeriodicTaskSet{tasks, utilisation, shortest, longest};
    options.unit = unit.toStdString();
    options.policy = "edf";
    options.cpus = utilisation > 1.0 ? 2 : 1;
    const Time step = PeriodicTaskGenerator::resolution(options);
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        options.seed = seed;
        QCOMPARE(QString::fromStdString(WorkloadGenerator::problem(options)), QString());
        const WorkloadSpec spec = loadWorkloadText(WorkloadGenerator::generate(options), "p.json");
        QCOMPARE(static_cast<int>(spec.processes.size()), tasks);
        double sum = 0.0, rounding = 0.0;
        Time lcm = 1;
        Time previous = 0;
        for (const ProcessSpec& task : spec.processes) {
            QVERIFY(task.period >= shortest && task.period <= longest);
            QVERIFY(task.period >= previous);  // named shortest period first
            previous = task.period;
            QCOMPARE(task.deadline, task.period);
            QCOMPARE(task.arrival, Time{0});
            QCOMPARE(task.threads.size(), std::size_t{1});
            QCOMPARE(task.threads[0].bursts.size(), std::size_t{1});
            const Time wcet = task.threads[0].bursts[0].length.a;
            QVERIFY(wcet >= step && wcet <= task.period);
            sum += static_cast<double>(wcet) / static_cast<double>(task.period);
            // Rounding moves each execution time by at most one step.
            rounding += static_cast<double>(step) / static_cast<double>(task.period);
            const Time factor = task.period / std::gcd(lcm, task.period);
            lcm = lcm > kMaxDuration / factor ? kMaxDuration : lcm * factor;  // saturates
        }
        QVERIFY2(std::abs(sum - utilisation) <= rounding + 1e-9,
                 qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(sum)));
        const Time cap = PeriodicTaskGenerator::kHyperperiodCap * longest;
        QCOMPARE(spec.machine.until, lcm <= cap ? lcm : cap);
    }
}

// Over 10 ms to 1 s, a long period is rounded to a round step of up to an eighth of itself
// (430 ms to 450 ms, not 430 ms), which keeps the hyperperiod within reach of a run.
void TestPeriodicTaskGenerator::wideRangeKeepsRoundPeriods() {
    WorkloadGeneratorOptions options;
    options.periodic = PeriodicTaskSet{5, 0.8, 10 * kMillisecond, 1000 * kMillisecond};
    int whole = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        options.seed = seed;
        const PeriodicTaskGenerator::TaskSet set = PeriodicTaskGenerator::draw(options);
        for (const PeriodicTaskGenerator::Task& task : set.tasks) {
            const Time ms = task.period / kMillisecond;
            const Time step = ms >= 400 ? 50 : ms >= 160 ? 20 : 10;
            QVERIFY2(ms % step == 0, qPrintable(QString::number(ms)));
            QCOMPARE(ms % 10, Time{0});
        }
        if (set.hyperperiod > 0) ++whole;
    }
    QVERIFY2(whole >= 35, qPrintable(QString::number(whole)));  // 39 of 40 when written
}

void TestPeriodicTaskGenerator::liuLaylandBound_data() {
    QTest::addColumn<int>("tasks");
    QTest::addColumn<double>("bound");
    QTest::newRow("1") << 1 << 1.0;
    QTest::newRow("2") << 2 << 0.8284;
    QTest::newRow("3") << 3 << 0.7798;
    QTest::newRow("10") << 10 << 0.7177;
    QTest::newRow("1000, near ln 2") << 1000 << 0.6934;
}

void TestPeriodicTaskGenerator::liuLaylandBound() {
    QFETCH(int, tasks);
    QFETCH(double, bound);
    QVERIFY(std::abs(PeriodicTaskGenerator::liuLaylandBound(tasks) - bound) < 1e-4);
}

QTEST_GUILESS_MAIN(TestPeriodicTaskGenerator)
#include "test_PeriodicTaskGenerator.moc"
