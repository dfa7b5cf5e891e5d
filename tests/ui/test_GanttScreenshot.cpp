// Paints the Gantt chart of the default scenario into an image and checks the lanes: each
// thread's colour where it runs (in its own lane and on the CPU lane), something other than
// the background where it waits, and nothing at all after the cursor.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>

#include "gantt/GanttPainter.h"
#include "gantt/GanttStyle.h"
#include "model/RunRecording.h"
#include "scenario/WorkloadLoader.h"

using namespace ts;
using namespace ts::ui;

namespace {
constexpr Time ms(double v) { return static_cast<Time>(v * 1e6); }

// The whole run recorded, and painted into a 1200x600 image up to `cursor`.
struct PaintedRun {
    PaintedRun(WorkloadSpec spec, const GanttStyle& style, Time cursor)
        : recording(std::move(spec)), painter(style, finished(recording)) {
        axis.fit(0, recording.endTime(), painter.chartRect(area).width());
        QPainter p(&image);
        painter.paint(p, area, axis, cursor);
    }
    // The painter measures the thread names: every thread must exist first.
    static const RunRecording& finished(RunRecording& r) {
        while (r.extend(kNever, 10000)) {
        }
        return r;
    }
    // The colour at a time, `dy` pixels below the top of a lane (the middle when negative).
    QColor pixel(int lane, double atMs, int dy = -1) const {
        const QRect l = painter.laneRect(area, lane);
        const int y = dy < 0 ? l.center().y() : l.top() + dy;
        return image.pixelColor(l.left() + static_cast<int>(axis.xOf(ms(atMs))), y);
    }

    RunRecording recording;
    GanttPainter painter;
    QImage image{1200, 600, QImage::Format_RGB32};
    QRect area = image.rect();
    TimeAxis axis;
};
}  // namespace

class TestGanttScreenshot : public QObject {
    Q_OBJECT
private slots:
    void lanesArePainted_data() {
        QTest::addColumn<bool>("okabeIto");
        QTest::newRow("standard colours") << false;
        QTest::newRow("colour-blind-safe") << true;
    }
    void lanesArePainted() {
        QFETCH(bool, okabeIto);
        const GanttStyle style(okabeIto ? GanttStyle::Palette::OkabeIto : GanttStyle::Palette::Standard, false);
        const PaintedRun run(loadWorkloadFile(TIMESLICE_SOURCE_DIR "/scenarios/default.json"), style, ms(26));
        // CPU lanes are sampled near their top edge, clear of the thread names written in them.
        const auto pixel = [&](int lane, double atMs) { return run.pixel(lane, atMs, lane == 0 ? 4 : -1); };
        const QColor editor = style.threadColour(0);
        const QColor browser = style.threadColour(2);
        const QColor backup = style.threadColour(3);
        // Lane 0 is CPU 0; lanes 1..4 are editor, compiler, browser, backup.
        QCOMPARE(pixel(0, 1.0), editor);
        QCOMPARE(pixel(0, 9.0), browser);
        QCOMPARE(pixel(0, 13.0), backup);
        QCOMPARE(pixel(1, 1.0), editor);
        QCOMPARE(pixel(3, 9.0), browser);
        QCOMPARE(pixel(4, 13.0), backup);
        // Waiting is drawn, in another colour than running: browser ready at 5 ms, in I/O at 24.
        QVERIFY(pixel(3, 5.0) != browser && pixel(3, 5.0) != style.background());
        QVERIFY(pixel(3, 24.0) != browser && pixel(3, 24.0) != style.background());
        QVERIFY(pixel(3, 5.0) != pixel(3, 24.0));
        // The context switch before browser (6.5 .. 7 ms) is not browser's solid colour.
        QVERIFY(pixel(0, 6.75) != browser);
        // Nothing after the cursor (26 ms): the future is not known yet.
        for (int lane = 0; lane < 5; ++lane) QCOMPARE(pixel(lane, 28.0), style.background());
        // Before its arrival (6 ms) backup's lane is empty.
        QCOMPARE(pixel(4, 3.0), style.background());
    }

    // Periodic tasks: an arrow up at each job's release on its task's lane; an arrow down at
    // a deadline that is not the next release (P2's, 60 ms after each release every 80 ms).
    void releasesAndDeadlinesAreMarked() {
        QTemporaryDir dir;
        const QString path = dir.filePath("constrained.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"unit": "ms", "machine": {"cpus": 1, "policy": "edf", "contextSwitch": 0, "until": 160},
            "processes": [{"name": "P1", "arrival": 0, "period": 50, "bursts": [{"cpu": 10}]},
                          {"name": "P2", "arrival": 0, "period": 80, "deadline": 60, "bursts": [{"cpu": 20}]}]})");
        file.close();
        const GanttStyle style;
        const PaintedRun run(loadWorkloadFile(path.toStdString()), style, ms(160));
        QVERIFY(run.recording.hasJobReleases());
        // Lanes: CPU 0, P1, P2. The arrows' stems run down from the top of the lane.
        const auto stem = [&](int lane, double atMs, bool below) {
            const int s = std::max(3, std::min(run.painter.laneRect(run.area, lane).height() / 4, 7));
            return run.pixel(lane, atMs, below ? 3 : 1 + s + 1);  // clear of the arrow's head
        };
        for (const double release : {0.0, 50.0, 100.0, 150.0}) QCOMPARE(stem(1, release, false), style.markColour());
        for (const double release : {0.0, 80.0}) QCOMPARE(stem(2, release, false), style.markColour());
        for (const double deadline : {60.0, 140.0}) QCOMPARE(stem(2, deadline, true), style.markColour());
        // Not between them, and no deadline arrow of P1's (its deadline is its next release).
        for (const double other : {25.0, 75.0, 125.0}) QVERIFY(stem(1, other, false) != style.markColour());
        for (const double other : {30.0, 110.0}) QVERIFY(stem(2, other, true) != style.markColour());
    }
};

QTEST_MAIN(TestGanttScreenshot)
#include "test_GanttScreenshot.moc"
