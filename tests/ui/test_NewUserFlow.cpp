// What issue 5 asks a new user to do, driven as a user would through the window: start a
// semaphore scenario from a template, make it three threads sharing two slots, run the unsaved
// text, see the threads (one of them blocked on the semaphore) in the chart, save it, and open
// it again in a fresh window with the same run.
#include <QtTest>

#include "editor/CodeEditor.h"
#include "editor/EditorPanel.h"
#include "editor/Templates.h"
#include "model/RunRecording.h"
#include "window/MainWindow.h"

using namespace ts;
using namespace ts::ui;

namespace {

void replaceAll(QPlainTextEdit& edit, const QString& from, const QString& to) {
    QTextCursor found = edit.document()->find(from);
    QVERIFY2(!found.isNull(), qPrintable(from));
    found.insertText(to);
}

std::vector<std::string> outputOf(const RunRecording& r) {
    std::vector<std::string> lines;
    for (const OutputChunk& c : r.trace().output()) lines.emplace_back(r.trace().textOf(c));
    return lines;
}

}  // namespace

class TestNewUserFlow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("timeslice-tests");
    }

    void semaphoreScenarioFromTemplate() {
        QTemporaryDir dir;
        const QString path = dir.filePath("three-threads.py");
        std::vector<std::string> firstOutput;
        {
            MainWindow w;
            const ScenarioTemplate* semaphore = Templates::find(QStringLiteral("semaphore.py"));
            QVERIFY(semaphore);
            w.editor().newFromTemplate(*semaphore);
            CodeEditor& text = w.editor().editor();
            replaceAll(text, QStringLiteral("threading.Semaphore(3)"), QStringLiteral("threading.Semaphore(2)"));
            replaceAll(text, QStringLiteral("range(4)"), QStringLiteral("range(3)"));
            // Run applies the edited text, unsaved.
            QVERIFY(w.editor().requestRun());
            QVERIFY(w.controller().recording());
            w.controller().finishRecording();
            const RunRecording& r = *w.controller().recording();
            QVERIFY(r.complete());
            QCOMPARE(r.threadCount(), 4);  // MainThread and three downloads
            // Every thread has a lane with something in it, and one waited for the semaphore.
            for (const StepTrack& lane : r.changes().threadTracks()) QVERIFY(!lane.empty());
            QVERIFY(r.changes().reasonsSeen() & (1u << static_cast<unsigned>(BlockReason::Semaphore)));
            firstOutput = outputOf(r);
            QCOMPARE(QString::fromStdString(firstOutput.back()), QStringLiteral("all downloads complete\n"));
            QVERIFY(w.editor().saveTo(path));
        }
        MainWindow again;
        QVERIFY(again.openScenario(path));
        again.controller().finishRecording();
        QVERIFY(again.editor().editor().toPlainText().contains(QStringLiteral("threading.Semaphore(2)")));
        QCOMPARE(again.controller().recording()->threadCount(), 4);
        QCOMPARE(outputOf(*again.controller().recording()), firstOutput);
    }

    void failedOpenKeepsTheCurrentRun() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/default.json"));
        const RunRecording* before = w.controller().recording();
        QString error;
        QVERIFY(!w.openScenario(TIMESLICE_SOURCE_DIR "/tests/malformed/EXPECTED.txt", &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(w.controller().recording(), before);
        QVERIFY(w.editor().editor().toPlainText().contains(QStringLiteral("editor")));
    }
};

QTEST_MAIN(TestNewUserFlow)
#include "test_NewUserFlow.moc"
