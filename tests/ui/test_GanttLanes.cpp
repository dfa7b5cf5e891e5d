// Many threads: when their lanes would be thinner than a readable height, the chart shows as
// many as fit and a scroll bar (Shift+wheel, Page Up/Down) scrolls the thread lanes, while the
// CPU lanes stay at the top. A few threads: no scroll bar, every lane shown.
#include <QtTest>

#include "gantt/GanttPainter.h"
#include "gantt/GanttView.h"
#include "model/RunRecording.h"
#include "scenario/WorkloadLoader.h"

using namespace ts;
using namespace ts::ui;

namespace {

// A workload of `count` one-burst processes on one CPU, written to `dir`.
QString manyProcesses(const QTemporaryDir& dir, int count) {
    QString json = QStringLiteral(R"({"title": "many", "machine": {"cpus": 1, "policy": "rr", "quantum": 1}, "processes": [)");
    for (int i = 0; i < count; ++i) {
        json += QStringLiteral(R"(%1{"name": "P%2", "arrival": 0, "bursts": [{"cpu": 2}]})").arg(i ? "," : "").arg(i);
    }
    json += QStringLiteral("]}");
    const QString path = dir.filePath(QStringLiteral("many.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(json.toUtf8());
    return path;
}

}  // namespace

class TestGanttLanes : public QObject {
    Q_OBJECT
private slots:
    void fewLanesAllShown() {
        RunRecording r(loadWorkloadFile(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        r.extend(kNever, 100000);
        GanttView view;
        view.resize(1000, 600);
        view.setRecording(&r);
        const GanttPainter painter(view.ganttStyle(), r);
        QCOMPARE(painter.visibleThreadLanes(QRect(0, 0, 1000, 600)), r.threadCount());
        view.scrollThreadLanes(2);
        QCOMPARE(view.firstThreadLane(), 0);  // nothing to scroll
    }

    void manyLanesScroll_data() {
        QTest::addColumn<int>("processes");
        QTest::addColumn<int>("scrollTo");
        QTest::newRow("200 threads") << 200 << 50;
        QTest::newRow("1000 threads, to the end") << 1000 << 5000;
    }

    void manyLanesScroll() {
        QFETCH(int, processes);
        QFETCH(int, scrollTo);
        QTemporaryDir dir;
        RunRecording r(loadWorkloadFile(manyProcesses(dir, processes).toStdString()));
        while (r.extend(kNever, 100000)) {
        }
        GanttView view;
        view.resize(1000, 600);
        view.setRecording(&r);
        view.setCursor(r.endTime());
        const QRect area(0, 0, 1000, 600);
        const int shown = GanttPainter(view.ganttStyle(), r).visibleThreadLanes(area);
        QVERIFY(shown > 10);
        QVERIFY(shown < processes);
        view.scrollThreadLanes(scrollTo);
        const int first = std::min(scrollTo, processes - GanttPainter(view.ganttStyle(), r).visibleThreadLanes(area) - 1);
        QVERIFY(view.firstThreadLane() >= first);
        QVERIFY(view.firstThreadLane() <= processes - 1);
        // The first thread lane under the CPU lane now belongs to that thread; CPU 0 stays.
        const GanttPainter painter(view.ganttStyle(), r, view.firstThreadLane());
        // Lanes are numbered CPU lanes first, then by tid: the first thread shown is lane 1 + first.
        const QRect lane = painter.laneRect(QRect(0, 0, 1000 - 20, 600), 1 + view.firstThreadLane());
        QVERIFY(lane.top() > painter.laneRect(QRect(0, 0, 1000 - 20, 600), 0).bottom());
        const QString said = view.describeAt(QPoint(lane.left() + 2, lane.center().y()));
        QVERIFY2(said.startsWith(QStringLiteral("P%1:").arg(view.firstThreadLane())), qPrintable(said));
        QVERIFY(lane.top() < painter.laneRect(QRect(0, 0, 1000 - 20, 600), 2 + view.firstThreadLane()).top());
        // The lane above the first one shown is scrolled out of the chart.
        const QRect hidden = painter.laneRect(QRect(0, 0, 1000 - 20, 600), view.firstThreadLane());
        QVERIFY(view.firstThreadLane() == 0 || hidden.top() < lane.top());
    }
};

QTEST_MAIN(TestGanttLanes)
#include "test_GanttLanes.moc"
