// Program files: the front matter (a `timeslice` docstring of key: value lines) and the
// defaults a program runs with when it has none.
#include <QtTest>

#include "scenario/InputError.h"
#include "scenario/ProgramLoader.h"

using namespace ts;

class TestProgramLoader : public QObject {
    Q_OBJECT

private slots:
    void noFrontMatterGivesDefaults() {
        const ProgramSpec p = loadProgramText("import threading\nprint('hi')\n", "p.py");
        QVERIFY(!p.hasFrontMatter);
        QCOMPARE(p.machine.policy, std::string("rr"));
        QCOMPARE(p.machine.quantum, 5 * kMillisecond);
        QCOMPARE(p.machine.cpus, 1);
        QVERIFY(p.machine.gil);
        QCOMPARE(p.python, 0);
        QCOMPARE(p.source, std::string("import threading\nprint('hi')\n"));
    }

    void ordinaryDocstringIsNotFrontMatter() {
        const ProgramSpec p = loadProgramText("\"\"\"A program.\ncpus: 4\n\"\"\"\n", "p.py");
        QVERIFY(!p.hasFrontMatter);
        QCOMPARE(p.machine.cpus, 1);
    }

    void readsEveryKey() {
        const ProgramSpec p = loadProgramText(
            "# a comment first\n"
            "\"\"\"timeslice\n"
            "title: Four threads race\n"
            "cpus: 2\n"
            "policy: priority-preemptive\n"
            "quantum: 10ms\n"
            "contextSwitch: 20us\n"
            "threadSwitch: 0\n"
            "seed: 7\n"
            "until: 3s\n"
            "python: 2\n"
            "gil: false\n"
            "instructionCost: 100ns\n"
            "quantumJitter: 10\n"
            "clockStart: 2016-11-02 18:21:44\n"
            "\"\"\"\n"
            "print 'x'\n",
            "p.py");
        QVERIFY(p.hasFrontMatter);
        QCOMPARE(p.title, std::string("Four threads race"));
        QCOMPARE(p.machine.cpus, 2);
        QCOMPARE(p.machine.policy, std::string("priority-preemptive"));
        QCOMPARE(p.machine.quantum, 10 * kMillisecond);
        QCOMPARE(p.machine.contextSwitch, 20 * kMicrosecond);
        QCOMPARE(p.machine.threadSwitch, Time(0));
        QCOMPARE(p.machine.seed, std::uint64_t(7));
        QCOMPARE(p.machine.until, 3 * kSecond);
        QVERIFY(p.untilGiven);
        QCOMPARE(p.python, 2);
        QVERIFY(!p.machine.gil);
        QCOMPARE(p.instructionCost, Time(100));
        QCOMPARE(p.machine.quantumJitter, 0.1);
        QCOMPARE(p.clockOrigin, std::int64_t(1478110904));
    }

    void errorsPointAtTheValue_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << "\"\"\"timeslice\ncpu: 2\n\"\"\"\n" << 2 << 1 << "unknown front matter key 'cpu'";
        QTest::newRow("bad cpus") << "\"\"\"timeslice\ncpus: 0\n\"\"\"\n" << 2 << 7 << "between 1 and 256";
        QTest::newRow("bad policy") << "\"\"\"timeslice\npolicy: fifo\n\"\"\"\n" << 2 << 9 << "unknown policy 'fifo'";
        QTest::newRow("bad duration") << "\"\"\"timeslice\nquantum: 4 parsecs\n\"\"\"\n" << 2 << 10 << "'quantum'";
        QTest::newRow("no colon") << "\"\"\"timeslice\n  cpus 2\n\"\"\"\n" << 2 << 3 << "expected 'key: value'";
        QTest::newRow("twice") << "\"\"\"timeslice\ncpus: 2\ncpus: 3\n\"\"\"\n" << 3 << 1 << "given twice";
        QTest::newRow("python 4") << "\"\"\"timeslice\npython: 4\n\"\"\"\n" << 2 << 9 << "between 2 and 3";
        QTest::newRow("gil maybe") << "\"\"\"timeslice\ngil: maybe\n\"\"\"\n" << 2 << 6 << "true or false";
        QTest::newRow("empty value") << "\"\"\"timeslice\ntitle:\n\"\"\"\n" << 2 << 7 << "needs a value";
    }
    void errorsPointAtTheValue() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        try {
            loadProgramText(text.toStdString(), "p.py");
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.pos().line, line);
            QCOMPARE(e.pos().column, column);
            QVERIFY2(QString::fromStdString(e.message()).contains(message), e.what());
            QVERIFY(QString::fromStdString(e.what()).startsWith("p.py:"));
        }
    }

    void missingFileIsAnInputError() {
        QVERIFY_THROWS_EXCEPTION(InputError, loadProgramFile("/nonexistent/x.py"));
    }
};

QTEST_APPLESS_MAIN(TestProgramLoader)
#include "test_ProgramLoader.moc"
