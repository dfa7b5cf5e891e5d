// `timeslice` with no arguments: until the GUI is built in, the default scenario
// (scenarios/default.json) runs on the command line.
#include <QtTest>

#include <QFileInfo>

#include "CliRunner.h"

using cli::runTimeslice;

namespace {

bool commandLineOnly() {
    return runTimeslice({"--version"}).out.contains("command line only");
}

}  // namespace

class DefaultScenarioTest : public QObject {
    Q_OBJECT
  private slots:
    // Both are the behaviour until ui/ exists; a build with the GUI skips them.
    void runsTheDefaultScenario();
    void guiSaysItIsMissing();
};

void DefaultScenarioTest::runsTheDefaultScenario() {
    if (!commandLineOnly()) QSKIP("this build has the GUI");
    if (!QFileInfo::exists(QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/default.json"))) {
        QSKIP("scenarios/default.json is not in the source tree");
    }
    const cli::CliResult result = runTimeslice({});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.contains("\nCPU 0 |"));
    QVERIFY(result.out.contains("Process metrics"));
    QVERIFY(result.out.contains("CPU utilisation"));
}

void DefaultScenarioTest::guiSaysItIsMissing() {
    if (!commandLineOnly()) QSKIP("this build has the GUI");
    const cli::CliResult result = runTimeslice({"gui", "x.json"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("GUI is not part of this build"));
}

QTEST_GUILESS_MAIN(DefaultScenarioTest)
#include "test_DefaultScenario.moc"
