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
};

QTEST_GUILESS_MAIN(RunProgramTest)
#include "test_RunProgram.moc"
