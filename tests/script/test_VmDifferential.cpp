// The differential suite: every tests/script/programs/*.py runs under python3 (CPython 3.11 on
// the build machine) and under the VM's single-threaded runner; stdout must be identical, and
// for the programs that end with an uncaught exception (names containing "uncaught") stderr and
// the exit status too (CPython prints the script's absolute path, which is cut to its name).
#include <QtTest>

#include "script/vm/ProgramRunner.h"

using namespace ts::script;

class TestVmDifferential : public QObject {
    Q_OBJECT

private:
    static QString programsDir() { return QStringLiteral(TIMESLICE_SOURCE_DIR "/tests/script/programs"); }

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
        QFile source(programsDir() + "/" + file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray text = source.readAll();

        QProcess python;
        python.setWorkingDirectory(programsDir());
        python.start(QStringLiteral("python3"), {file});
        QVERIFY(python.waitForFinished(60000));
        const QByteArray expectedOut = python.readAllStandardOutput();
        QByteArray expectedErr = python.readAllStandardError();
        expectedErr.replace(QDir(programsDir()).absolutePath().toUtf8() + "/", "");

        TestRunResult ours = runProgramForTest(text.toStdString(), file.toStdString(), PythonVersion::Python3);
        QCOMPARE(QByteArray::fromStdString(ours.stdoutText), expectedOut);
        if (file.contains(QStringLiteral("uncaught"))) {
            QCOMPARE(QByteArray::fromStdString(ours.stderrText), expectedErr);
            QCOMPARE(ours.exitStatus, python.exitCode());
        } else {
            QCOMPARE(QByteArray::fromStdString(ours.stderrText), QByteArray());
            QCOMPARE(ours.exitStatus, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestVmDifferential)
#include "test_VmDifferential.moc"
