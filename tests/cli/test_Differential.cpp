// The differential suite through the real command line: every tests/script/programs/*.py runs
// under `python3` (CPython 3.11 on the build machine) and under `timeslice run FILE`, and stdout,
// stderr and the exit status must be identical. Only the programs' own output is compared, so
// each program prints nothing that depends on scheduling (see the comment at its top).
//
// Two things are normalized in stderr, because they describe the installation rather than the
// program:
//  - the directory of the script in `File "…"` lines (CPython prints the absolute path of
//    the script, timeslice the path it was given), cut from both so the file name remains;
//  - the frames inside CPython's own threading.py (`_bootstrap_inner`, `run`) that precede a
//    thread's traceback: their path and line numbers depend on the Python install, and
//    timeslice's Thread is not written in Python, so it has no such frames.
#include <QtTest>

#include "CliRunner.h"

class TestDifferential : public QObject {
    Q_OBJECT

private:
    static QString programsDir() { return QStringLiteral(TIMESLICE_SOURCE_DIR "/tests/script/programs"); }

    // Drops each two-line frame (`  File ".../threading.py", line N, in F` and its source line)
    // from a CPython traceback.
    static QByteArray withoutLibraryFrames(const QByteArray& err) {
        const QList<QByteArray> lines = err.split('\n');
        QByteArray kept;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray& line = lines[i];
            if (line.startsWith("  File \"") && line.contains("/threading.py\", line ")) {
                ++i;  // its source line, indented by four
                continue;
            }
            kept += line;
            if (i + 1 < lines.size()) kept += '\n';
        }
        return kept;
    }

private slots:
    void initTestCase() {
        QProcess probe;
        probe.start(QStringLiteral("python3"), {QStringLiteral("--version")});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0) QSKIP("python3 is not available");
    }

    void programs_data() {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(programsDir()).entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 40, "the differential suite needs at least 40 programs");
        for (const QString& f : files) QTest::newRow(f.toUtf8().constData()) << f;
    }

    void programs() {
        QFETCH(QString, file);

        QProcess python;
        python.setWorkingDirectory(programsDir());
        // Both runs must read the same program text; no .pyc next to the sources.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
        python.setProcessEnvironment(env);
        // -W ignore: CPython's compile-time SyntaxWarnings (p40 calls `5()` on purpose) and
        // DeprecationWarnings are advice about the source, not the program's output.
        python.start(QStringLiteral("python3"), {QStringLiteral("-W"), QStringLiteral("ignore"), file});
        QVERIFY2(python.waitForFinished(60000), "python3 did not finish");
        QCOMPARE(python.exitStatus(), QProcess::NormalExit);
        const QByteArray expectedOut = python.readAllStandardOutput();
        QByteArray expectedErr = withoutLibraryFrames(python.readAllStandardError());
        expectedErr.replace(QDir(programsDir()).absolutePath().toUtf8() + "/", "");

        // --quiet: nothing on stdout but the program's own output.
        const cli::CliResult ours = cli::runTimeslice(
            {QStringLiteral("run"), QStringLiteral("--quiet"), programsDir() + "/" + file});
        QVERIFY2(!ours.crashed, qPrintable(QStringLiteral("timeslice crashed or hung; stderr:\n") +
                                           QString::fromUtf8(ours.err)));
        QByteArray ourErr = ours.err;
        ourErr.replace(QDir(programsDir()).absolutePath().toUtf8() + "/", "");

        QCOMPARE(ours.out, expectedOut);
        QCOMPARE(ourErr, expectedErr);
        QCOMPARE(ours.exitCode, python.exitCode());
    }
};

QTEST_GUILESS_MAIN(TestDifferential)
#include "test_Differential.moc"
