// Usage errors and bad files: exit status 2, one clear message naming the file (with its place
// where the fault has one), a usage hint for command-line mistakes, nothing on stdout, and
// never a crash.
#include <QtTest>

#include "CliRunner.h"

using cli::fixture;
using cli::runTimeslice;

class UsageTest : public QObject {
    Q_OBJECT
  private slots:
    void badInput_data();
    void badInput();
    void helpAndVersion_data();
    void helpAndVersion();
};

void UsageTest::badInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");  // a part of stderr
    QTest::addColumn<bool>("usageHint");   // a command-line mistake gets a usage line

    const QString fcfs = fixture("fcfs_textbook.json");
    const QString plain = fixture("no_quantum.json");
    QTest::newRow("run without file") << QStringList{"run"} << "run needs a FILE" << true;
    QTest::newRow("two files") << QStringList{"run", fcfs, plain} << "run takes one FILE" << true;
    QTest::newRow("unknown option")
        << QStringList{"run", fcfs, "--bogus"} << "unknown option '--bogus'" << true;
    QTest::newRow("missing value")
        << QStringList{"run", fcfs, "--quantum"} << "--quantum needs a value" << true;
    QTest::newRow("value is an option")
        << QStringList{"run", fcfs, "--json", "--quiet"} << "--json needs a value" << true;
    QTest::newRow("bare number") << QStringList{"run", fcfs, "--quantum", "4"} << "needs a unit"
                                 << true;
    QTest::newRow("bad unit") << QStringList{"run", fcfs, "--until", "4parsecs"} << "unknown unit"
                              << true;
    QTest::newRow("zero quantum") << QStringList{"run", fcfs, "--quantum=0"}
                                  << "--quantum must be positive" << true;
    QTest::newRow("negative cost")
        << QStringList{"run", fcfs, "--switch-cost", "-1ms"} << "cannot be negative" << true;
    QTest::newRow("cpus zero") << QStringList{"run", fcfs, "--cpus", "0"} << "--cpus must be"
                               << true;
    QTest::newRow("cpus too many")
        << QStringList{"run", fcfs, "--cpus", "257"} << "1 to 256" << true;
    QTest::newRow("cpus not a number")
        << QStringList{"run", fcfs, "--cpus", "two"} << "--cpus needs a whole number" << true;
    QTest::newRow("negative seed") << QStringList{"run", fcfs, "--seed", "-1"} << "--seed" << true;
    QTest::newRow("python 4") << QStringList{"run", fcfs, "--python", "4"} << "--python" << true;
    QTest::newRow("unknown policy")
        << QStringList{"run", fcfs, "--policy", "fifo"} << "unknown policy 'fifo'" << true;
    QTest::newRow("rr without quantum")
        << QStringList{"run", plain, "--policy", "rr"} << "--policy rr needs a quantum" << true;
    QTest::newRow("flag with value")
        << QStringList{"run", fcfs, "--quiet=yes"} << "--quiet takes no value" << true;
    QTest::newRow("both to stdout") << QStringList{"run", fcfs, "--json", "-", "--trace", "-"}
                                    << "cannot both write to stdout" << true;
    QTest::newRow("unknown command")
        << QStringList{"frobnicate"} << "unknown command 'frobnicate'" << true;
    QTest::newRow("file as command") << QStringList{fcfs} << "did you mean 'timeslice run" << true;
    QTest::newRow("check without files")
        << QStringList{"check"} << "check needs at least one FILE" << true;
    QTest::newRow("compare without policies")
        << QStringList{"compare", fcfs} << "compare needs --policies" << true;
    QTest::newRow("compare empty entry")
        << QStringList{"compare", fcfs, "--policies", "fcfs,,sjf"} << "empty entry" << true;
    QTest::newRow("compare rr without quantum")
        << QStringList{"compare", plain, "--policies", "fcfs,rr"} << "policy 'rr' needs a quantum"
        << true;
    QTest::newRow("compare bad quantum")
        << QStringList{"compare", fcfs, "--policies", "rr:4"} << "needs a unit" << true;

    QTest::newRow("missing file") << QStringList{"run", fixture("missing.json")}
                                  << "missing.json: error: cannot open file" << false;
    QTest::newRow("directory") << QStringList{"run", fixture("")} << "error: " << false;
    QTest::newRow("syntax error") << QStringList{"run", fixture("bad_syntax.json")}
                                  << "bad_syntax.json:3:2: error:" << false;
    QTest::newRow("unknown policy in file")
        << QStringList{"run", fixture("bad_policy.json")}
        << "bad_policy.json:1:24: error: unknown policy" << false;
    QTest::newRow("bad duration in file")
        << QStringList{"run", fixture("bad_duration.json")} << "bad_duration.json:1:" << false;
    QTest::newRow("python syntax error") << QStringList{"run", fixture("bad_syntax.py")}
                                         << "bad_syntax.py:3:6: error: SyntaxError:" << false;
    QTest::newRow("unknown format")
        << QStringList{"run", fixture("unknown.txt")} << "unknown.txt: error: cannot tell" << false;
    QTest::newRow("unwritable json")
        << QStringList{"run", fcfs, "--json", "/nonexistent/dir/r.json"}
        << "/nonexistent/dir/r.json: error: cannot write file" << false;
    QTest::newRow("compare python")
        << QStringList{"compare", fixture("hello.py"), "--policies", "fcfs"}
        << "Python programs are not supported here" << false;
}

void UsageTest::badInput() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(bool, usageHint);
    const cli::CliResult result = runTimeslice(arguments);
    QVERIFY2(!result.crashed, result.err.constData());
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(message), qPrintable("stderr was: " + err));
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QCOMPARE(err.contains(QLatin1String("usage: timeslice")), usageHint);
    // One message: a line, plus the usage line for command-line mistakes.
    QCOMPARE(err.count('\n'), usageHint ? 2 : 1);
}

void UsageTest::helpAndVersion_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{"--help"} << "timeslice run FILE [options]";
    QTest::newRow("-h") << QStringList{"-h"} << "timeslice compare FILE";
    QTest::newRow("help") << QStringList{"help"} << "timeslice check FILE...";
    QTest::newRow("help run") << QStringList{"help", "run"} << "--thread-switch-cost D";
    QTest::newRow("run --help") << QStringList{"run", "--help"} << "--interrupt-at D";
    QTest::newRow("compare -h") << QStringList{"compare", "x.json", "-h"} << "--policies LIST";
    QTest::newRow("--version") << QStringList{"--version"} << "timeslice 0.";
}

void UsageTest::helpAndVersion() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const cli::CliResult result = runTimeslice(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out).contains(expected), result.out.constData());
    QVERIFY(result.err.isEmpty());
}

QTEST_GUILESS_MAIN(UsageTest)
#include "test_Usage.moc"
