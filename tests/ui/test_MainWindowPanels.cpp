// The main window as a student uses it: open the default scenario, move to chosen times, read
// the process table, the thread table, the ready queue and the "why" panel; step forward and
// back and find every panel restored.
#include <QtTest>

#include <QScrollBar>

#include "gantt/GanttView.h"
#include "panels/DecisionPanel.h"
#include "panels/ProcessTablePanel.h"
#include "panels/ReadyQueuePanel.h"
#include "panels/ThreadTablePanel.h"
#include "window/MainWindow.h"

using namespace ts;
using ts::ui::MainWindow;

namespace {
constexpr Time ms(double v) { return static_cast<Time>(v * 1e6); }

QStringList column(QTableWidget& table, int c) {
    QStringList out;
    for (int r = 0; r < table.rowCount(); ++r) out << table.item(r, c)->text();
    return out;
}

QStringList queue(QListWidget& list) {
    QStringList out;
    for (int i = 0; i < list.count(); ++i) out << list.item(i)->text();
    return out;
}

// Everything the panels show, as text.
QStringList snapshot(MainWindow& w) {
    QStringList all;
    for (int c = 0; c < w.processTable().columnCount(); ++c) all += column(w.processTable(), c);
    for (int c = 0; c < w.threadTable().columnCount(); ++c) all += column(w.threadTable(), c);
    all += queue(w.readyQueue());
    all << w.decision().text();
    return all;
}
}  // namespace

class TestMainWindowPanels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    void tablesAtChosenTimes() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        w.controller().seek(ms(12), true);
        QCOMPARE(w.controller().cursor(), ms(12));
        QCOMPARE(column(w.processTable(), 1), (QStringList{"editor", "compiler", "browser", "backup"}));
        QCOMPARE(column(w.processTable(), 2), (QStringList{"Run", "Run", "Run", "Run"}));
        QCOMPARE(column(w.processTable(), 4), (QStringList{"2 ms", "4 ms", "4 ms", "0.5 ms"}));
        QCOMPARE(column(w.threadTable(), 3), (QStringList{"ready", "ready", "ready", "running"}));
        QCOMPARE(queue(w.readyQueue()).size(), 3);
        QVERIFY(queue(w.readyQueue()).at(0).contains("compiler"));
        QVERIFY(queue(w.readyQueue()).at(2).contains("browser"));
        QVERIFY(w.decision().text().contains("backup"));
        QCOMPARE(w.gantt().cursor(), ms(12));

        // At 24 ms three processes wait for I/O: the tutorial's Sleep.
        w.controller().seek(ms(24));
        QCOMPARE(column(w.processTable(), 2), (QStringList{"Sleep", "Run", "Sleep", "Sleep"}));
        QCOMPARE(column(w.processTable(), 4), (QStringList{"4 ms", "8.5 ms", "5 ms", "3 ms"}));
        QCOMPARE(column(w.threadTable(), 3), (QStringList{"blocked", "running", "blocked", "blocked"}));
        QCOMPARE(column(w.threadTable(), 4), (QStringList{"I/O", "(on CPU 0)", "I/O", "I/O"}));
        QCOMPARE(queue(w.readyQueue()).size(), 1);
        QVERIFY(queue(w.readyQueue()).at(0).contains("empty"));
        QVERIFY(w.decision().text().contains("compiler"));
    }

    // A program's file name as its process's name: cut in the middle (whole in its tooltip)
    // so that every thread's state, line and CPU time stay in view of a 1600-pixel window.
    void longProcessNamesLeaveTheColumnsInView() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/dining-philosophers-deadlock.py"));
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.controller().finishRecording();
        w.controller().seek(ms(101), true);
        QCoreApplication::processEvents();
        const QString name = QStringLiteral("dining-philosophers-deadlock.py");
        for (QTableWidget* table : {static_cast<QTableWidget*>(&w.processTable()), static_cast<QTableWidget*>(&w.threadTable())}) {
            QCOMPARE(table->item(0, 1)->text(), name);
            QCOMPARE(table->item(0, 1)->toolTip(), name);
            QVERIFY(table->columnWidth(1) < table->fontMetrics().horizontalAdvance(name));
            QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
            QVERIFY(!table->wordWrap());  // else cut at its first hyphen
        }
        ts::ui::ThreadTablePanel& threads = w.threadTable();
        int shown = 0;
        for (int c = 0; c < threads.columnCount(); ++c) shown += threads.isColumnHidden(c) ? 0 : threads.columnWidth(c);
        QVERIFY2(shown <= threads.viewport()->width() + threads.columnWidth(threads.columnCount() - 1),
                 qPrintable(QStringLiteral("%1 > %2").arg(shown).arg(threads.viewport()->width())));
        QCOMPARE(threads.horizontalScrollBar()->maximum(), 0);
        // A short name is left whole, the column as wide as it needs.
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        w.controller().seek(ms(12), true);
        QCOMPARE(w.processTable().item(1, 1)->text(), QStringLiteral("compiler"));
        QVERIFY(w.processTable().columnWidth(1) >= w.processTable().fontMetrics().horizontalAdvance(QStringLiteral("compiler")));
    }

    // mlfq: the level of each thread's queue, in the thread table and the ready queue; the
    // boost at 50 ms puts everyone back at the top without a change of state.
    void mlfqShowsEachThreadsLevel() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/mlfq-interactive-vs-batch.json"));
        w.controller().finishRecording();
        ts::ui::ThreadTablePanel& threads = w.threadTable();
        w.controller().seek(ms(45), true);
        QVERIFY(!threads.isColumnHidden(7));
        QCOMPARE(column(threads, 0), (QStringList{"render", "zip", "shell", "editor"}));
        // The two batch jobs have used up their quanta twice; the interactive ones stay on top.
        QCOMPARE(column(threads, 7), (QStringList{"2", "2", "0", "0"}));
        QCOMPARE(queue(w.readyQueue()), (QStringList{"1. shell (level 0)   <- next", "2. zip (level 2)"}));
        w.controller().seek(ms(49.999), true);
        QCOMPARE(column(threads, 3), (QStringList{"ready", "ready", "running", "ready"}));
        QCOMPARE(queue(w.readyQueue()),
                 (QStringList{"1. editor (level 0)   <- next", "2. zip (level 2)", "3. render (level 2)"}));
        QCOMPARE(w.controller().recording()->changes().nextChangeAfter(ms(49.999)), ms(50));
        w.controller().seek(ms(50), true);
        QCOMPARE(column(threads, 7), (QStringList{"0", "0", "0", "0"}));
        QCOMPARE(queue(w.readyQueue()), (QStringList{"1. zip (level 0)   <- next", "2. render (level 0)"}));
        // Other policies have no levels: no column, no level in the queue.
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        w.controller().seek(ms(12), true);
        QVERIFY(threads.isColumnHidden(7));
        for (const QString& entry : queue(w.readyQueue())) QVERIFY2(!entry.contains("level"), qPrintable(entry));
    }

    void stepBackRestoresThePanels() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        w.controller().seek(ms(8), true);
        const QStringList before = snapshot(w);
        w.controller().stepForward();
        QCOMPARE(w.controller().cursor(), ms(11));
        w.controller().stepForward();
        w.controller().stepForward();
        QVERIFY(snapshot(w) != before);
        w.controller().stepBack();
        w.controller().stepBack();
        w.controller().stepBack();
        QCOMPARE(w.controller().cursor(), ms(8));
        QCOMPARE(snapshot(w), before);
    }

    void restartAndContextSwitchStep() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        w.controller().seek(ms(10), true);
        w.controller().stepToContextSwitch();
        QCOMPARE(w.controller().cursor(), ms(11));
        w.controller().restart();
        QCOMPARE(w.controller().cursor(), Time(0));
        QCOMPARE(column(w.threadTable(), 3), (QStringList{"running", "new", "new", "new"}));
    }

    void playingMovesTimeForward() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        w.controller().setSpeed(1e9);  // a second of simulated time per second: the run ends fast
        w.controller().play();
        QTRY_VERIFY_WITH_TIMEOUT(w.controller().cursor() > ms(5), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller().playing(), 3000);  // stops at the end
        QCOMPARE(w.controller().cursor(), ms(46.5));
    }
};

QTEST_MAIN(TestMainWindowPanels)
#include "test_MainWindowPanels.moc"
