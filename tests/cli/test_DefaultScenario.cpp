// `timeslice` with no arguments opens the window on the default scenario; with no display to
// open it on (ctest runs with QT_QPA_PLATFORM=offscreen, like a terminal over ssh) it shows
// that run as text. `timeslice gui` without a display says why it cannot open a window, and a
// build without Qt says that its GUI is missing. The overview help names what this build does.
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
    void runsTheDefaultScenarioAsText();
    void guiWithoutADisplaySaysWhy();
    void overviewDescribesThisBuild();
};

void DefaultScenarioTest::runsTheDefaultScenarioAsText() {
    if (!QFileInfo::exists(QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/default.json"))) {
        QSKIP("scenarios/default.json is not in the source tree");
    }
    QCOMPARE(qgetenv("QT_QPA_PLATFORM"), QByteArray("offscreen"));  // no display: text
    const cli::CliResult result = runTimeslice({});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.contains("\nCPU 0 |"));
    QVERIFY(result.out.contains("Process metrics"));
    QVERIFY(result.out.contains("CPU utilisation"));
}

void DefaultScenarioTest::guiWithoutADisplaySaysWhy() {
    const cli::CliResult result = runTimeslice({"gui", "x.json"});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    const QByteArray expected =
        commandLineOnly() ? "GUI is not part of this build" : "no display to open a window on";
    QVERIFY2(result.err.contains(expected), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);  // one message
}

void DefaultScenarioTest::overviewDescribesThisBuild() {
    const cli::CliResult result = runTimeslice({"--help"});
    QCOMPARE(result.exitCode, 0);
    const bool withGui = !commandLineOnly();
    QCOMPARE(result.out.contains("timeslice gui [FILE] [options]     the window: Gantt chart"), withGui);
    QCOMPARE(result.out.contains("not in this build"), !withGui);
    QCOMPARE(result.out.contains("the window on the default scenario"), withGui);
}

QTEST_GUILESS_MAIN(DefaultScenarioTest)
#include "test_DefaultScenario.moc"
