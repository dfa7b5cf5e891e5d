// Every scenario in scenarios/ runs to completion (or to its stated time limit) under its own
// settings, and reports exactly what it reported when its fingerprint was pinned — in the dev,
// release and asan builds alike. After an intended change, regenerate the pins with
//   TIMESLICE_UPDATE_FINGERPRINTS=1 ctest -R fingerprints
// and say in the commit why the runs changed.
#include <QtTest>

#include <map>

#include "ProgramSimulation.h"
#include "Simulation.h"
#include "report/Fingerprint.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

using namespace ts;

namespace {

const QString kPinFile = QStringLiteral(TIMESLICE_SOURCE_DIR "/tests/scenarios/fingerprints.txt");

std::map<QString, QString> readPins() {
    std::map<QString, QString> pins;
    QFile f(kPinFile);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return pins;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith('#')) continue;
        const QStringList parts = line.split(' ', Qt::SkipEmptyParts);
        if (parts.size() >= 2) pins[parts[0]] = parts[1];
    }
    return pins;
}

QStringList scenarioFiles() {
    QDir dir(QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios"));
    return dir.entryList({"*.json", "*.py"}, QDir::Files, QDir::Name);
}

}  // namespace

class ScenarioFingerprints : public QObject {
    Q_OBJECT

private slots:
    void everyScenarioMatchesItsPin_data() {
        QTest::addColumn<QString>("file");
        for (const QString& f : scenarioFiles()) QTest::newRow(qPrintable(f)) << f;
    }
    void everyScenarioMatchesItsPin() {
        QFETCH(QString, file);
        const std::string path = (QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + file).toStdString();
        RunReport first, second;
        if (file.endsWith(".py")) {
            ProgramSpec spec = loadProgramFile(path);
            // A traceback names the file: as `timeslice run scenarios/FILE` from the checkout
            // prints it, wherever the checkout is.
            spec.path = "scenarios/" + file.toStdString();
            first = simulateProgram(spec);
            second = simulateProgram(spec);
            // A program may end in the state its scenario shows (a deadlock scenario ends in
            // deadlock); it must never fail on bad input or crash.
            QVERIFY2(first.exitStatus != "error" || file.contains("error"), first.exitMessage.c_str());
        } else {
            const WorkloadSpec spec = loadWorkloadFile(path);
            first = simulateWorkload(spec);
            second = simulateWorkload(spec);
            QVERIFY2(first.exitStatus == "completed" || first.exitStatus == "time-limit",
                     first.exitStatus.c_str());
        }
        const QString fp = QString::fromStdString(Fingerprint::hex(Fingerprint::of(first)));
        QCOMPARE(QString::fromStdString(Fingerprint::hex(Fingerprint::of(second))), fp);
        fingerprints_[file] = fp;
        if (qEnvironmentVariableIsSet("TIMESLICE_UPDATE_FINGERPRINTS")) return;
        const auto pins = readPins();
        const auto it = pins.find(file);
        QVERIFY2(it != pins.end(),
                 qPrintable("no pinned fingerprint for " + file + "; add the line: " + file + " " + fp));
        QCOMPARE(fp, it->second);
    }

    // Every scenario is a lesson: it says what it is and carries captions, and each caption's
    // moment comes in the scenario's own run (captions that drift away from their moments
    // after a change of the kernel or the interpreter show up here).
    void everyScenarioHasATitleAndReachesItsCaptions_data() {
        QTest::addColumn<QString>("file");
        for (const QString& f : scenarioFiles()) QTest::newRow(qPrintable(f)) << f;
    }
    void everyScenarioHasATitleAndReachesItsCaptions() {
        QFETCH(QString, file);
        const std::string path =
            (QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + file).toStdString();
        RunReport report;
        if (file.endsWith(".py")) {
            ProgramRunOptions options;
            options.recordSlices = false;
            options.recordDecisions = false;
            report = simulateProgram(loadProgramFile(path), options);
        } else {
            report = simulateWorkload(loadWorkloadFile(path), RunOptions{false, false});
        }
        QVERIFY2(!report.title.empty(), "the scenario has no title");
        QVERIFY2(report.captions.size() >= 2, "the scenario needs captions (docs/captions.md)");
        for (const CaptionRecord& c : report.captions) {
            QVERIFY2(c.t.has_value(), qPrintable(QString("line %1: %2 did not happen")
                                                     .arg(c.line)
                                                     .arg(QString::fromStdString(c.moment))));
        }
    }

    void cleanupTestCase() {
        if (!qEnvironmentVariableIsSet("TIMESLICE_UPDATE_FINGERPRINTS")) return;
        QFile f(kPinFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate));
        f.write("# scenario fingerprint (see tests/scenarios/test_ScenarioFingerprints.cpp)\n");
        for (const auto& [file, fp] : fingerprints_) f.write((file + ' ' + fp + '\n').toUtf8());
    }

private:
    std::map<QString, QString> fingerprints_;
};

QTEST_APPLESS_MAIN(ScenarioFingerprints)
#include "test_ScenarioFingerprints.moc"
