// Ctrl-C (--interrupt-at) as CPython takes it. The KeyboardInterrupt ends the main thread with
// its traceback; then, as at any end of the main thread, Python waits for the threads that are
// not daemons, and only daemons die at once. Python 2 cannot interrupt a lock's wait: a Ctrl-C
// during lock.acquire() or a join() is raised only once the wait is over. Python 3 is CPython
// 3.11 (SPEC.md): a join() cut short by the Ctrl-C marks the thread stopped, is_alive() is then
// False and the end no longer waits for it (3.8 and 3.13 wait; bpo-45274's fix did that).
//
// Each row's expected output is what CPython 2.7.18 or 3.11.7 printed for the same program on
// SIGINT at the same moment. CPython's traceback of an interrupted join() also shows
// threading.py's frames; timeslice shows the program's own.
#include <QtTest>

#include "ProgramSimulation.h"
#include "scenario/ProgramLoader.h"

using namespace ts;

namespace {

// A thread that is not a daemon prints four lines, half a second apart.
const char* const kWorker =
    "import threading, time\n"
    "def work(n):\n"
    "    for i in range(4):\n"
    "        time.sleep(0.5)\n"
    "        print('%s %d' % (n, i))\n";

QString outputOf(const RunReport& report) {
    QString text;
    for (const OutputRecord& record : report.output) text += QString::fromStdString(record.text);
    return text;
}

// The program run with a Ctrl-C at `interruptAt`, as `timeslice run --python N --interrupt-at`.
RunReport runInterrupted(const QByteArray& program, int python, Time interruptAt) {
    ProgramSpec spec = loadProgramText(program.toStdString(), "ctrl-c.py");
    ProgramRunOptions options;
    options.python = python;
    options.interruptAt = interruptAt;
    return simulateProgram(spec, options);
}

QString traceback(const QString& line, const QString& code) {
    return QStringLiteral("Traceback (most recent call last):\n  File \"ctrl-c.py\", line %1, in <module>\n    %2\n"
                          "KeyboardInterrupt\n")
        .arg(line, code);
}

}  // namespace

class TestKeyboardInterrupt : public QObject {
    Q_OBJECT

private slots:
    void takenAsCPythonTakesIt_data() {
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<int>("python");
        QTest::addColumn<QString>("output");

        const QByteArray oneWorker = QByteArray(kWorker) + "t = threading.Thread(target=work, args=('work',))\nt.start()\n";
        const QString workLines = QStringLiteral("work 1\nwork 2\nwork 3\n");
        for (int python : {2, 3}) {
            const QByteArray tag = "Python " + QByteArray::number(python) + ": ";
            // The main thread sleeps in a loop: the sleep ends at once, then Python waits.
            QTest::newRow(tag + "main asleep, the thread goes on")
                << oneWorker + "while True:\n    time.sleep(0.1)\n" << python
                << QStringLiteral("work 0\n") + traceback("9", "time.sleep(0.1)") + workLines;
            // A lock held by the thread until 1.2 s.
            const QByteArray lock =
                "import threading, time\nlock = threading.Lock()\nlock.acquire()\n"
                "def work():\n    time.sleep(1.2)\n    print('release')\n    lock.release()\n"
                "threading.Thread(target=work).start()\nlock.acquire()\nprint('got it')\n";
            QTest::newRow(tag + "main in lock.acquire()")
                << lock << python
                << (python == 2 ? QStringLiteral("release\n") + traceback("9", "lock.acquire()")
                                : traceback("9", "lock.acquire()") + QStringLiteral("release\n"));
        }
        // join(): Python 3 ends the wait and no longer waits for the thread; Python 2 raises
        // when the thread has ended.
        const QByteArray join = oneWorker + "t.join()\nprint('joined')\n";
        QTest::newRow("Python 3: main in join()") << join << 3 << QStringLiteral("work 0\n") + traceback("8", "t.join()");
        QTest::newRow("Python 3: is_alive() after an interrupted join()")
            << oneWorker + "try:\n    t.join()\nexcept KeyboardInterrupt:\n    print('alive %s' % t.is_alive())\n" << 3
            << QStringLiteral("work 0\nalive False\n");
        // The other thread is still waited for, and the joined one runs on meanwhile.
        QTest::newRow("Python 3: main in join() of one of two threads")
            << QByteArray(kWorker) + "t1 = threading.Thread(target=work, args=('one',))\n"
                                     "t2 = threading.Thread(target=work, args=('two',))\nt1.start(); t2.start()\nt1.join()\n"
            << 3
            << QStringLiteral("one 0\ntwo 0\n") + traceback("9", "t1.join()") +
                   QStringLiteral("one 1\ntwo 1\none 2\ntwo 2\none 3\ntwo 3\n");
        QTest::newRow("Python 2: main in join()")
            << join << 2 << QStringLiteral("work 0\n") + workLines + traceback("8", "t.join()");
        // A join with a timeout is a loop of sleeps in Python 2: it ends.
        QTest::newRow("Python 2: main in join(timeout)")
            << oneWorker + "t.join(10)\n" << 2 << QStringLiteral("work 0\n") + traceback("8", "t.join(10)") + workLines;
        // A daemon thread dies with the main thread.
        QTest::newRow("Python 3: a daemon thread dies at once")
            << QByteArray(kWorker) + "t = threading.Thread(target=work, args=('work',))\nt.daemon = True\n"
                                     "t.start()\nwhile True:\n    time.sleep(0.1)\n"
            << 3 << QStringLiteral("work 0\n") + traceback("10", "time.sleep(0.1)");
    }
    void takenAsCPythonTakesIt() {
        QFETCH(QByteArray, program);
        QFETCH(int, python);
        QFETCH(QString, output);
        const RunReport report = runInterrupted(program, python, 800 * kMillisecond);
        QCOMPARE(outputOf(report), output);
        // Caught, the KeyboardInterrupt is the program's own business.
        const bool caught = program.contains("except KeyboardInterrupt");
        QCOMPARE(QString::fromStdString(report.exitStatus), caught ? QStringLiteral("completed") : QStringLiteral("interrupted"));
        QCOMPARE(QString::fromStdString(report.exitMessage), caught ? QString() : QStringLiteral("KeyboardInterrupt"));
    }

    // A thread that computes: Python 2 takes the signal at any instruction, Python 3 (3.11)
    // only at a backward jump or a call, so a `while` loop is interrupted at its `while` line
    // and a `for` loop at its body's last line (CPython's tracebacks, SIGINT at 0.5 s).
    void busyLoopsAreInterruptedWhereCPythonSays_data() {
        QTest::addColumn<int>("python");
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<QString>("frame");
        const QByteArray whileBody = "x = 0\nwhile True:\n    x += 1\n";
        QTest::newRow("Python 3: while, body x += 1") << 3 << whileBody << QStringLiteral("line 2, in <module>\n    while True:");
        QTest::newRow("Python 2: while, body x += 1") << 2 << whileBody << QStringLiteral("line 3, in <module>\n    x += 1");
        const QByteArray whilePass = "while 1:\n    pass\n";
        QTest::newRow("Python 3: while 1: pass") << 3 << whilePass << QStringLiteral("line 1, in <module>\n    while 1:");
        QTest::newRow("Python 2: while 1: pass") << 2 << whilePass << QStringLiteral("line 2, in <module>\n    pass");
        QTest::newRow("Python 3: for loop") << 3 << QByteArray("x = 0\nfor i in range(10**10):\n    x += 1\n")
                                           << QStringLiteral("line 3, in <module>\n    x += 1");
        // No loop at all, only calls: a call is where Python 3 looks.
        QTest::newRow("Python 3: recursion without a loop")
            << 3 << QByteArray("def f(n):\n    return 1 if n == 0 else f(n - 1) + f(n - 1)\nf(40)\n")
            << QStringLiteral("in f\n    return 1 if n == 0 else f(n - 1) + f(n - 1)\n");
    }
    void busyLoopsAreInterruptedWhereCPythonSays() {
        QFETCH(int, python);
        QFETCH(QByteArray, program);
        QFETCH(QString, frame);
        const RunReport report = runInterrupted(program, python, 500 * kMillisecond);
        QCOMPARE(QString::fromStdString(report.exitStatus), QStringLiteral("interrupted"));
        QVERIFY2(outputOf(report).contains(frame), qPrintable(outputOf(report)));
    }

    // `interruptAt:` in the front matter presses Ctrl-C without a command-line option; the
    // command line's time wins over it.
    void frontMatterPressesCtrlC() {
        const std::string program = "\"\"\"timeslice\ninterruptAt: 300ms\n\"\"\"\nimport time\nwhile True:\n    time.sleep(0.1)\n";
        ProgramSpec spec = loadProgramText(program, "ctrl-c.py");
        QCOMPARE(spec.interruptAt, 300 * kMillisecond);
        RunReport report = simulateProgram(spec, ProgramRunOptions{});
        QCOMPARE(QString::fromStdString(report.exitStatus), QStringLiteral("interrupted"));
        // (The end is the traceback's last instruction, a few nanoseconds after the Ctrl-C.)
        QVERIFY(report.end >= 300 * kMillisecond && report.end < 301 * kMillisecond);
        ProgramRunOptions later;
        later.interruptAt = 700 * kMillisecond;
        report = simulateProgram(spec, later);
        QVERIFY(report.end >= 700 * kMillisecond && report.end < 701 * kMillisecond);
    }

    // Python would go on waiting (a second Ctrl-C ends it); the report says for what.
    void threadsLeftRunningAreNamed_data() {
        QTest::addColumn<QByteArray>("thread");
        QTest::addColumn<QString>("message");
        QTest::newRow("a thread that never ends")
            << QByteArray("def stay():\n    while True:\n        time.sleep(1)\n")
            << QStringLiteral("KeyboardInterrupt; still waiting at the time limit for the threads that are not daemons");
        QTest::newRow("a thread blocked for ever")
            << QByteArray("lock = threading.Lock()\ndef stay():\n    lock.acquire()\n    lock.acquire()\n")
            << QStringLiteral("KeyboardInterrupt; then deadlock: Thread-1 (stay) waits for lock");
    }
    void threadsLeftRunningAreNamed() {
        QFETCH(QByteArray, thread);
        QFETCH(QString, message);
        const QByteArray program = "import threading, time\n" + thread +
                                   "threading.Thread(target=stay).start()\nwhile True:\n    time.sleep(0.5)\n";
        const RunReport report = runInterrupted(program, 0, 2 * kSecond);
        QCOMPARE(QString::fromStdString(report.exitStatus), QStringLiteral("interrupted"));
        QVERIFY2(QString::fromStdString(report.exitMessage).startsWith(message), report.exitMessage.c_str());
    }
};

QTEST_APPLESS_MAIN(TestKeyboardInterrupt)
#include "test_KeyboardInterrupt.moc"
