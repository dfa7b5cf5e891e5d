// `timeslice check FILE...`: "FILE: ok" per good file, each bad file's error on stderr, status
// 0 only when every file is good.
#include <QtTest>

#include "CliRunner.h"

using cli::fixture;
using cli::runTimeslice;

class CheckTest : public QObject {
    Q_OBJECT
  private slots:
    void oneFile_data();
    void oneFile();
    void everyFileIsReported();
    void quietSaysOnlyErrors();
    void onlyDocumentsAreSkipped();
    void theScenarioLibraryPasses();
};

void CheckTest::oneFile_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");  // stdout when good, stderr when bad
    QTest::newRow("fcfs") << "fcfs_textbook.json" << 0 << "fcfs_textbook.json: ok";
    QTest::newRow("rr with io") << "rr_io.json" << 0 << "rr_io.json: ok";
    QTest::newRow("threads") << "two_cpus.json" << 0 << "two_cpus.json: ok";
    QTest::newRow("periodic") << "periodic.json" << 0 << "periodic.json: ok";
    QTest::newRow("sniffed format") << "workload.scenario" << 0 << "workload.scenario: ok";
    QTest::newRow("syntax") << "bad_syntax.json" << 2 << "bad_syntax.json:3:2: error: ";
    QTest::newRow("policy") << "bad_policy.json" << 2
                            << "bad_policy.json:1:24: error: unknown policy";
    QTest::newRow("duration") << "bad_duration.json" << 2 << "bad_duration.json:1:50: error: ";
    QTest::newRow("no machine: fcfs by default")
        << "default_machine.json" << 0
        << "default_machine.json: ok";
    QTest::newRow("python") << "hello.py" << 0 << "hello.py: ok";
    QTest::newRow("python syntax error")
        << "bad_syntax.py" << 2 << "bad_syntax.py:3:6: error: SyntaxError: '(' was never closed";
    QTest::newRow("program inside a workload")
        << "with_program.json" << 2
        << "with_program.json:5:3: error: process 'py' runs the program 'hello.py': Python "
           "programs inside a workload are not supported";
    QTest::newRow("missing") << "nothing-here.json" << 2
                             << "nothing-here.json: error: cannot open file";
    QTest::newRow("text file: skipped")
        << "unknown.txt" << 0 << "unknown.txt: skipped: not a scenario";
}

void CheckTest::oneFile() {
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, message);
    const cli::CliResult result = runTimeslice({"check", fixture(file)});
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, status);
    const QByteArray& said = status == 0 ? result.out : result.err;
    QVERIFY2(QString::fromUtf8(said).contains(message), said.constData());
    QVERIFY((status == 0 ? result.err : result.out).isEmpty());
}

void CheckTest::everyFileIsReported() {
    const cli::CliResult result =
        runTimeslice({"check", fixture("fcfs_textbook.json"), fixture("bad_syntax.json"),
                      fixture("rr_io.json"), fixture("bad_syntax.py")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out.count('\n'), 2);  // the two good files
    QVERIFY(result.out.contains("fcfs_textbook.json: ok"));
    QVERIFY(result.out.contains("rr_io.json: ok"));
    QCOMPARE(result.err.count('\n'), 2);  // the two bad ones
    QVERIFY(result.err.contains("bad_syntax.json:3:2: error:"));
    QVERIFY(result.err.contains("bad_syntax.py:3:6: error:"));

    const cli::CliResult good =
        runTimeslice({"check", fixture("fcfs_textbook.json"), fixture("rr_io.json")});
    QCOMPARE(good.exitCode, 0);
}

void CheckTest::quietSaysOnlyErrors() {
    const cli::CliResult result = runTimeslice(
        {"check", "--quiet", fixture("fcfs_textbook.json"), fixture("bad_policy.json")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("bad_policy.json:1:24: error:"));
}

// A README beside the scenarios is skipped; a file of any other kind that is not a scenario,
// or a document that is not there, is still an error.
void CheckTest::onlyDocumentsAreSkipped() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray prose = "Notes for the class, neither JSON nor Python.\n";
    for (const QString& name : {QStringLiteral("README.md"), QStringLiteral("notes.txt"),
                                QStringLiteral("notes.cfg")}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(prose);
    }
    const cli::CliResult docs =
        runTimeslice({"check", dir.filePath("README.md"), dir.filePath("notes.txt"),
                      fixture("fcfs_textbook.json")});
    QCOMPARE(docs.exitCode, 0);
    QVERIFY(docs.err.isEmpty());
    QVERIFY(docs.out.contains("README.md: skipped: not a scenario\n"));
    QVERIFY(docs.out.contains("notes.txt: skipped: not a scenario\n"));
    QVERIFY(docs.out.contains("fcfs_textbook.json: ok\n"));

    const cli::CliResult other = runTimeslice({"check", dir.filePath("notes.cfg")});
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains("notes.cfg: error: cannot tell what kind of scenario"),
             other.err.constData());

    const cli::CliResult missing = runTimeslice({"check", dir.filePath("gone.md")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("gone.md: error: cannot open file"), missing.err.constData());

    const cli::CliResult quiet = runTimeslice({"check", "--quiet", dir.filePath("README.md")});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY(quiet.out.isEmpty());
}

// `timeslice check scenarios/*`, as the README tells users to run it.
void CheckTest::theScenarioLibraryPasses() {
    QDir dir(QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios"));
    QStringList files;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) files << dir.filePath(name);
    QVERIFY(files.size() > 30);
    const cli::CliResult result = runTimeslice(QStringList{"check"} + files);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("README.md: skipped: not a scenario"));
    QCOMPARE(result.out.count(": ok\n"), files.size() - 1);
}

QTEST_GUILESS_MAIN(CheckTest)
#include "test_Check.moc"
