// `timeslice run FILE.py`: the program's own output and nothing else, Python's exit statuses,
// and the JSON report's output records.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "CliRunner.h"

using namespace cli;

class RunProgramTest : public QObject {
    Q_OBJECT

private:
    static QString write(const QString& name, const QByteArray& text) {
        const QString path = QDir::temp().filePath("timeslice-cli-" + name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

private slots:
    void printsOnlyTheProgramsOutput() {
        const CliResult r = runTimeslice({"run", fixture("hello.py")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), QString("hello from Thread-1 (worker)\n"));
        QVERIFY(r.err.isEmpty());
    }

    void pythonTwoNamesThreadsTheOldWay() {
        const CliResult r = runTimeslice({"run", fixture("hello.py"), "--python", "2"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), QString("('hello from', 'Thread-1')\n"));
    }

    void exitStatuses_data() {
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("completed") << QByteArray("print(1)\n") << QStringList{} << 0 << "completed" << "";
        QTest::newRow("uncaught error") << QByteArray("x = 1\nprint(x / 0)\n") << QStringList{} << 1
                                        << "error" << "ZeroDivisionError: division by zero";
        QTest::newRow("error in a thread only")
            << QByteArray("import threading\ndef f():\n    raise ValueError('boom')\n"
                          "t = threading.Thread(target=f)\nt.start()\nt.join()\nprint('main goes on')\n")
            << QStringList{} << 0 << "completed" << "Exception in thread Thread-1 (f):";
        QTest::newRow("deadlock")
            << QByteArray("import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n")
            << QStringList{} << 1 << "deadlock" << "deadlock: MainThread waits for lock";
        QTest::newRow("until") << QByteArray("while True:\n    pass\n") << QStringList{"--until", "50ms"} << 0
                               << "time-limit" << "";
        QTest::newRow("interrupt")
            << QByteArray("import time\nwhile True:\n    time.sleep(1)\n") << QStringList{"--interrupt-at", "2500ms"}
            << 0 << "interrupted" << "KeyboardInterrupt";
        // Code that runs nested inside one instruction cannot be pre-empted; an endless one
        // (CPython loops forever) is abandoned at the run's limits instead of hanging timeslice,
        // and what its unwinding would print (the handler's line) is not shown.
        QTest::newRow("endless generator inside sum() at --until")
            << QByteArray("def g():\n    while True:\n        yield 1\ntry:\n    print(sum(g()))\nexcept Exception:\n    print('never shown')\n")
            << QStringList{"--until", "50ms"} << 0 << "time-limit" << "";
        QTest::newRow("endless __repr__ loop at the instruction limit")
            << QByteArray("\"\"\"timeslice\nmaxInstructions: 5000\n\"\"\"\nclass Spin:\n    def __repr__(self):\n"
                          "        while True:\n            pass\nprint(repr(Spin()))\n")
            << QStringList{} << 1 << "error" << "instruction limit (maxInstructions = 5000) inside nested code";
    }
    void exitStatuses() {
        QFETCH(QByteArray, program);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QFETCH(QString, stderrHas);
        const QString path = write(QString(QTest::currentDataTag()).replace(' ', '_') + ".py", program);
        const CliResult r = runTimeslice(QStringList{"run", path} + options);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err.constData());
        QVERIFY2(!r.out.contains("never shown"), r.out.constData());
        const CliResult j = runTimeslice(QStringList{"run", path, "--json", "-"} + options);
        const QJsonObject report = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(report["exit"].toObject()["status"].toString(), status);
    }

    void reportCarriesOutputLines() {
        const CliResult r = runTimeslice({"run", fixture("hello.py"), "--json", "-"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray output = QJsonDocument::fromJson(r.out).object()["output"].toArray();
        QCOMPARE(output.size(), 1);
        const QJsonObject line = output[0].toObject();
        QCOMPARE(line["thread"].toString(), QString("Thread-1 (worker)"));
        QCOMPARE(line["stream"].toString(), QString("stdout"));
        QCOMPARE(line["text"].toString(), QString("hello from Thread-1 (worker)\n"));  // the line as written
        QVERIFY(line["t_ns"].toDouble() > 0);
    }

    // Output as CPython shows it in a terminal, with times that never go back (found by
    // fuzz_run; the regression is tests/fuzz/regressions/run/partial-line-then-traceback.py).
    // The main thread's traceback flushes the line print(n, end=' ') left open first; a
    // thread's does not, so the line ends later and is shown after it, at its instant.
    void outputOrderAndTimes_data() {
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");  // stream: first characters of the text
        QTest::newRow("main's traceback after a partial line")
            << QByteArray("import time\nfor n in (1, 2):\n    print(n, end=' ')\n    time.sleep(0.001)\nundefined_name\n")
            << QStringList{} << QStringList{"stdout:1 2 ", "stderr:Traceback", "stderr:  File", "stderr:    undefined", "stderr:NameError"};
        QTest::newRow("python 2: print x, is ended by a newline first")
            << QByteArray("import time\nfor n in (1, 2):\n    print n,\n    time.sleep(0.001)\nundefined_name\n")
            << QStringList{"--python", "2"} << QStringList{"stdout:1 2\n", "stderr:Traceback", "stderr:  File", "stderr:    undefined", "stderr:NameError"};
        QTest::newRow("SystemExit's message after a partial line")
            << QByteArray("import sys\nsys.stdout.write('x ')\nsys.exit('bye')\n") << QStringList{}
            << QStringList{"stdout:x ", "stderr:bye"};
        QTest::newRow("a thread's traceback while main's line is open")
            << QByteArray("import threading\ndef boom():\n    raise ValueError('boom')\nprint('a', end=' ')\n"
                          "t = threading.Thread(target=boom)\nt.start()\nt.join()\nprint('b')\n")
            << QStringList{} << QStringList{"stderr:Exception in thread", "stderr:Traceback", "stderr:  File", "stderr:    raise", "stderr:ValueError", "stdout:a b\n"};
        QTest::newRow("python 2: a thread's report ends with a blank line")
            << QByteArray("import threading\ndef boom():\n    raise ValueError('boom')\n"
                          "t = threading.Thread(target=boom)\nt.start()\nt.join()\nprint 'after'\n")
            << QStringList{"--python", "2"}
            << QStringList{"stderr:Exception in thread", "stderr:Traceback", "stderr:  File", "stderr:    raise", "stderr:ValueError", "stderr:\n", "stdout:after"};
        // Main abandoned in an endless sum() at the time limit: another CPU's thread (no GIL)
        // still prints before the limit; main's unwinding, after it, shows nothing.
        QTest::newRow("an endless sum() abandoned at --until, a thread printing beside it")
            << QByteArray("\"\"\"timeslice\ncpus: 2\ngil: false\n\"\"\"\nimport threading, time\n"
                          "def printer():\n    for i in range(3):\n        time.sleep(0.01)\n        print('tick', i)\n"
                          "def g():\n    while True:\n        yield 1\n"
                          "t = threading.Thread(target=printer)\nt.start()\nprint(sum(g()))\n")
            << QStringList{"--until", "100ms"} << QStringList{"stdout:tick 0", "stdout:tick 1", "stdout:tick 2"};
    }
    void outputOrderAndTimes() {
        QFETCH(QByteArray, program);
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        const QString path = write(QString(QTest::currentDataTag()).replace(' ', '_').replace(':', '_').replace(',', '_') + ".py", program);
        const CliResult r = runTimeslice(QStringList{"run", path, "--json", "-"} + options);
        const QJsonArray output = QJsonDocument::fromJson(r.out).object()["output"].toArray();
        QCOMPARE(output.size(), expected.size());
        qint64 last = 0;
        for (qsizetype i = 0; i < output.size(); ++i) {
            const QJsonObject line = output[i].toObject();
            const QString stream = expected[i].section(':', 0, 0);
            const QString begins = expected[i].section(':', 1);
            QCOMPARE(line["stream"].toString(), stream);
            QVERIFY2(line["text"].toString().startsWith(begins), qPrintable(line["text"].toString()));
            QVERIFY2(line["t_ns"].toInteger() >= last, qPrintable(line["text"].toString()));
            last = line["t_ns"].toInteger();
        }
    }
};

QTEST_GUILESS_MAIN(RunProgramTest)
#include "test_RunProgram.moc"
