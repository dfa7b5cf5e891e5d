// Unsaved edits outlive the process: a child editor (this very binary, started with
// --autosave-child) types, waits for its autosave and is killed with SIGKILL; the next start
// (this process) is offered the text back. Saving goes through QSaveFile: a save into a
// read-only folder or onto a full disk fails with a message and leaves the old file
// byte-identical; save-as round-trips the text.
#include <QtTest>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <QApplication>
#include <QProcess>
#include <csignal>

#include "editor/Autosave.h"
#include "editor/CodeEditor.h"
#include "editor/EditorPanel.h"
#include "editor/ScenarioDocument.h"

using namespace ts::ui;

namespace {

const char* const kChildFlag = "--autosave-child";
const QByteArray kOriginal = "print('original')\n";

void useTestLocations(const QString& applicationName) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("timeslice-tests");
    QCoreApplication::setApplicationName(applicationName);
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The child: edits `path` in a real editor panel, typing a line, waiting for the autosave,
// typing another and waiting again - so the copy follows steady editing - then says so and
// waits to be killed.
int runChild(const QString& applicationName, const QString& path) {
    useTestLocations(applicationName);
    EditorPanel panel;
    panel.show();
    if (!panel.openFile(path)) return 3;
    CodeEditor& editor = panel.editor();
    QSignalSpy written(&panel.autosave(), &Autosave::written);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, "# first edit");
    QTest::keyClick(&editor, Qt::Key_Return);
    if (!written.wait(5 * Autosave::kIntervalMs)) return 4;
    QTest::keyClicks(&editor, "# second edit");
    if (!written.wait(5 * Autosave::kIntervalMs)) return 5;
    std::fputs("autosaved\n", stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

}  // namespace

class TestAutosave : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        // A name of our own, so that runs in several build trees at once do not meet.
        useTestLocations(
            QStringLiteral("timeslice-autosave-test-%1").arg(QCoreApplication::applicationPid()));
        QDir(Autosave::directory()).removeRecursively();
    }

    void cleanupTestCase() {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void cleanup() {
        // Each test starts with no copies left by the one before.
        QDir(Autosave::directory()).removeRecursively();
    }

    void killedEditorOffersItsTextBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath("edited.py");
        QVERIFY(writeFile(path, kOriginal));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {kChildFlag, QCoreApplication::applicationName(), path});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        QElapsedTimer clock;
        clock.start();
        while (!said.contains("autosaved") && child.state() == QProcess::Running &&
               clock.elapsed() < 30000) {
            child.waitForReadyRead(200);
            said += child.readAllStandardOutput();
        }
        QVERIFY2(said.contains("autosaved"),
                 qPrintable(QStringLiteral("child exit code %1").arg(child.exitCode())));

        // While the child lives its copy is not offered: that editor is still open.
        QVERIFY(Autosave::pending().isEmpty());

        child.kill();  // SIGKILL: no destructor, no clean-up
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QList<Autosave::Entry> entries = Autosave::pending();
        QCOMPARE(entries.size(), 1);
        const Autosave::Entry& entry = entries.front();
        QCOMPARE(entry.path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(entry.kind, ScenarioKind::Program);
        QCOMPARE(entry.text, QString::fromUtf8(kOriginal) + "# first edit\n# second edit");
        QVERIFY(entry.savedAt.isValid());
        QVERIFY(entry.savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(bytesOf(path), kOriginal);  // the file itself was never written

        // The next start offers it; Yes puts it back in the editor, unsaved, for its file.
        EditorPanel panel;
        QStringList asked;
        EditorPrompts prompts;
        prompts.ask = [&](QWidget*, const QString&, const QString& text,
                          QMessageBox::StandardButtons) {
            asked << text;
            return QMessageBox::Yes;
        };
        panel.setPrompts(prompts);
        QVERIFY(panel.offerRecovery());
        QCOMPARE(asked.size(), 1);
        QVERIFY(
            asked.front().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        QCOMPARE(panel.document().plainText(), entry.text);
        QCOMPARE(panel.document().path(), entry.path);
        QVERIFY(panel.document().isModified());
        QCOMPARE(panel.title(), QStringLiteral("edited.py*"));
        // The old copy is gone; this editor's own copy replaces it and is held by this process.
        QVERIFY(!QFile::exists(Autosave::directory() + "/" + entry.id + ".json"));
        QVERIFY(panel.autosave().hasEntry());
        QVERIFY(Autosave::pending().isEmpty());
        QVERIFY(!panel.offerRecovery());
        // Saving writes the text and drops the copy.
        QVERIFY(panel.save());
        QCOMPARE(bytesOf(path), entry.text.toUtf8());
        QVERIFY(!panel.autosave().hasEntry());
    }

    void copyFollowsTheDocument() {
        QTemporaryDir dir;
        const QString path = dir.filePath("w.py");
        QVERIFY(writeFile(path, kOriginal));
        auto panel = std::make_unique<EditorPanel>();
        QVERIFY(panel->openFile(path));
        Autosave& autosave = panel->autosave();
        QVERIFY(!panel->document().isModified());
        QVERIFY(!autosave.hasEntry());
        QCOMPARE(autosave.interval(), Autosave::kIntervalMs);
        QVERIFY(Autosave::kIntervalMs <= 5000);
        autosave.setInterval(50);
        QSignalSpy written(&autosave, &Autosave::written);

        panel->editor().moveCursor(QTextCursor::End);
        QTest::keyClicks(&panel->editor(), "x = 1");
        QVERIFY(written.wait());
        QVERIFY(autosave.hasEntry());
        // Undone back to the saved text: nothing left to recover.
        for (int i = 0; i < 10 && panel->document().isModified(); ++i)
            panel->document().text()->undo();
        QVERIFY(!panel->document().isModified());
        QVERIFY(!autosave.hasEntry());
        // Typed again and saved: the copy goes with the save.
        QTest::keyClicks(&panel->editor(), "y = 2");
        QVERIFY(written.wait());
        QVERIFY(panel->save());
        QVERIFY(!autosave.hasEntry());
        // Typed again, then the editor closes cleanly (the window asked first): no copy stays.
        QTest::keyClicks(&panel->editor(), "z = 3");
        QVERIFY(written.wait());
        const QString file = autosave.entryFile();
        QVERIFY(QFile::exists(file));
        panel.reset();
        QVERIFY(!QFile::exists(file));
        QVERIFY(Autosave::pending().isEmpty());
    }

    // Offered newest first: No deletes a copy and goes on, Cancel keeps the rest for later.
    void recoveryAnswers() {
        QVERIFY(QDir().mkpath(Autosave::directory()));
        const auto leave = [](const QString& id, const QString& name, const QString& savedAt) {
            const QByteArray json =
                QStringLiteral(
                    "{\"format\": 1, \"path\": \"\", \"name\": \"%1\", \"kind\": \"program\", "
                    "\"savedAt\": \"%2\", \"text\": \"print('%1')\\n\"}")
                    .arg(name, savedAt)
                    .toUtf8();
            QVERIFY(writeFile(Autosave::directory() + "/" + id + ".json", json));
        };
        leave("a", "older.py", "2026-01-01T10:00:00.000Z");
        leave("b", "newer.py", "2026-01-02T10:00:00.000Z");
        leave("c", "newest.py", "2026-01-03T10:00:00.000Z");
        QCOMPARE(Autosave::pending().size(), 3);

        EditorPanel panel;
        QList<QMessageBox::StandardButton> answers{QMessageBox::No, QMessageBox::Cancel};
        QStringList asked;
        EditorPrompts prompts;
        prompts.ask = [&](QWidget*, const QString&, const QString& text,
                          QMessageBox::StandardButtons) {
            asked << text;
            return answers.takeFirst();
        };
        panel.setPrompts(prompts);
        QVERIFY(!panel.offerRecovery());
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked[0].contains("newest.py"));
        QVERIFY(asked[1].contains("newer.py"));
        QList<Autosave::Entry> left = Autosave::pending();
        QCOMPARE(left.size(), 2);  // "newest" was declined and deleted
        QCOMPARE(left[0].name, QStringLiteral("older.py"));
        QCOMPARE(left[1].name, QStringLiteral("newer.py"));

        answers = {QMessageBox::Yes};
        QVERIFY(panel.offerRecovery());
        QCOMPARE(panel.document().plainText(), QStringLiteral("print('newer.py')\n"));
        QVERIFY(panel.document().isUntitled());
        QCOMPARE(panel.document().displayName(), QStringLiteral("newer.py"));
        QCOMPARE(panel.document().kind(), ScenarioKind::Program);
        left = Autosave::pending();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].name, QStringLiteral("older.py"));
    }

    void failedSaveKeepsTheOldFile_data() {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("reason");  // in the message
        QTest::newRow("read-only folder") << "read-only"
                                          << "Permission denied";
        QTest::newRow("full disk") << "full"
                                   << "File too large";
    }

    void failedSaveKeepsTheOldFile() {
        QFETCH(QString, cause);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath("old.json");
        const QByteArray original = "{\"processes\": []}\n";
        QVERIFY(writeFile(path, original));

        EditorPanel panel;
        QStringList warnings;
        EditorPrompts prompts;
        prompts.warn = [&](QWidget*, const QString&, const QString& message) {
            warnings << message;
        };
        panel.setPrompts(prompts);
        QVERIFY(panel.openFile(path));
        panel.editor().moveCursor(QTextCursor::End);
        // Longer than the file-size limit below, so a full disk is hit while writing.
        panel.editor().insertPlainText(QString(20000, QLatin1Char(' ')));
        QVERIFY(panel.document().isModified());

        bool saved = true;
        QString message;
        if (cause == "read-only") {
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner |
                                                          QFile::ReadGroup | QFile::ExeGroup |
                                                          QFile::ReadOther | QFile::ExeOther));
            if (::geteuid() == 0) {
                // Root writes into read-only folders: save as nobody, in a forked child, with
                // the file itself writable to nobody so that only the folder stands in the way.
                QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                        QFile::ReadOther | QFile::WriteOther |
                                                        QFile::ReadGroup | QFile::WriteGroup));
                saveAsNobody(panel.document(), &saved, &message);
            } else {
                saved = panel.save();
                message = warnings.value(0);
                QCOMPARE(panel.note(), message);
            }
            QVERIFY(QFile::setPermissions(dir.path(),
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        } else {
            // A file-size limit makes the write fail as a full disk does (EFBIG for ENOSPC),
            // for root as well.
            rlimit old{};
            QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
            rlimit small = old;
            small.rlim_cur = 4096;
            const auto previous = std::signal(SIGXFSZ, SIG_IGN);
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
            saved = panel.save();
            ::setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, previous);
            message = warnings.value(0);
            QCOMPARE(panel.note(), message);
        }
        QVERIFY(!saved);
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(message.contains("The file on disk was not changed."), qPrintable(message));
        QCOMPARE(bytesOf(path), original);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{"old.json"});       // no temporary left
        QVERIFY(panel.document().isModified());  // the edits are still there to save elsewhere
    }

    void saveAsRoundTrip() {
        QTemporaryDir dir;
        EditorPanel panel;
        QString offered;
        EditorPrompts prompts;
        prompts.chooseSavePath = [&](QWidget*, const QString& suggested, ScenarioKind) {
            offered = suggested;
            return dir.filePath("mine.py");
        };
        prompts.warn = [](QWidget*, const QString&, const QString& message) {
            QFAIL(qPrintable(message));
        };
        panel.setPrompts(prompts);
        // A no-break space too: it must come back as one, not as a space.
        panel.document().startUntitled(ScenarioKind::Program, "threads.py",
                                       "print('caf\u00e9')  # no\u00a0break\n");
        panel.editor().moveCursor(QTextCursor::End);
        QTest::keyClicks(&panel.editor(), "# more");
        QCOMPARE(panel.title(), QStringLiteral("threads.py*"));
        QVERIFY(panel.save());  // no file yet: asks where
        QVERIFY(offered.endsWith("threads.py"));
        QCOMPARE(panel.document().path(), dir.filePath("mine.py"));
        QCOMPARE(panel.title(), QStringLiteral("mine.py"));
        QVERIFY(!panel.document().isModified());
        QCOMPARE(bytesOf(dir.filePath("mine.py")), QByteArray("print('caf\xc3\xa9')  # no\xc2\xa0"
                                                              "break\n# more"));

        EditorPanel again;
        QVERIFY(again.openFile(dir.filePath("mine.py")));
        QCOMPARE(again.document().plainText(), panel.document().plainText());
        QCOMPARE(again.document().kind(), ScenarioKind::Program);
        QVERIFY(!again.document().isModified());

        // Windows line ends stay Windows line ends.
        QVERIFY(writeFile(dir.filePath("crlf.json"), "{\r\n  \"processes\": []\r\n}\r\n"));
        QVERIFY(again.openFile(dir.filePath("crlf.json")));
        QCOMPARE(again.document().kind(), ScenarioKind::Workload);
        QCOMPARE(again.document().plainText(), QStringLiteral("{\n  \"processes\": []\n}\n"));
        again.editor().moveCursor(QTextCursor::Start);
        QTest::keyClicks(&again.editor(), " ");
        QVERIFY(again.save());
        QCOMPARE(bytesOf(dir.filePath("crlf.json")),
                 QByteArray(" {\r\n  \"processes\": []\r\n}\r\n"));

        // A file that is not UTF-8 is refused rather than silently changed.
        QVERIFY(writeFile(dir.filePath("latin1.py"), "print('caf\xe9')\n"));
        QStringList warnings;
        prompts.warn = [&](QWidget*, const QString&, const QString& message) {
            warnings << message;
        };
        again.setPrompts(prompts);
        QVERIFY(!again.openFile(dir.filePath("latin1.py")));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.front().contains("not UTF-8"));
        QCOMPARE(again.document().path(), dir.filePath("crlf.json"));  // the old text stays
    }

  private:
    // Saves `document` from a forked child that has become nobody (uid 65534).
    static void saveAsNobody(ScenarioDocument& document, bool* saved, QString* message) {
        int pipeEnds[2];
        QCOMPARE(::pipe(pipeEnds), 0);
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(pipeEnds[0]);
            QString error;
            const bool ok = ::setgid(65534) == 0 && ::setuid(65534) == 0 && document.save(&error);
            const QByteArray bytes = error.toUtf8();
            [[maybe_unused]] const auto n =
                ::write(pipeEnds[1], bytes.constData(), static_cast<std::size_t>(bytes.size()));
            ::_exit(ok ? 0 : 1);
        }
        ::close(pipeEnds[1]);
        QByteArray bytes;
        char buffer[512];
        for (ssize_t n; (n = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
            bytes.append(buffer, n);
        ::close(pipeEnds[0]);
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        *saved = WEXITSTATUS(status) == 0;
        *message = QString::fromUtf8(bytes);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], kChildFlag) == 0) {
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    TestAutosave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_Autosave.moc"
