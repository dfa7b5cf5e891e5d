// Our own generator and distributions give the same numbers on every machine and build: a few
// draws are pinned here. If one of these changes, every scenario's fingerprint changes too.
#include <QtTest>
#include <cmath>

#include "random/DurationDistribution.h"
#include "random/Random.h"

using namespace ts;

class RandomTest : public QObject {
    Q_OBJECT

private slots:
    void pinnedRawDraws() {
        Random r(1);
        QCOMPARE(r.next(), Q_UINT64_C(0xb3f2af6d0fc710c5));
        QCOMPARE(r.next(), Q_UINT64_C(0x853b559647364cea));
        QCOMPARE(r.next(), Q_UINT64_C(0x92f89756082a4514));
    }

    void pinnedDistributionDraws() {
        Random r(42);
        QCOMPARE(DurationDistribution::exponential(50 * kMillisecond).draw(r), Time(4379467));
        QCOMPARE(DurationDistribution::uniform(10, 20).draw(r), Time(14));
        QCOMPARE(DurationDistribution::normal(1000, 100).draw(r), Time(1022));
    }

    void streamsAreIndependentAndReproducible() {
        Random a = Random::stream(1, 1), b = Random::stream(1, 2), a2 = Random::stream(1, 1);
        const auto x = a.next();
        QCOMPARE(a2.next(), x);
        QVERIFY(b.next() != x);
    }

    void belowStaysInRangeAndCoversIt() {
        Random r(3);
        int seen[7] = {};
        for (int i = 0; i < 7000; ++i) {
            const auto v = r.below(7);
            QVERIFY(v < 7);
            ++seen[v];
        }
        for (int count : seen) QVERIFY(count > 800 && count < 1200);
    }

    void exponentialMeanIsRight() {
        Random r(5);
        double sum = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) sum += r.exponential(50.0);
        QVERIFY(qAbs(sum / n - 50.0) < 0.5);
    }

    void normalMomentsAreRight() {
        Random r(6);
        double sum = 0, sq = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) {
            const double v = r.normal(10.0, 2.0);
            sum += v;
            sq += v * v;
        }
        const double mean = sum / n;
        QVERIFY(qAbs(mean - 10.0) < 0.05);
        QVERIFY(qAbs(std::sqrt(sq / n - mean * mean) - 2.0) < 0.05);
    }

    // Burst lengths are rounded without std::llround (docs/performance.md); the rounding must
    // agree with it everywhere, or every drawn workload would change.
    void roundingMatchesLlround_data() {
        QTest::addColumn<double>("ns");
        QTest::newRow("one") << 1.0;
        QTest::newRow("half up") << 1.5;
        QTest::newRow("just below a half") << std::nextafter(2.5, 0.0);
        QTest::newRow("just below a power of two") << std::nextafter(4.0, 0.0);
        QTest::newRow("half below 2^52") << 4503599627370495.5;
        QTest::newRow("2^52 + 1") << 4503599627370497.0;
        QTest::newRow("2^53 + 2") << 9007199254740994.0;
        QTest::newRow("a large duration") << 1e18 + 3.0;
    }
    void roundingMatchesLlround() {
        QFETCH(double, ns);
        QCOMPARE(DurationDistribution::roundHalfAway(ns), static_cast<Time>(std::llround(ns)));
    }

    void roundingMatchesLlroundOnRandomValues() {
        // Every binade from 1 to 2^62, values near halves included, against the library.
        Random r(12);
        for (int i = 0; i < 400000; ++i) {
            const double scale = std::ldexp(1.0, static_cast<int>(r.below(62)));
            double ns = scale * (1.0 + r.uniform01());
            if (i % 4 == 0) ns = std::floor(ns) + 0.5;
            if (i % 4 == 1) ns = std::nextafter(std::floor(ns) + 0.5, 0.0);
            if (ns < 1.0 || ns >= 9.2e18) continue;
            if (DurationDistribution::roundHalfAway(ns) != static_cast<Time>(std::llround(ns))) {
                QFAIL(qPrintable(QString::number(ns, 'g', 17)));
            }
        }
    }

    void drawsNeverBelowOneNanosecond() {
        Random r(9);
        const auto d = DurationDistribution::normal(1, 1000);
        for (int i = 0; i < 1000; ++i) QVERIFY(d.draw(r) >= 1);
    }
};

QTEST_APPLESS_MAIN(RandomTest)
#include "test_Random.moc"
