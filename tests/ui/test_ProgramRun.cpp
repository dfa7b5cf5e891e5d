// A Python program in the window: the recording runs it through the interpreter as the command
// line does, its threads get lanes and table rows as they are created, and the console lists
// its output up to the current time; clicking a line moves time there.
#include <QtTest>

#include "model/RunRecording.h"
#include "panels/ConsolePanel.h"
#include "panels/ThreadTablePanel.h"
#include "window/MainWindow.h"

using namespace ts;
using namespace ts::ui;

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

    void syntaxErrorIsReported() {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.py");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("def f(:\n    pass\n");
        f.close();
        MainWindow w;
        QString error;
        QVERIFY(!w.openScenario(path, &error));
        QVERIFY2(error.contains("broken.py:1:"), qPrintable(error));
    }
};

QTEST_MAIN(TestProgramRun)
#include "test_ProgramRun.moc"
