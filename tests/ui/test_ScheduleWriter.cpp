// Saving an interleaving found in "be the scheduler": the schedule text (names where they read
// back as one thread, tids otherwise; runs of one thread merged), and the scenario rewritten
// with it - a program's front matter edited in place or added, a workload's machine - so that
// the ordinary loaders read back exactly the scripted policy, quantum and schedule.
#include <QtTest>

#include "classroom/Interleaving.h"
#include "classroom/ScheduleWriter.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

using namespace ts;
using namespace ts::ui;

class TestScheduleWriter : public QObject {
    Q_OBJECT
private slots:
    void labels_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("ready");
        QTest::addColumn<QString>("label");
        QTest::newRow("name") << "Thread-1 (worker)" << QStringList{"Thread-1 (worker)", "B"} << "Thread-1 (worker)";
        QTest::newRow("two of that name") << "w" << QStringList{"w", "w"} << "#3";
        QTest::newRow("comma") << "a,b" << QStringList{"a,b"} << "#3";
        QTest::newRow("star") << "a*2" << QStringList{"a*2"} << "#3";
        QTest::newRow("digits") << "42" << QStringList{"42"} << "#3";
        QTest::newRow("hash") << "#1" << QStringList{"#1"} << "#3";
        QTest::newRow("quote") << "say \"hi\"" << QStringList{"say \"hi\""} << "#3";
    }
    void labels() {
        QFETCH(QString, name);
        QFETCH(QStringList, ready);
        QFETCH(QString, label);
        std::vector<std::string> names;
        for (const QString& n : ready) names.push_back(n.toStdString());
        QCOMPARE(QString::fromStdString(Interleaving::labelFor(2, name.toStdString(), names)), label);
    }

    void runsAreMerged() {
        Interleaving choices;
        for (int tid : {0, 0, 0, 1, 2, 2, 1}) choices.push(tid, tid == 0 ? "MainThread" : tid == 1 ? "A" : "#3");
        QCOMPARE(QString::fromStdString(choices.text()), QStringLiteral("MainThread*3, A, #3*2, A"));
        const std::vector<ScheduleChoice> schedule = choices.schedule();
        QCOMPARE(schedule.size(), std::size_t(4));
        QVERIFY(schedule[0].byTid);
        QCOMPARE(schedule[0].tid, 1);
        QCOMPARE(schedule[0].repeat, std::int64_t(3));
        QCOMPARE(schedule[2].tid, 3);
        QCOMPARE(schedule[2].repeat, std::int64_t(2));
        choices.pop();
        QCOMPARE(QString::fromStdString(choices.text()), QStringLiteral("MainThread*3, A, #3*2"));
    }

    void program_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString keys = "policy: scripted\nquantum: 100ns\nquantumJitter: 0\nschedule: A*2, B\n";
        QTest::newRow("no front matter") << "import threading\n"
                                         << "\"\"\"timeslice\n" + keys + "\"\"\"\nimport threading\n";
        QTest::newRow("after the leading comments")
            << "#!/usr/bin/env python3\n# a race\nx = 1\n"
            << "#!/usr/bin/env python3\n# a race\n\"\"\"timeslice\n" + keys + "\"\"\"\nx = 1\n";
        QTest::newRow("keys replaced in place, others kept")
            << "\"\"\"timeslice\ntitle: T\npolicy: rr\nquantum: 5ms\ncpus: 1\n\"\"\"\nx = 1\n"
            << "\"\"\"timeslice\ntitle: T\npolicy: scripted\nquantum: 100ns\ncpus: 1\nquantumJitter: 0\n"
               "schedule: A*2, B\n\"\"\"\nx = 1\n";
        QTest::newRow("a key on the closing line")
            << "'''timeslice\ncpus: 2'''\nx = 1\n"
            << "'''timeslice\ncpus: 2\n" + keys + "'''\nx = 1\n";
        QTest::newRow("line ends kept") << "\"\"\"timeslice\r\npolicy: rr\r\n\"\"\"\r\nx = 1\r\n"
                                        << "\"\"\"timeslice\r\npolicy: scripted\r\nquantum: 100ns\r\nquantumJitter: 0\r\n"
                                           "schedule: A*2, B\r\n\"\"\"\r\nx = 1\r\n";
    }
    void program() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::string written = ScheduleWriter::program(text.toStdString(), {"A*2, B", 100});
        QCOMPARE(QString::fromStdString(written), expected);
        const ProgramSpec spec = loadProgramText(written, "p.py");
        QCOMPARE(spec.machine.policy, std::string("scripted"));
        QCOMPARE(spec.machine.quantum, Time(100));
        QCOMPARE(spec.machine.quantumJitter, 0.0);
        QCOMPARE(spec.machine.schedule.size(), std::size_t(2));
        QCOMPARE(spec.machine.schedule[0].repeat, std::int64_t(2));
    }

    // No choice made: the schedule line a file had goes; the run is first come, first served.
    void emptyScheduleRemovesTheLine() {
        const std::string written = ScheduleWriter::program("\"\"\"timeslice\npolicy: scripted\nschedule: A\n\"\"\"\n", {"", 50});
        QCOMPARE(QString::fromStdString(written),
                 QStringLiteral("\"\"\"timeslice\npolicy: scripted\nquantum: 50ns\nquantumJitter: 0\n\"\"\"\n"));
        QVERIFY(loadProgramText(written, "p.py").machine.schedule.empty());
    }

    void workload_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("quantum");
        QTest::addColumn<QString>("expected");  // new keys go first, as the table editor puts them
        const QString processes = R"("processes": [{"name": "P1", "bursts": [{"cpu": 2}]}, {"name": "P2", "bursts": [{"cpu": 1}]}])";
        QTest::newRow("machine edited") << R"({"unit": "ms", "machine": {"policy": "fcfs", "quantum": 4}, )" + processes + "}"
                                        << qint64(2 * kMillisecond)
                                        << R"({"unit": "ms", "machine": {"schedule": "P2, P1", "policy": "scripted", "quantum": "2ms"}, )" + processes + "}";
        QTest::newRow("no quantum") << R"({"machine": {"policy": "rr", "quantum": 4}, )" + processes + "}" << qint64(0)
                                    << R"({"machine": {"schedule": "P2, P1", "policy": "scripted"}, )" + processes + "}";
        QTest::newRow("no machine") << "{" + processes + "}" << qint64(0)
                                    << R"({"machine": {"policy": "scripted", "schedule": "P2, P1"}, )" + processes + "}";
    }
    void workload() {
        QFETCH(QString, text);
        QFETCH(qint64, quantum);
        QFETCH(QString, expected);
        const std::string written = ScheduleWriter::workload(text.toStdString(), "w.json", {"P2, P1", quantum});
        QCOMPARE(QString::fromStdString(written), expected);
        const WorkloadSpec spec = loadWorkloadText(written, "w.json");
        QCOMPARE(spec.machine.policy, std::string("scripted"));
        QCOMPARE(spec.machine.quantum, Time(quantum));
        QCOMPARE(spec.machine.schedule.size(), std::size_t(2));
        QCOMPARE(spec.machine.schedule[0].thread, std::string("P2"));
    }
};

QTEST_GUILESS_MAIN(TestScheduleWriter)
#include "test_ScheduleWriter.moc"
