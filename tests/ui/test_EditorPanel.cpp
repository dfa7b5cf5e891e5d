// The editor panel as the window uses it: closing or replacing asks Save / Discard / Cancel
// when there are unsaved changes; Run hands over the text as it stands without saving it (and
// refuses a text with an error); every template is valid and runs to completion; a run source
// loads from text in memory exactly as from the file.
#include <QtTest>

#include "editor/Autosave.h"
#include "editor/CodeEditor.h"
#include "editor/EditorPanel.h"
#include "editor/JsonHighlighter.h"
#include "editor/LiveValidator.h"
#include "editor/PythonHighlighter.h"
#include "editor/ScenarioDocument.h"
#include "editor/Templates.h"
#include "model/RunRecording.h"
#include "model/RunSource.h"
#include "scenario/InputError.h"

using namespace ts;
using namespace ts::ui;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void runToEnd(RunRecording& r) {
    while (r.extend(kNever, 100000)) {
    }
}

}  // namespace

class TestEditorPanel : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("timeslice-tests");
        QCoreApplication::setApplicationName(QStringLiteral("timeslice-editor-panel-test-%1")
                                                 .arg(QCoreApplication::applicationPid()));
    }

    void cleanupTestCase() {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void maybeSaveAsksFirst_data() {
        QTest::addColumn<bool>("edited");
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("goOn");  // maybeSave()'s verdict
        QTest::addColumn<bool>("asked");
        QTest::addColumn<bool>("fileSaved");  // the edit reached the file
        QTest::addColumn<bool>("copyKept");   // the autosaved copy is still there
        QTest::newRow("nothing to save")
            << false << int(QMessageBox::Cancel) << true << false << false << false;
        QTest::newRow("save") << true << int(QMessageBox::Save) << true << true << true << false;
        QTest::newRow("discard") << true << int(QMessageBox::Discard) << true << true << false
                                 << false;
        QTest::newRow("cancel") << true << int(QMessageBox::Cancel) << false << true << false
                                << true;
    }

    void maybeSaveAsksFirst() {
        QFETCH(bool, edited);
        QFETCH(int, answer);
        QFETCH(bool, goOn);
        QFETCH(bool, asked);
        QFETCH(bool, fileSaved);
        QFETCH(bool, copyKept);
        QTemporaryDir dir;
        const QString path = dir.filePath("s.json");
        const QByteArray original = "{\"processes\": []}\n";
        QVERIFY(writeFile(path, original));
        EditorPanel panel;
        QStringList questions;
        EditorPrompts prompts;
        prompts.ask = [&](QWidget*, const QString&, const QString& text,
                          QMessageBox::StandardButtons buttons) {
            questions << text;
            [&] {
                QCOMPARE(buttons, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
            }();
            return static_cast<QMessageBox::StandardButton>(answer);
        };
        panel.setPrompts(prompts);
        QVERIFY(panel.openFile(path));
        if (edited) {
            panel.editor().moveCursor(QTextCursor::End);
            QTest::keyClicks(&panel.editor(), " ");
            QVERIFY(panel.autosave().writeNow());
        }
        QCOMPARE(panel.maybeSave(), goOn);
        QCOMPARE(!questions.isEmpty(), asked);
        if (asked) QVERIFY(questions.front().contains("s.json"));
        QCOMPARE(bytesOf(path), fileSaved ? original + " " : original);
        QCOMPARE(panel.document().isModified(), edited && !fileSaved);
        QCOMPARE(panel.autosave().hasEntry(), copyKept);
    }

    // Run takes the text as it stands: unsaved edits included, the file untouched.
    void runHandsOverTheUnsavedText() {
        QTemporaryDir dir;
        const QString path = dir.filePath("r.py");
        const QByteArray original = "print('saved')\n";
        QVERIFY(writeFile(path, original));
        EditorPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.openFile(path));
        panel.editor().setFocus();
        panel.editor().moveCursor(QTextCursor::End);
        QTest::keyClicks(&panel.editor(), "print('unsaved')");
        QSignalSpy runs(&panel, &EditorPanel::runRequested);
        QTest::keyClick(&panel.editor(), Qt::Key_R, Qt::ControlModifier);  // the panel's Run
        QCOMPARE(runs.count(), 1);
        const QString text = runs.front().at(0).toString();
        QCOMPARE(text, QStringLiteral("print('saved')\nprint('unsaved')"));
        QCOMPARE(runs.front().at(1).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(bytesOf(path), original);
        QVERIFY(panel.document().isModified());

        // What the window does with it: a run of the edited text.
        RunRecording r(
            loadRunSourceFromText(runs.front().at(1).toString().toStdString(), text.toStdString()));
        runToEnd(r);
        QVERIFY(r.report());
        QCOMPARE(r.report()->output.size(), std::size_t(2));
        QCOMPARE(r.report()->output[1].text, std::string("unsaved\n"));

        // A text with an error is not run: the cursor goes to the error instead.
        QTest::keyClicks(&panel.editor(), "(");
        QVERIFY(!panel.requestRun());
        QCOMPARE(runs.count(), 1);
        QVERIFY(panel.editor().errorSelection().has_value());
        QCOMPARE(panel.editor().textCursor().blockNumber() + 1, panel.validator().current().line);
    }

    void everyTemplateIsValidAndRuns_data() {
        QTest::addColumn<QString>("id");
        for (const ScenarioTemplate& t : Templates::all()) QTest::newRow(qPrintable(t.id)) << t.id;
    }

    void everyTemplateIsValidAndRuns() {
        QFETCH(QString, id);
        const ScenarioTemplate* t = Templates::find(id);
        QVERIFY(t);
        QCOMPARE(t->kind, scenarioKindOf(id));
        QVERIFY(!t->title.isEmpty());
        const QString text = Templates::text(*t);
        QVERIFY(!text.isEmpty());

        EditorPanel panel;
        panel.newFromTemplate(*t);
        QCOMPARE(panel.document().plainText(), text);
        QVERIFY(panel.document().isUntitled());
        QVERIFY(!panel.document().isModified());
        QCOMPARE(panel.title(), id);
        QCOMPARE(panel.document().kind(), t->kind);
        // The highlighter fits the kind.
        if (t->kind == ScenarioKind::Program) {
            QVERIFY(qobject_cast<PythonHighlighter*>(panel.highlighter()));
        } else {
            QVERIFY(qobject_cast<JsonHighlighter*>(panel.highlighter()));
        }
        const Diagnostic d = panel.validator().validateNow();
        QVERIFY2(d.ok(), qPrintable(d.full));
        QCOMPARE(panel.message(), QStringLiteral("No problems found."));

        QSignalSpy runs(&panel, &EditorPanel::runRequested);
        QVERIFY(panel.requestRun());
        RunRecording r(loadRunSourceFromText(runs.front().at(1).toString().toStdString(),
                                             runs.front().at(0).toString().toStdString()));
        runToEnd(r);
        QVERIFY(r.complete());
        QVERIFY(r.report());
        const std::string status = r.report()->exitStatus;
        // Periodic tasks run to their hyperperiod: the time limit is their normal end.
        QVERIFY2(status == "completed" || (status == "time-limit" && id == "realtime.json"),
                 status.c_str());
        if (t->kind == ScenarioKind::Program) QVERIFY(!r.report()->output.empty());
    }

    // The lesson the two counter templates exist for.
    void raceLosesUpdatesAndTheLockDoesNot() {
        const auto output = [](const QString& id) {
            const ScenarioTemplate* t = Templates::find(id);
            RunRecording r(
                loadRunSourceFromText(id.toStdString(), Templates::text(*t).toStdString()));
            runToEnd(r);
            return QString::fromStdString(r.report()->output.back().text).trimmed();
        };
        const QStringList race = output("race.py").split(' ');
        QCOMPARE(race.size(), 4);
        QVERIFY2(race[3].toInt() < race[1].toInt(), qPrintable(race.join(' ')));
        QCOMPARE(output("lock.py"), QStringLiteral("expected 10000 got 10000"));
    }

    // The same scenario from the file and from its text: the same run, the same errors.
    void runSourceFromText() {
        const std::string path = TIMESLICE_SOURCE_DIR "/scenarios/default.json";
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string text = file.readAll().toStdString();
        RunRecording fromFile(loadRunSource(path));
        RunRecording fromText(loadRunSourceFromText(path, text));
        runToEnd(fromFile);
        runToEnd(fromText);
        QCOMPARE(fromText.endTime(), fromFile.endTime());
        QCOMPARE(fromText.title(), fromFile.title());
        QCOMPARE(fromText.path(), path);
        QCOMPARE(fromText.report()->slices.size(), fromFile.report()->slices.size());
        QCOMPARE(fromText.report()->contextSwitches, fromFile.report()->contextSwitches);

        // The name decides the kind, and names the text in messages.
        const auto error = [](const std::string& name, const std::string& source) {
            try {
                static_cast<void>(loadRunSourceFromText(name, source));
            } catch (const InputError& e) {
                return std::string(e.what());
            }
            return std::string();
        };
        QCOMPARE(error("mem.py", "def f(:\n    pass\n").rfind("mem.py:1:", 0), std::size_t(0));
        QCOMPARE(error("mem.json", "{\"unit\": \"hours\"}")
                     .rfind("mem.json:1:10: error: unknown unit 'hours'", 0),
                 std::size_t(0));
        QCOMPARE(error("mem.py", "print('fine')\n"), std::string());
        // A workload's program is looked for beside the path given.
        const std::string message =
            error("/nowhere/w.json", "{\"processes\": [{\"name\": \"p\", \"program\": \"p.py\"}]}");
        QVERIFY2(message.find("/nowhere/p.py") != std::string::npos, message.c_str());
    }
};

QTEST_MAIN(TestEditorPanel)
#include "test_EditorPanel.moc"
