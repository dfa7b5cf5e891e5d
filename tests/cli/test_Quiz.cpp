// `timeslice quiz`: the files it writes, the same bytes for the same seed, PDF output where the
// build has Qt's printing, and one clear message with exit status 2 for every bad invocation.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "CliRunner.h"

using cli::runTimeslice;

namespace {

QString scenario(const QString& name) {
    return QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + name;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool builtWithGui() {
    return runTimeslice({"--version"}).out.contains("with the GUI");
}

}  // namespace

class QuizCommandTest : public QObject {
    Q_OBJECT

private slots:
    void writesSheetAndKey_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("questions");
        QTest::newRow("workload") << scenario("silberschatz-rr.json") << 6;
        QTest::newRow("program") << QStringLiteral(TIMESLICE_SOURCE_DIR "/tests/fixtures/hello.py") << 4;
    }
    void writesSheetAndKey() {
        QFETCH(QString, file);
        QFETCH(int, questions);
        QTemporaryDir dir;
        const QString out = dir.filePath("class/week3");  // made if missing
        const auto r = runTimeslice({"quiz", file, "--questions", QString::number(questions), "--seed", "3",
                                     "--output-dir", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains("Wrote sheet.md and key.md in " + out.toUtf8()));
        const QByteArray sheet = readAll(out + "/sheet.md");
        const QByteArray key = readAll(out + "/key.md");
        QVERIFY(sheet.startsWith("# Exercise sheet: "));
        QVERIFY(key.startsWith("# Answer key: "));
        QCOMPARE(int(key.count("**Answer:**")), questions);
        QVERIFY(sheet.contains("**" + QByteArray::number(questions) + ".** "));
        QVERIFY(!sheet.contains("**" + QByteArray::number(questions + 1) + ".** "));
        QVERIFY(!sheet.contains("**Answer:**"));
    }

    void sameSeedSameBytes() {
        QTemporaryDir dir;
        const QStringList base = {"quiz", scenario("stallings-five-processes.json"), "-n", "8"};
        QCOMPARE(runTimeslice(base + QStringList{"--seed", "5", "-o", dir.filePath("a")}).exitCode, 0);
        QCOMPARE(runTimeslice(base + QStringList{"--seed", "5", "-o", dir.filePath("b")}).exitCode, 0);
        QCOMPARE(runTimeslice(base + QStringList{"--seed", "6", "-o", dir.filePath("c")}).exitCode, 0);
        QCOMPARE(readAll(dir.filePath("a/key.md")), readAll(dir.filePath("b/key.md")));
        QCOMPARE(readAll(dir.filePath("a/sheet.md")), readAll(dir.filePath("b/sheet.md")));
        QVERIFY(readAll(dir.filePath("a/key.md")) != readAll(dir.filePath("c/key.md")));
    }

    void pdf() {
        QTemporaryDir dir;
        const auto r = runTimeslice({"quiz", scenario("silberschatz-sjf.json"), "--questions", "4",
                                     "--seed", "1", "--output-dir", dir.path(), "--pdf"});
        if (!builtWithGui()) {
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains("--pdf prints through Qt"));
            return;
        }
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        for (const char* name : {"sheet.pdf", "key.pdf"}) {
            const QByteArray pdf = readAll(dir.filePath(name));
            QVERIFY2(pdf.startsWith("%PDF-"), name);
            QVERIFY(pdf.size() > 1000);
        }
        QVERIFY(QFile::exists(dir.filePath("sheet.md")));
    }

    void badUsage_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString rr = scenario("silberschatz-rr.json");
        QTest::newRow("no file") << QStringList{"quiz", "-n", "3", "--seed", "1"} << "quiz needs a FILE";
        QTest::newRow("no seed") << QStringList{"quiz", rr, "-n", "3"} << "quiz needs --seed S";
        QTest::newRow("no count") << QStringList{"quiz", rr, "--seed", "1"} << "quiz needs --questions N";
        QTest::newRow("zero") << QStringList{"quiz", rr, "--questions", "0", "--seed", "1"}
                              << "--questions must be a whole number from 1 to 200, found '0'";
        QTest::newRow("word") << QStringList{"quiz", rr, "--questions", "many", "--seed", "1"}
                              << "--questions needs a whole number from 1 to 200, found 'many'";
        QTest::newRow("negative seed") << QStringList{"quiz", rr, "-n", "2", "--seed", "-1"}
                                       << "--seed must be a whole number from 0, found '-1'";
        QTest::newRow("two files") << QStringList{"quiz", rr, rr, "-n", "2", "--seed", "1"}
                                   << "quiz takes one FILE";
        QTest::newRow("unknown option") << QStringList{"quiz", rr, "-n", "2", "--seed", "1", "--answers"}
                                        << "unknown option '--answers'";
        QTest::newRow("pdf with value") << QStringList{"quiz", rr, "-n", "2", "--seed", "1", "--pdf=yes"}
                                        << "--pdf takes no value";
    }
    void badUsage() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto r = runTimeslice(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("usage: timeslice quiz"));
        QVERIFY(r.out.isEmpty());
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringList{"quiz", "nothing-here.json", "-n", "2", "--seed", "1"}
                                      << "nothing-here.json: error: ";
        QTest::newRow("invalid file") << QStringList{"quiz", cli::fixture("bad_policy.json"), "-n", "2", "--seed", "1"}
                                      << "bad_policy.json:1:24: error: unknown policy";
        QTest::newRow("too many questions")
            << QStringList{"quiz", scenario("silberschatz-fcfs.json"), "-n", "200", "--seed", "1"}
            << "silberschatz-fcfs.json: error: this run offers ";
    }
    void badInput() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const auto r = runTimeslice(arguments + QStringList{"-o", dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(dir.filePath("sheet.md")));
    }

    void outputDirIsAFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath("taken");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto r = runTimeslice({"quiz", scenario("silberschatz-rr.json"), "-n", "2", "--seed", "1",
                                     "--output-dir", file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("taken: error: cannot create the output folder"), r.err.constData());
    }

    void help() {
        const auto r = runTimeslice({"help", "quiz"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--questions N"));
        QVERIFY(runTimeslice({"--help"}).out.contains("timeslice quiz FILE"));
    }
};

QTEST_GUILESS_MAIN(QuizCommandTest)
#include "test_Quiz.moc"
