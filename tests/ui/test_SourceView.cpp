// The source view: each thread's current line follows time (and steps back with it), "Next line"
// moves to where the followed thread starts its next line, a breakpoint stops playing where a
// thread reaches it, and the margin toggles breakpoints. tests/fixtures/lines.py: MainThread
// starts a worker that sleeps 10 ms on line 5 while MainThread waits in join() on line 11.
#include <QTextBlock>
#include <QtTest>

#include "model/RunRecording.h"
#include "panels/ThreadTablePanel.h"
#include "source/SourcePanel.h"
#include "source/SourceView.h"
#include "window/MainWindow.h"

using namespace ts;
using namespace ts::ui;

namespace {

const char* kProgram = TIMESLICE_SOURCE_DIR "/tests/fixtures/lines.py";

// The line the source view marks for `name`, 0 when it marks none.
int markedLine(MainWindow& w, const QString& name) {
    for (const ThreadLine& t : w.source().view().threads()) {
        if (t.name == name) return t.line;
    }
    return 0;
}

}  // namespace

class TestSourceView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    void recordsEachNewLineOfEachThread() {
        RunRecording r(loadRunSource(kProgram));
        while (r.extend(kNever, 10000)) {
        }
        QVERIFY(r.complete());
        // MainThread's lines in order, each once (a line is reported when a thread enters it).
        std::vector<int> mainLines;
        std::vector<int> workerLines;
        for (const LineMark& m : r.trace().lines()) (m.tid == 0 ? mainLines : workerLines).push_back(m.line);
        QVERIFY(!mainLines.empty());
        QCOMPARE(mainLines.front(), 1);
        QCOMPARE(mainLines.back(), 12);
        QVERIFY(std::find(mainLines.begin(), mainLines.end(), 11) != mainLines.end());
        QCOMPARE(workerLines, (std::vector<int>{5, 6, 7}));
        // Marks are in time order.
        const auto& marks = r.trace().lines();
        QVERIFY(std::is_sorted(marks.begin(), marks.end(),
                               [](const LineMark& a, const LineMark& b) { return a.time < b.time; }));
    }

    void marksEachThreadsLineAndStepsBack_data() {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<int>("mainLine");
        QTest::addColumn<int>("workerLine");
        QTest::newRow("start") << qint64(0) << 1 << 0;
        QTest::newRow("worker asleep, main in join") << qint64(5'000'000) << 11 << 5;
    }

    void marksEachThreadsLineAndStepsBack() {
        QFETCH(qint64, at);
        QFETCH(int, mainLine);
        QFETCH(int, workerLine);
        MainWindow w;
        QVERIFY(w.openScenario(kProgram));
        w.controller().finishRecording();
        w.controller().seek(at);
        QCOMPARE(markedLine(w, "MainThread"), mainLine);
        QCOMPARE(markedLine(w, "Thread-1 (worker)"), workerLine);
        // The thread table's Line column says the same.
        QCOMPARE(w.threadTable().item(0, 5)->text(), QString::number(mainLine));
        // After the end, then back again: the same marks.
        w.controller().seek(w.controller().recording()->endTime());
        QCOMPARE(markedLine(w, "Thread-1 (worker)"), 0);  // finished: no line
        w.controller().seek(at);
        QCOMPARE(markedLine(w, "MainThread"), mainLine);
        QCOMPARE(markedLine(w, "Thread-1 (worker)"), workerLine);
    }

    void nextLineFollowsTheChosenThread() {
        MainWindow w;
        QVERIFY(w.openScenario(kProgram));
        w.controller().finishRecording();
        w.controller().seek(5'000'000);
        w.source().followThread(1);
        QCOMPARE(w.controller().followedThread(), 1);
        w.controller().stepToNextLine();
        // The worker wakes from its 10 ms sleep and starts line 6.
        QVERIFY(w.controller().cursor() >= 10'000'000);
        QCOMPARE(markedLine(w, "Thread-1 (worker)"), 6);
        const Time atSix = w.controller().cursor();
        w.controller().stepToNextLine();
        QVERIFY(w.controller().cursor() > atSix);
        QCOMPARE(markedLine(w, "Thread-1 (worker)"), 7);
        w.controller().stepBack();
        QVERIFY(w.controller().cursor() < atSix + 1000);
    }

    void nextLineRecordsAheadWhenNeeded() {
        // Without finishing the recording first: the search records ahead over ticks.
        MainWindow w;
        QVERIFY(w.openScenario(kProgram));
        w.source().followThread(0);
        w.controller().stepToNextLine();
        QTRY_VERIFY(!w.controller().searchingLine());
        QVERIFY(w.controller().cursor() > 0);
        QVERIFY(markedLine(w, "MainThread") > 1);
    }

    void breakpointStopsPlaying() {
        MainWindow w;
        QVERIFY(w.openScenario(kProgram));
        QSignalSpy hits(&w.controller(), &PlaybackController::breakpointHit);
        w.source().view().toggleBreakpoint(6);
        QCOMPARE(w.controller().breakpoints(), (std::set<int>{6}));
        w.controller().setSpeed(1e9);  // 1 s of simulated time per second
        w.controller().play();
        QTRY_VERIFY(!w.controller().playing());
        QCOMPARE(hits.count(), 1);
        QCOMPARE(hits[0][0].toInt(), 1);
        QCOMPARE(hits[0][1].toInt(), 6);
        QCOMPARE(markedLine(w, "Thread-1 (worker)"), 6);
        const Time stopped = w.controller().cursor();
        QVERIFY(stopped >= 10'000'000);
        // Playing on passes it and runs to the end.
        w.controller().play();
        QTRY_VERIFY(!w.controller().playing());
        QCOMPARE(hits.count(), 1);
        QVERIFY(w.controller().cursor() > stopped);
    }

    void marginClickTogglesABreakpoint() {
        MainWindow w;
        QVERIFY(w.openScenario(kProgram));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SourceView& view = w.source().view();
        QWidget* gutter = nullptr;
        for (QWidget* child : view.findChildren<QWidget*>()) {
            if (child->parentWidget() == &view && child->width() == view.gutterWidth()) gutter = child;
        }
        QVERIFY(gutter);
        const QTextBlock third = view.document()->findBlockByNumber(2);
        const int y = view.cursorRect(QTextCursor(third)).center().y();
        QTest::mouseClick(gutter, Qt::LeftButton, {}, QPoint(6, y));
        QCOMPARE(view.breakpoints(), (std::set<int>{3}));
        QCOMPARE(w.controller().breakpoints(), (std::set<int>{3}));
        QTest::mouseClick(gutter, Qt::LeftButton, {}, QPoint(6, y));
        QVERIFY(view.breakpoints().empty());
    }

    void workloadHasNoSource() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        QCOMPARE(w.source().view().lineCount(), 1);
        QVERIFY(w.source().view().toPlainText().isEmpty());
        QVERIFY(w.threadTable().isColumnHidden(5));
    }
};

QTEST_MAIN(TestSourceView)
#include "test_SourceView.moc"
