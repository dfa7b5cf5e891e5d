// The reprs of threading's objects under Python 2, as CPython 2.7.18 prints them for the same
// program: an _RLock names its owner thread and depth, a Condition shows its lock and how many
// threads wait in it; Event and Semaphore keep object's repr. Addresses are masked. Python 3's
// reprs (3.11.7) are the differential program tests/script/programs/p78_sync_object_reprs.py.
#include <QtTest>

#include "ProgramSimulation.h"
#include "scenario/ProgramLoader.h"

using namespace ts;

class TestSyncObjectReprs : public QObject {
    Q_OBJECT

private slots:
    void python2Reprs() {
        const char* program =
            "import threading, time\n"
            "r = threading.RLock()\n"
            "print repr(r)\n"
            "r.acquire(); r.acquire()\n"
            "print repr(r)\n"
            "r.release(); r.release()\n"
            "c = threading.Condition()\n"
            "print repr(c)\n"
            "print repr(threading.Condition(threading.Lock()))\n"
            "def waiter():\n"
            "    with c:\n"
            "        c.wait()\n"
            "def holder():\n"
            "    r.acquire()\n"
            "    time.sleep(0.1)\n"
            "    r.release()\n"
            "w = threading.Thread(target=waiter)\n"
            "w.start()\n"
            "h = threading.Thread(target=holder, name='holder')\n"
            "h.start()\n"
            "time.sleep(0.05)\n"
            "print repr(c)\n"
            "print repr(r)\n"
            "with c:\n"
            "    c.notify()\n"
            "w.join(); h.join()\n"
            "print repr(threading.Event()), repr(threading.Semaphore(1))\n";
        ProgramSpec spec = loadProgramText(program, "reprs.py");
        ProgramRunOptions options;
        options.python = 2;
        const RunReport report = simulateProgram(spec, options);
        QString text;
        for (const OutputRecord& record : report.output) text += QString::fromStdString(record.text);
        text.replace(QRegularExpression(QStringLiteral("0x[0-9a-f]+")), QStringLiteral("ADDR"));
        QCOMPARE(text, QStringLiteral("<_RLock owner=None count=0>\n"
                                      "<_RLock owner='MainThread' count=2>\n"
                                      "<Condition(<_RLock owner=None count=0>, 0)>\n"
                                      "<Condition(<thread.lock object at ADDR>, 0)>\n"
                                      "<Condition(<_RLock owner=None count=0>, 1)>\n"
                                      "<_RLock owner='holder' count=1>\n"
                                      "<threading._Event object at ADDR> <threading._Semaphore object at ADDR>\n"));
        QCOMPARE(QString::fromStdString(report.exitStatus), QStringLiteral("completed"));
    }
};

QTEST_APPLESS_MAIN(TestSyncObjectReprs)
#include "test_SyncObjectReprs.moc"
