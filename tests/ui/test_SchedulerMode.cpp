// "Be the scheduler" driven as a student drives it, through the window: Classroom > Be the
// scheduler on the two-thread counter, the buttons of the ready threads clicked to interleave
// load A, load B, store A, store B, an update lost; the interleaving saved and opened again with
// the ordinary loader, and replayed by the command line's simulation, to the same total; undo
// back to the exact previous state; buttons for ready threads only; a deadlock provoked on two
// locks; a workload scheduled by hand and saved.
#include <QtTest>

#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>

#include "ProgramSimulation.h"
#include "Simulation.h"
#include "classroom/ReadyChoicePanel.h"
#include "classroom/SchedulerMode.h"
#include "model/RunRecording.h"
#include "scenario/InputError.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"
#include "window/MainWindow.h"

using namespace ts;
using namespace ts::ui;

namespace {

const QString kCounter = QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/race-counter-two-threads.py");
const QString kLocks = QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/deadlock-lock-order.py");
const QString kFcfs = QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/silberschatz-fcfs.json");

QString outputOf(const RunRecording& r) {
    QString all;
    for (const OutputChunk& c : r.trace().output()) all += QString::fromStdString(std::string(r.trace().textOf(c)));
    return all;
}

QString outputOf(const RunReport& r) {
    QString all;
    for (const OutputRecord& o : r.output) all += QString::fromStdString(o.text);
    return all;
}

// Opens the file and the mode on it through the Classroom menu, as a user does.
SchedulerMode* openMode(MainWindow& w, const QString& path) {
    if (!w.openScenario(path)) return nullptr;
    for (QAction* menu : w.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&Classroom")) continue;
        for (QAction* a : menu->menu()->actions()) {
            if (a->text() == QStringLiteral("&Be the scheduler")) a->trigger();
        }
    }
    return w.findChild<SchedulerMode*>();
}

// The same in a window the size of a 1920x1080 projector, shown.
SchedulerMode* openOnAProjector(MainWindow& w, const QString& path) {
    w.resize(1920, 1080);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) return nullptr;
    return openMode(w, path);
}

// Clicks the button of the thread called `name`; false when it has none (not ready).
bool click(SchedulerMode& mode, const QString& name) {
    ReadyChoicePanel& panel = mode.choicePanel();
    for (int i = 0; i < static_cast<int>(panel.choices().size()); ++i) {
        if (panel.choices()[static_cast<std::size_t>(i)].name != name) continue;
        QTest::mouseClick(panel.button(i), Qt::LeftButton);
        return true;
    }
    return false;
}

bool offered(SchedulerMode& mode, const QString& name) {
    for (const ReadyChoice& c : mode.choicePanel().choices()) {
        if (c.name == name) return true;
    }
    return false;
}

bool clickTimes(SchedulerMode& mode, const QString& name, int times) {
    for (int i = 0; i < times; ++i) {
        if (!click(mode, name)) return false;
    }
    return true;
}

// Runs `name` until its button says it is on `line` (it has not executed that line yet).
bool clickUntilLine(SchedulerMode& mode, const QString& name, int line) {
    const QString on = QStringLiteral("line %1:").arg(line);
    for (int guard = 0; guard < 200; ++guard) {
        for (const ReadyChoice& c : mode.choicePanel().choices()) {
            if (c.name == name && c.detail.startsWith(on)) return true;
        }
        if (!click(mode, name)) return false;
    }
    return false;
}

// Ends the run, choosing the thread first in the ready queue at every decision left.
void clickFirstUntilDone(SchedulerMode& mode) {
    for (int guard = 0; guard < 500 && mode.openDecision(); ++guard) {
        QTest::mouseClick(mode.choicePanel().button(0), Qt::LeftButton);
    }
}

// TIMESLICE_SCREENSHOT_DIR=dir saves the window there, to look at.
bool saveScreenshot(MainWindow& w, const QString& name) {
    const QByteArray dir = qgetenv("TIMESLICE_SCREENSHOT_DIR");
    if (dir.isEmpty()) return true;
    QTest::qWait(800);  // the lock cards' animations end
    return w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

// What the window shows of a run, to compare two moments exactly.
struct Shown {
    QString schedule;
    QString prompt;
    QStringList buttons;
    Time cursor = 0;
    Time end = 0;
    std::size_t changes = 0;
    QString output;
    bool operator==(const Shown&) const = default;
};

Shown shown(MainWindow& w, SchedulerMode& mode) {
    Shown s;
    s.schedule = QString::fromStdString(mode.interleaving().text());
    s.prompt = mode.prompt();
    for (int i = 0; i < static_cast<int>(mode.choicePanel().choices().size()); ++i) s.buttons << mode.choicePanel().button(i)->text();
    s.cursor = w.controller().cursor();
    s.end = w.controller().recording()->endTime();
    s.changes = w.controller().recording()->changes().size();
    s.output = outputOf(*w.controller().recording());
    return s;
}

}  // namespace

class TestSchedulerMode : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("timeslice-tests");
    }

    // In add(), LOAD_GLOBAL counter is the 7th instruction (after range(2), GET_ITER, FOR_ITER
    // and STORE_FAST); LOAD_CONST, INPLACE_ADD and STORE_GLOBAL follow. With a quantum of one
    // instruction every choice is one instruction of the chosen thread. Each thread's first
    // instruction starts it (and wakes the main thread waiting in start()): A's runs before the
    // first decision, when it is the only thread ready; B's is its first choice.
    void loseAnUpdateSaveAndReplay() {
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("lost-update.py"));
        QString modeOutput;
        {
            MainWindow w;
            SchedulerMode* mode = openMode(w, kCounter);
            QVERIFY(mode);
            QVERIFY(mode->active());
            QCOMPARE(mode->quantumSteps(), 1);
            // The main thread runs alone until a.start(); then A and B are offered as well.
            QVERIFY(clickTimes(*mode, QStringLiteral("MainThread"), 4));
            QVERIFY(clickTimes(*mode, QStringLiteral("A"), 7));  // A loads counter (0)
            QVERIFY(clickTimes(*mode, QStringLiteral("B"), 8));  // B loads counter (0)
            // Both are inside counter += 1, neither has stored: what the buttons say.
            QStringList details;
            for (const ReadyChoice& c : mode->choicePanel().choices()) details << c.name + ": " + c.detail;
            QCOMPARE(details, (QStringList{QStringLiteral("A: line 22: counter += 1\nnext: LOAD_CONST 1"),
                                           QStringLiteral("MainThread: line 27: b.start()\nnext: POP_TOP"),
                                           QStringLiteral("B: line 22: counter += 1\nnext: LOAD_CONST 1")}));
            QVERIFY(clickTimes(*mode, QStringLiteral("A"), 3));  // A stores 1
            QVERIFY(clickTimes(*mode, QStringLiteral("B"), 3));  // B stores 1 over it: lost
            // Then one after the other, losing nothing more: 1 + 1 + 1.
            while (click(*mode, QStringLiteral("A"))) {
            }
            while (click(*mode, QStringLiteral("B"))) {
            }
            clickFirstUntilDone(*mode);
            QVERIFY(!mode->openDecision());
            QVERIFY(mode->choicePanel().choices().empty());
            modeOutput = outputOf(*w.controller().recording());
            QCOMPARE(modeOutput, QStringLiteral("expected: 4\ncounter:  3\n"));  // 4 - 1 lost
            QVERIFY(mode->outcome().startsWith(QStringLiteral("The run is complete")));
            QVERIFY(QString::fromStdString(mode->interleaving().text())
                        .startsWith(QStringLiteral("MainThread*4, A*7, B*8, A*3, B*3, ")));
            QVERIFY(mode->saveTo(saved));
        }
        // The saved program carries the interleaving in its front matter...
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("\npolicy: scripted\n")));
        QVERIFY(text.contains(QStringLiteral("\nquantum: 50ns\n")));
        QVERIFY(text.contains(QStringLiteral("\nschedule: MainThread*4, A*7, B*8, A*3, B*3, ")));
        QVERIFY2(!text.contains(QStringLiteral("policy: rr")), qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("\"\"\"timeslice\ntitle: Two threads")));
        // ...and opening it with the ordinary loader replays that run: the same lost update.
        MainWindow again;
        QVERIFY(again.openScenario(saved));
        again.controller().finishRecording();
        QCOMPARE(again.controller().recording()->report()->exitStatus, std::string("completed"));
        QCOMPARE(outputOf(*again.controller().recording()), modeOutput);
        // So does the command line's simulation of the file.
        QCOMPARE(outputOf(simulateProgram(loadProgramFile(saved.toStdString()))), modeOutput);
        // The file as it was, scheduled round robin, loses nothing.
        QCOMPARE(outputOf(simulateProgram(loadProgramFile(kCounter.toStdString()))),
                 QStringLiteral("expected: 4\ncounter:  4\n"));
    }

    void undoRestoresThePreviousStateExactly() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        SchedulerMode* mode = openMode(w, kCounter);
        QVERIFY(mode);
        QVERIFY(clickTimes(*mode, QStringLiteral("MainThread"), 4));
        QVERIFY(clickTimes(*mode, QStringLiteral("A"), 5));
        const Shown before = shown(w, *mode);
        QVERIFY(click(*mode, QStringLiteral("B")));
        QVERIFY(!(shown(w, *mode) == before));
        QVERIFY(mode->undo());  // the button's way
        QCOMPARE(shown(w, *mode).buttons, before.buttons);
        QVERIFY(shown(w, *mode) == before);
        // Ctrl+Z, the keyboard's way, takes A's fifth choice back as well.
        QVERIFY(click(*mode, QStringLiteral("B")));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(shown(w, *mode) == before);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(QString::fromStdString(mode->interleaving().text()), QStringLiteral("MainThread*4, A*4"));
        // Undo goes back to the very start, and no further.
        while (mode->undo()) {
        }
        QVERIFY(mode->interleaving().empty());
        QVERIFY(!mode->undoAction()->isEnabled());
    }

    // The buttons are exactly the threads the recorded run has ready at the decision; a
    // thread that is not ready has none, and choosing it anyway changes nothing.
    void onlyReadyThreadsCanBeChosen() {
        MainWindow w;
        SchedulerMode* mode = openMode(w, kCounter);
        QVERIFY(mode);
        // At the first decision MainThread has just started A; B does not exist yet.
        QVERIFY(mode->openDecision());
        const RunRecording& r = *w.controller().recording();
        const RunState state = r.stateAt(mode->openDecision()->time);
        std::vector<int> ready;
        for (int tid = 0; tid < r.threadCount(); ++tid) {
            if (state.threads[static_cast<std::size_t>(tid)].state == ThreadState::Ready) ready.push_back(tid);
        }
        std::vector<int> offered;
        for (const ReadyChoice& c : mode->choicePanel().choices()) offered.push_back(c.tid);
        QCOMPARE(offered, ready);
        QCOMPARE(offered, (std::vector<int>{0, 1}));  // MainThread, A
        QVERIFY(!click(*mode, QStringLiteral("B")));
        const Shown before = shown(w, *mode);
        const RunRecording* run = w.controller().recording();
        QVERIFY(!mode->choose(2));   // B: not started
        QVERIFY(!mode->choose(7));   // no such thread
        QVERIFY(!mode->choose(-1));
        QCOMPARE(w.controller().recording(), run);
        QVERIFY(shown(w, *mode) == before);
        // Another file opened in the window: its threads are no one's to choose here.
        QVERIFY(w.openScenario(kFcfs));
        QVERIFY(!mode->active());
        QVERIFY(mode->choicePanel().choices().empty());
        QVERIFY(!mode->choose(0));
        QVERIFY(!mode->undo());
    }

    // T1 holds lock A and T2 lock B: each then waits for the other's, for ever.
    void provokeADeadlock() {
        MainWindow w;
        SchedulerMode* mode = openOnAProjector(w, kLocks);
        QVERIFY(mode);
        QVERIFY(clickUntilLine(*mode, QStringLiteral("T1"), 21));  // holds A, about to take B
        // The main thread goes on until it has started T2.
        for (int guard = 0; guard < 50 && !offered(*mode, QStringLiteral("T2")); ++guard) {
            QVERIFY(click(*mode, QStringLiteral("MainThread")));
        }
        QVERIFY(clickUntilLine(*mode, QStringLiteral("T2"), 21));  // holds B, about to take A
        clickFirstUntilDone(*mode);
        const RunReport* report = w.controller().recording()->report();
        QVERIFY(report);
        QCOMPARE(report->exitStatus, std::string("deadlock"));
        // Who waits for whom, as the report's message says it (the GUI writes it again, to say
        // it in Italian too).
        QVERIFY(QString::fromStdString(report->exitMessage).startsWith(QStringLiteral("deadlock: ")));
        QCOMPARE(mode->outcome(), QStringLiteral("Deadlock: every thread left waits for another, and nobody can run. ") +
                                      QString::fromStdString(report->exitMessage).mid(10));
        QVERIFY(!outputOf(*w.controller().recording()).contains(QStringLiteral("holds both")));
        QVERIFY(saveScreenshot(w, QStringLiteral("scheduler-deadlock.png")));
    }

    // On a projector-sized window the mode's buttons stand whole on screen, each wide and tall
    // enough for its lines. TIMESLICE_SCREENSHOT_DIR=dir saves the picture to look at.
    void buttonsFitOnAProjector() {
        MainWindow w;
        SchedulerMode* mode = openOnAProjector(w, kCounter);
        QVERIFY(mode);
        QVERIFY(clickTimes(*mode, QStringLiteral("MainThread"), 4));
        QVERIFY(clickTimes(*mode, QStringLiteral("A"), 7));
        QVERIFY(clickTimes(*mode, QStringLiteral("B"), 8));
        QTest::qWait(50);  // the new buttons are laid out
        QVERIFY(saveScreenshot(w, QStringLiteral("scheduler-mode.png")));
        QCOMPARE(mode->choicePanel().choices().size(), std::size_t(3));
        for (int i = 0; i < 3; ++i) {
            QPushButton* b = mode->choicePanel().button(i);
            QVERIFY(b->isVisible());
            QCOMPARE(b->visibleRegion().boundingRect(), b->rect());
            const QFontMetrics metrics(b->font());
            QVERIFY(b->height() >= 2 * metrics.height());
            for (const QString& line : b->text().split(QLatin1Char('\n'))) {
                QVERIFY2(metrics.horizontalAdvance(line) < b->width(), qPrintable(line));
            }
        }
    }

    // A saved schedule edited by hand so that a choice names a thread that is not ready: the
    // file loads, the run stops at that choice with the command line's own message, in the
    // status bar and as the report's error - the window does not crash.
    void scheduleThatCannotBeFollowedIsShown() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.py"));
        QFile in(kCounter);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QStringLiteral("policy: rr\nquantum: 5ms\n"),
                     QStringLiteral("policy: scripted\nquantum: 50ns\nschedule: MainThread*5\n"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        QString expected;
        try {
            simulateProgram(loadProgramFile(path.toStdString()));
        } catch (const InputError& e) {
            expected = QString::fromStdString(e.what());
        }
        QVERIFY2(expected.contains(QStringLiteral("bad.py:6:11: error: schedule choice 5 (repetition 5 of 5) cannot be followed")),
                 qPrintable(expected));
        MainWindow w;
        QVERIFY(w.openScenario(path));
        w.controller().finishRecording();
        const RunRecording& r = *w.controller().recording();
        QVERIFY(r.complete());
        QCOMPARE(QString::fromStdString(r.failure()), expected);
        QCOMPARE(r.report()->exitStatus, std::string("error"));
        QVERIFY(w.statusBar()->currentMessage().contains(expected));
    }

    // Every choice replays the run from the start: what that costs, printed for the notes
    // (no bound is asserted: the machine's load decides). Decision times only grow.
    void replayCost() {
        MainWindow w;
        SchedulerMode* mode = openMode(w, QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/race-counter.py"));
        QVERIFY(mode);
        qint64 total = 0;
        qint64 worst = 0;
        Time last = -1;
        const int choices = 100;
        for (int i = 0; i < choices; ++i) {
            QVERIFY(mode->openDecision());
            QVERIFY(mode->openDecision()->time >= last);
            last = mode->openDecision()->time;
            QTest::mouseClick(mode->choicePanel().button(i % 2 == 0 ? 0 : static_cast<int>(mode->choicePanel().choices().size()) - 1), Qt::LeftButton);
            total += mode->lastReplayMs();
            worst = std::max(worst, mode->lastReplayMs());
        }
        qInfo("race-counter.py, quantum 1 instruction: %d choices, replay and show %.1f ms on average, %lld ms at most (the last at %lld ns)",
              choices, static_cast<double>(total) / choices, static_cast<long long>(worst), static_cast<long long>(last));
    }

    // Silberschatz's FCFS exercise, P3 chosen first: the saved workload replays that order.
    void workloadScheduledByHand() {
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("p3-first.json"));
        {
            MainWindow w;
            SchedulerMode* mode = openMode(w, kFcfs);
            QVERIFY(mode);
            QVERIFY(mode->openDecision());
            QVERIFY(click(*mode, QStringLiteral("P3")));
            QVERIFY(click(*mode, QStringLiteral("P2")));
            QVERIFY(!mode->openDecision());  // P1 is left alone: no more choice
            QVERIFY(mode->saveTo(saved));
        }
        const WorkloadSpec spec = loadWorkloadFile(saved.toStdString());
        QCOMPARE(spec.machine.policy, std::string("scripted"));
        const RunReport replay = simulateWorkload(spec);
        QStringList order;
        for (const SliceRecord& s : replay.slices) {
            const QString name = QString::fromStdString(replay.processes[static_cast<std::size_t>(s.pid - 1)].name);
            if (order.isEmpty() || order.last() != name) order << name;
        }
        QCOMPARE(order, (QStringList{QStringLiteral("P3"), QStringLiteral("P2"), QStringLiteral("P1")}));
    }
};

QTEST_MAIN(TestSchedulerMode)
#include "test_SchedulerMode.moc"
