// A Python program in the window: the recording runs it through the interpreter as the command
// line does, its threads get lanes and table rows as they are created, and the console lists
// its output up to the current time; clicking a line moves time there.
#include <QtTest>

#include <QAction>

#include "model/PlaybackController.h"
#include "model/RunRecording.h"
#include "model/RunState.h"
#include "panels/ConsolePanel.h"
#include "panels/ThreadTablePanel.h"
#include "window/MainWindow.h"

using namespace ts;
using namespace ts::ui;

namespace {

// Writes a program into `dir` and returns its path.
QString writeProgram(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    return path;
}

}  // namespace

class TestProgramRun : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    void recordsAProgram() {
        RunRecording r(loadRunSource(TIMESLICE_SOURCE_DIR "/tests/fixtures/hello.py"));
        while (r.extend(kNever, 10000)) {
        }
        QVERIFY(r.complete());
        QCOMPARE(r.threadCount(), 2);
        QCOMPARE(QString::fromStdString(r.threadName(1)), QString("Thread-1 (worker)"));
        QVERIFY(r.report());
        QCOMPARE(r.report()->exitStatus, std::string("completed"));
        QCOMPARE(r.report()->output.size(), std::size_t(1));
        QCOMPARE(r.report()->output[0].text, std::string("hello from Thread-1 (worker)\n"));
        // Before the worker starts only MainThread exists; the table still has a row for it.
        QCOMPARE(r.stateAt(0).threads.size(), std::size_t(2));
    }

    void consoleFollowsTime() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/tests/fixtures/hello.py"));
        w.controller().finishRecording();
        const auto& chunks = w.controller().recording()->trace().output();
        QCOMPARE(chunks.size(), std::size_t(1));
        const Time printed = chunks[0].time;
        w.controller().seek(printed - 1);
        QCOMPARE(w.console().count(), 0);
        w.controller().seek(printed);
        QCOMPARE(w.console().count(), 1);
        QVERIFY(w.console().item(0)->text().contains("hello from Thread-1 (worker)"));
        QVERIFY(w.console().item(0)->text().contains("Thread-1 (worker)"));
        w.controller().restart();
        QCOMPARE(w.console().count(), 0);
        // Clicking a line moves time to when it was written.
        w.controller().seek(w.controller().recording()->endTime());
        emit w.console().itemClicked(w.console().item(0));
        QCOMPARE(w.controller().cursor(), printed);
    }

    // Run > Press Ctrl-C here on a program that loops for ever: the same run up to the cursor,
    // then a KeyboardInterrupt in the main thread, its traceback, and the program over.
    void ctrlCStopsAProgramThatLoops() {
        QTemporaryDir dir;
        const QString path = writeProgram(dir, "loops.py", "\"\"\"timeslice\nuntil: 3s\n\"\"\"\n"
                "import threading, time\n"
                "def tick():\n"
                "    for i in range(50):\n"
                "        print('tick', i)\n"
                "        time.sleep(0.1)\n"
                "t = threading.Thread(target=tick)\n"
                "t.daemon = True\n"
                "t.start()\n"
                "while 1:\n"
                "    pass\n");
        MainWindow w;
        QVERIFY(!w.interruptAction()->isEnabled());  // no program yet
        QVERIFY(w.openScenario(path));
        QVERIFY(w.interruptAction()->isEnabled());
        w.controller().finishRecording();
        QCOMPARE(w.controller().recording()->report()->exitStatus, std::string("time-limit"));
        const Time at = 1'234'567'890;  // 1.23 s
        w.controller().seek(at, true);
        int ticksBefore = 0;  // the daemon's lines up to the cursor in the run without Ctrl-C
        for (const auto& chunk : w.controller().recording()->trace().output()) ticksBefore += chunk.time <= at ? 1 : 0;
        const RunState before = w.controller().recording()->stateAt(at);
        w.interruptAtCursor();
        const RunRecording& r = *w.controller().recording();
        QVERIFY(r.complete());
        QCOMPARE(r.report()->exitStatus, std::string("interrupted"));
        QCOMPARE(r.report()->exitMessage, std::string("KeyboardInterrupt"));
        QVERIFY2(r.endTime() >= at && r.endTime() < at + 1'000'000, qPrintable(QString::number(r.endTime())));
        QCOMPARE(w.controller().cursor(), r.endTime());  // where the traceback is
        // The same run up to the interrupt: the daemon's ticks so far, then the traceback.
        const RunState same = r.stateAt(at - 1);
        QCOMPARE(same.threads.size(), before.threads.size());
        for (std::size_t i = 0; i < same.threads.size(); ++i) QCOMPARE(same.threads[i].state, before.threads[i].state);
        QString text;
        for (int i = 0; i < w.console().count(); ++i) text += w.console().item(i)->text() + '\n';
        QVERIFY(ticksBefore >= 10);
        QCOMPARE(text.count(QStringLiteral("tick ")), ticksBefore);
        QVERIFY2(text.contains("Traceback (most recent call last):"), qPrintable(text));
        QVERIFY2(text.contains("KeyboardInterrupt"), qPrintable(text));
        // The program is over: its process exited, every thread gone, the CPU idle.
        const RunState end = r.stateAt(r.endTime());
        QCOMPARE(end.processes.at(0), ProcessState::Exited);
        for (const ThreadNow& t : end.threads) QCOMPARE(t.state, ThreadState::Terminated);
        QCOMPARE(end.cpus.at(0).phase, Cpu::Phase::Idle);
        QCOMPARE(r.stateAt(r.endTime() - 1).threads.at(0).state, ThreadState::Running);  // until the last instant
        // A workload has no Ctrl-C.
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        QVERIFY(!w.interruptAction()->isEnabled());
    }

    // A thread that is not a daemon runs on after the Ctrl-C, as in CPython: the run goes on to
    // its end, and the cursor stops at the traceback, where the main thread ended.
    void ctrlCLeavesTheCursorAtTheTraceback() {
        QTemporaryDir dir;
        const QString path = writeProgram(dir, "worker.py", "import threading, time\n"
                "def work():\n"
                "    for i in range(5):\n"
                "        time.sleep(0.5)\n"
                "        print('step', i)\n"
                "threading.Thread(target=work).start()\n"
                "while True:\n"
                "    time.sleep(0.1)\n");
        MainWindow w;
        QVERIFY(w.openScenario(path));
        w.controller().finishRecording();
        w.controller().seek(1'000'000'000, true);
        w.interruptAtCursor();
        const RunRecording& r = *w.controller().recording();
        QCOMPARE(r.report()->exitStatus, std::string("interrupted"));
        const Time mainEnd = *r.report()->threads.front().end;
        QVERIFY2(mainEnd >= 1'000'000'000 && mainEnd < 1'001'000'000, qPrintable(QString::number(mainEnd)));
        QVERIFY2(r.endTime() >= 2'500'000'000, qPrintable(QString::number(r.endTime())));  // the worker's five steps
        QCOMPARE(w.controller().cursor(), mainEnd);
        QString text;
        for (int i = 0; i < w.console().count(); ++i) text += w.console().item(i)->text() + '\n';
        QVERIFY2(text.contains("KeyboardInterrupt") && !text.contains("step 2"), qPrintable(text));
    }

    void syntaxErrorIsReported() {
        QTemporaryDir dir;
        const QString path = writeProgram(dir, "broken.py", "def f(:\n    pass\n");
        MainWindow w;
        QString error;
        QVERIFY(!w.openScenario(path, &error));
        QVERIFY2(error.contains("broken.py:1:"), qPrintable(error));
    }
};

QTEST_MAIN(TestProgramRun)
#include "test_ProgramRun.moc"
