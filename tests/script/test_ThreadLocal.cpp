// threading.local on the kernel's threads, in both versions: each thread sees its own
// attributes; a subclass's __init__ runs again in each thread that uses the object. Expected
// outputs are CPython's (2.7.18 and 3.11.7) for the same programs; Python 3's fuller run is
// the differential program tests/script/programs/p70_thread_local.py.
#include <QtTest>

#include "ProgramSimulation.h"
#include "scenario/ProgramLoader.h"

using namespace ts;

class TestThreadLocal : public QObject {
    Q_OBJECT

private slots:
    void eachThreadHasItsOwn_data() {
        QTest::addColumn<int>("python");
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<QString>("output");
        // Python 2: local is a C type, and an exception's repr shows its args tuple.
        QTest::newRow("Python 2")
            << 2
            << QByteArray("import threading\nd = threading.local()\nd.x = 1\ndef f():\n    print hasattr(d, 'x')\n"
                          "    d.x = 2\n    print d.x\nt = threading.Thread(target=f)\nt.start()\nt.join()\nprint d.x, type(d)\n"
                          "try:\n    threading.local(3)\nexcept TypeError as e:\n    print repr(e)\n")
            << QStringLiteral("False\n2\n1 <type 'thread._local'>\nTypeError('Initialization arguments are not supported',)\n");
        // Two threads at once, each with its own value across a sleep: the other's write in
        // between does not show.
        QTest::newRow("Python 3, two threads interleaved")
            << 3
            << QByteArray("import threading, time\nd = threading.local()\n"
                          "class Named(threading.local):\n    def __init__(self):\n        self.who = threading.current_thread().name\n"
                          "n = Named()\nlock = threading.Lock()\n"
                          "def f(v):\n    d.v = v\n    time.sleep(0.1)\n    with lock:\n        print(n.who, d.v)\n"
                          "a = threading.Thread(target=f, args=(1,), name='a')\nb = threading.Thread(target=f, args=(2,), name='b')\n"
                          "a.start(); b.start(); a.join(); b.join()\nprint(n.who, hasattr(d, 'v'))\n")
            << QStringLiteral("a 1\nb 2\nMainThread False\n");
    }
    void eachThreadHasItsOwn() {
        QFETCH(int, python);
        QFETCH(QByteArray, program);
        QFETCH(QString, output);
        ProgramSpec spec = loadProgramText(program.toStdString(), "local.py");
        ProgramRunOptions options;
        options.python = python;
        const RunReport report = simulateProgram(spec, options);
        QString text;
        for (const OutputRecord& record : report.output) text += QString::fromStdString(record.text);
        QCOMPARE(text, output);
        QCOMPARE(QString::fromStdString(report.exitStatus), QStringLiteral("completed"));
    }
};

QTEST_APPLESS_MAIN(TestThreadLocal)
#include "test_ThreadLocal.moc"
