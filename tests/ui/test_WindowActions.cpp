// The window's other controls: exports (PNG, SVG, CSV), presentation mode, the colour-blind
// palette, and an endless workload that runs while playing and stops only when paused.
#include <QtTest>

#include <QImage>
#include <QTemporaryDir>

#include "gantt/GanttPainter.h"
#include "gantt/GanttView.h"
#include "panels/MetricsPanel.h"
#include "window/ChartExporter.h"
#include "window/MainWindow.h"

using namespace ts;
using ts::ui::MainWindow;

class TestWindowActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    void exportsChartAndMetrics() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        w.controller().finishRecording();
        w.controller().seek(30'000'000);
        QTemporaryDir dir;
        const QString png = dir.filePath("chart.png");
        const QString svg = dir.filePath("chart.svg");
        const QString csv = dir.filePath("metrics.csv");
        QVERIFY(ui::ChartExporter::savePng(w.gantt(), png));
        QVERIFY(ui::ChartExporter::saveSvg(w.gantt(), svg));
        QVERIFY(ui::ChartExporter::saveText(w.metrics().csv(), csv));
        QCOMPARE(QImage(png).size(), QSize(1920, 1080));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray vector = svgFile.readAll();
        QVERIFY(vector.contains("<svg"));
        QVERIFY(vector.contains("compiler"));  // names are text in the SVG
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("Process"));
        QCOMPARE(lines.at(1), QByteArray("editor,0,0,32.5,32.5,14.5,0,6"));
    }

    // Periodic tasks never complete: the table says how many jobs each finished and how many
    // deadlines it missed instead of completion and turnaround; runs without periodic tasks
    // keep the eight columns.
    void metricsCountJobsOfPeriodicTasks_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("lastColumnsOfP2");  // "" when the scenario has no P2 task
        QTest::newRow("rm misses") << "rm-misses-edf-meets.json"
                                   << QByteArray("Process (times in ms),Arrival,First run,Waiting,Response,CPU,Jobs done,Deadline misses")
                                   << QByteArray("2 of 3,1");
        QTest::newRow("no periodic tasks") << "default.json"
                                           << QByteArray("Process (times in ms),Arrival,First run,Completion,Turnaround,Waiting,Response,CPU")
                                           << QByteArray();
    }
    void metricsCountJobsOfPeriodicTasks() {
        QFETCH(QString, scenario);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, lastColumnsOfP2);
        MainWindow w;
        QVERIFY(w.openScenario(QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + scenario));
        w.controller().finishRecording();
        const QList<QByteArray> lines = w.metrics().csv().toUtf8().split('\n');
        QCOMPARE(lines.at(0), header);
        if (lastColumnsOfP2.isEmpty()) return;
        const QByteArray p2 = lines.at(2);
        QVERIFY2(p2.startsWith("P2,") && p2.endsWith("," + lastColumnsOfP2), p2.constData());
    }

    void tooltipsTellWhatALaneShows() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        w.controller().finishRecording();
        w.controller().seek(30'000'000);
        ui::GanttView& g = w.gantt();
        g.fit();
        const ui::GanttPainter painter(g.ganttStyle(), *w.controller().recording());
        const auto at = [&](int lane, double ms) {
            const QRect r = painter.laneRect(g.rect(), lane);
            return QPoint(r.left() + static_cast<int>(g.axis().xOf(static_cast<Time>(ms * 1e6))), r.center().y());
        };
        QCOMPARE(g.describeAt(at(1, 5)), QString("editor: blocked (I/O) from 2 ms to 8 ms"));
        QCOMPARE(g.describeAt(at(0, 9)), QString("CPU 0: runs browser from 7 ms to 11 ms"));
        QCOMPARE(g.describeAt(at(0, 6.75)), QString("CPU 0: switching context to browser from 6.5 ms to 7 ms"));
        QCOMPARE(g.describeAt(at(2, 29)), QString("compiler: blocked (I/O) from 25.5 ms to 29.5 ms"));
        QVERIFY(g.describeAt(at(1, 40)).isEmpty());  // the future
    }

    void presentationAndPalette() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        w.resize(1600, 1000);
        w.setPresentationMode(true);
        QVERIFY(w.gantt().ganttStyle().presentation());
        w.setColourBlindPalette(true);
        QCOMPARE(w.gantt().ganttStyle().palette(), ui::GanttStyle::Palette::OkabeIto);
        QCOMPARE(w.gantt().ganttStyle().threadColour(0), QColor(0xE6, 0x9F, 0x00));
        w.setPresentationMode(false);
        w.setColourBlindPalette(false);
        QVERIFY(!w.gantt().ganttStyle().presentation());
    }

    void endlessWorkloadRunsUntilPaused() {
        QTemporaryDir dir;
        const QString path = dir.filePath("endless.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"unit": "ms", "machine": {"cpus": 1, "policy": "rr", "quantum": 2},
            "processes": [{"name": "A", "bursts": [{"cpu": 3}, {"io": 1}], "repeat": true},
                          {"name": "B", "bursts": [{"cpu": 1}, {"io": 4}], "repeat": true}]})");
        file.close();
        MainWindow w;
        QVERIFY(w.openScenario(path));
        QVERIFY(w.controller().recording()->endless());
        w.controller().setSpeed(1e10);  // 10 s of simulated time per second
        w.controller().play();
        QTRY_VERIFY_WITH_TIMEOUT(w.controller().cursor() > 2'000'000'000, 5000);
        QVERIFY(w.controller().playing());
        QVERIFY(!w.controller().recording()->complete());
        w.controller().pause();
        const Time stopped = w.controller().cursor();
        QTest::qWait(100);
        QCOMPARE(w.controller().cursor(), stopped);
        // Stepping back reads the recording, even far back.
        w.controller().seek(1'000'000);
        QCOMPARE(w.controller().cursor(), Time(1'000'000));
    }
};

QTEST_MAIN(TestWindowActions)
#include "test_WindowActions.moc"
