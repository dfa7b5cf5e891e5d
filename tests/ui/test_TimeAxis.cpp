// The Gantt chart's time <-> pixel mapping, zoom, pan and tick labels, as data tables.
#include <QtTest>

#include "gantt/TimeAxis.h"

using ts::Time;
using ts::ui::TimeAxis;

class TestTimeAxis : public QObject {
    Q_OBJECT
private slots:
    void mapsTimeToPixels_data() {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<double>("nsPerPixel");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<double>("x");
        QTest::newRow("origin") << qint64(0) << 1e6 << qint64(0) << 0.0;
        QTest::newRow("30 ms at 1 ms/px") << qint64(0) << 1e6 << qint64(30'000'000) << 30.0;
        QTest::newRow("before the start") << qint64(10'000'000) << 1e6 << qint64(0) << -10.0;
        QTest::newRow("half a pixel") << qint64(0) << 2.0 << qint64(1) << 0.5;
        QTest::newRow("seconds") << qint64(0) << 1e9 << qint64(5'000'000'000) << 5.0;
    }
    void mapsTimeToPixels() {
        QFETCH(qint64, start);
        QFETCH(double, nsPerPixel);
        QFETCH(qint64, time);
        QFETCH(double, x);
        TimeAxis axis{start, nsPerPixel, 1000};
        QCOMPARE(axis.xOf(time), x);
        QCOMPARE(axis.timeAt(x), time);
    }

    void fits_data() {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("pixels");
        QTest::addColumn<double>("nsPerPixel");
        QTest::newRow("40 ms in 400 px") << qint64(0) << qint64(40'000'000) << 400 << 1e5;
        QTest::newRow("empty run") << qint64(0) << qint64(0) << 100 << 0.01;
        QTest::newRow("offset") << qint64(1000) << qint64(3000) << 200 << 10.0;
    }
    void fits() {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, pixels);
        QFETCH(double, nsPerPixel);
        TimeAxis axis;
        axis.fit(from, to, pixels);
        QCOMPARE(axis.start, from);
        QCOMPARE(axis.nsPerPixel, nsPerPixel);
        QCOMPARE(axis.width, pixels);
    }

    void zoomKeepsTheAnchor_data() {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        QTest::newRow("in at the left") << 0.0 << 2.0;
        QTest::newRow("in in the middle") << 500.0 << 2.0;
        QTest::newRow("out at the right") << 1000.0 << 0.5;
        QTest::newRow("far in") << 250.0 << 1000.0;
    }
    void zoomKeepsTheAnchor() {
        QFETCH(double, x);
        QFETCH(double, factor);
        TimeAxis axis{0, 1e5, 1000};
        const Time anchor = axis.timeAt(x);
        axis.zoomAround(x, factor);
        QCOMPARE(axis.nsPerPixel, 1e5 / factor);
        QVERIFY(std::abs(axis.timeAt(x) - anchor) <= 1);
    }

    void zoomIsClamped() {
        TimeAxis axis{0, 1.0, 100};
        axis.zoomAround(0, 1e9);
        QCOMPARE(axis.nsPerPixel, TimeAxis::kMinNsPerPixel);
    }

    void pans() {
        TimeAxis axis{10'000'000, 1e5, 1000};
        axis.panPixels(50);  // dragging right shows earlier times
        QCOMPARE(axis.start, Time(5'000'000));
        axis.panPixels(-100);
        QCOMPARE(axis.start, Time(15'000'000));
    }

    void tickSteps_data() {
        QTest::addColumn<double>("nsPerPixel");
        QTest::addColumn<double>("minPixels");
        QTest::addColumn<qint64>("step");
        QTest::newRow("exact 1 ms") << 1e4 << 100.0 << qint64(1'000'000);
        QTest::newRow("rounds to 2") << 1.5e4 << 100.0 << qint64(2'000'000);
        QTest::newRow("rounds to 5") << 3e4 << 100.0 << qint64(5'000'000);
        QTest::newRow("rounds to 10") << 6e4 << 100.0 << qint64(10'000'000);
        QTest::newRow("nanoseconds") << 0.01 << 80.0 << qint64(1);
        QTest::newRow("seconds") << 1e8 << 80.0 << qint64(10'000'000'000);
    }
    void tickSteps() {
        QFETCH(double, nsPerPixel);
        QFETCH(double, minPixels);
        QFETCH(qint64, step);
        TimeAxis axis{0, nsPerPixel, 1000};
        QCOMPARE(axis.tickStep(minPixels), step);
    }

    void ticksAreMultiplesInside() {
        TimeAxis axis{-2'500'000, 1e5, 500};  // -2.5 ms .. 47.5 ms, 10 ms per 100 px
        const auto ticks = axis.ticks(80);
        QCOMPARE(ticks.size(), size_t(5));
        QCOMPARE(ticks.front(), Time(0));
        QCOMPARE(ticks.back(), Time(40'000'000));
    }

    void labels_data() {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole ms") << qint64(30'000'000) << "ms" << qint64(10'000'000) << "30";
        QTest::newRow("half ms") << qint64(2'500'000) << "ms" << qint64(500'000) << "2.5";
        QTest::newRow("tenth of a s") << qint64(1'200'000'000) << "s" << qint64(100'000'000)
                                      << "1.2";
        QTest::newRow("microseconds") << qint64(20'000) << "us" << qint64(5'000) << "20";
        QTest::newRow("ns in ms") << qint64(1'000'050) << "ms" << qint64(50) << "1.00005";
        QTest::newRow("unknown unit is ms") << qint64(4'000'000) << "min" << qint64(1'000'000)
                                            << "4";
    }
    void labels() {
        QFETCH(qint64, time);
        QFETCH(QString, unit);
        QFETCH(qint64, step);
        QFETCH(QString, text);
        const Time size = TimeAxis::unitNs(unit.toStdString());
        QCOMPARE(QString::fromStdString(TimeAxis::label(time, size, step)), text);
    }
};

QTEST_APPLESS_MAIN(TestTimeAxis)
#include "test_TimeAxis.moc"
