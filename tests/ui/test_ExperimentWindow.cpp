// Classroom > Experiments: a sweep run through the window gives exactly the points Sweep::run
// and `timeslice sweep` give for the same scenario (CSV byte for byte), one chart point a value,
// the same results on one worker thread or two, a working Cancel, and the ready-made
// lost-updates experiment at the figures the command line prints.
#include <QtTest>

#include <QAction>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "classroom/ExperimentSetup.h"
#include "classroom/ExperimentWindow.h"
#include "classroom/SweepChart.h"
#include <QGraphicsTextItem>
#include "i18n/InterfaceLanguage.h"
#include "classroom/SweepRunner.h"
#include "classroom/SweepTable.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"
#include "window/MainWindow.h"

using namespace ts;
using ts::ui::ExperimentWindow;
using Kind = ts::ui::SweepMeasure::Kind;

namespace {

QString scenarioPath(const QString& name) {
    return QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + name;
}

QString textOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What `timeslice sweep FILE --param P --values V --csv -` prints.
QByteArray cliCsv(const QString& file, const QString& parameter, const QString& values) {
    QProcess p;
    p.start(QStringLiteral(TIMESLICE_BINARY),
            {QStringLiteral("sweep"), file, QStringLiteral("--param"), parameter, QStringLiteral("--values"), values,
             QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--jobs"), QStringLiteral("2")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) return "timeslice sweep failed: " + p.readAllStandardError();
    return p.readAllStandardOutput();
}

// Everything a point holds, as one comparable text.
std::string describe(const SweepPoint& p) {
    auto t = [](const std::optional<Time>& v) { return v ? std::to_string(*v) : std::string("-"); };
    std::string s = std::to_string(p.value) + " w" + t(p.averageWaiting) + " t" + t(p.averageTurnaround) + " r" +
                    t(p.averageResponse) + " s" + std::to_string(p.contextSwitches) + " u" +
                    std::to_string(p.cpuUtilization) + " e" + std::to_string(p.end) + " " + p.exitStatus;
    for (const std::string& line : p.output) s += " | " + line;
    return s;
}

QStringList describeAll(const std::vector<SweepPoint>& points) {
    QStringList out;
    for (const SweepPoint& p : points) out << QString::fromStdString(describe(p));
    return out;
}

// The form filled in as a user would: the scenario of the library, the setting, its range
// (an empty step: a number of points follows), what to plot, and the worker threads.
bool prepare(ExperimentWindow& w, const QString& scenario, SweepParameter parameter, const QString& from,
             const QString& to, const QString& step, Kind measure, int jobs) {
    const QString path = scenarioPath(scenario);
    if (!w.setScenario(path, textOf(path))) return false;
    w.setup().setParameter(parameter);
    w.setup().setRange(from, to, step);
    w.setup().setMeasure(measure);
    w.setJobs(jobs);
    return true;
}

// Runs the window's sweep and waits for it to end.
bool runAndWait(ExperimentWindow& w) {
    QSignalSpy finished(&w.runner(), &ui::SweepRunner::finished);
    if (!w.run()) return false;
    return finished.wait(180000);
}

QString cell(const QTableWidget& table, int row, int column) {
    const QTableWidgetItem* item = table.item(row, column);
    return item ? item->text() : QString();
}

}  // namespace

// The vertical axis title as the chart draws it (Qt Charts elides what the plot has no room for,
// "Aggiornamenti pe..."); empty when no drawn text starts like it.
QString drawnVerticalTitle(ui::SweepChart& chart) {
    const QString title = chart.verticalTitle();
    for (QGraphicsItem* item : chart.scene()->items()) {
        const auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
        if (text && text->isVisible() && text->rotation() != 0 && !title.isEmpty() &&
            text->toPlainText().startsWith(title.left(4))) {
            return text->toPlainText();
        }
    }
    return {};
}

class TestExperimentWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    // The unlocked counter, swept over three quanta: the window's points are Sweep::run's, the
    // lost updates are what the program itself prints, and the CSV is the command line's.
    void programPointsEqualSweep() {
        const QString path = scenarioPath("race-counter.py");
        ExperimentWindow w;
        QVERIFY(prepare(w, "race-counter.py", SweepParameter::Quantum, "2ms", "8ms", "3ms", Kind::LostUpdates, 2));
        QVERIFY(runAndWait(w));
        QCOMPARE(w.runner().threads(), 2);

        SweepScenario scenario;
        scenario.program = loadProgramFile(path.toStdString());
        const std::vector<std::int64_t> quanta = {2 * kMillisecond, 5 * kMillisecond, 8 * kMillisecond};
        const auto expected = Sweep::run(scenario, SweepParameter::Quantum, quanta, 1);
        QCOMPARE(describeAll(w.runner().points()), describeAll(expected));

        const QList<QPointF> plotted = w.chart().plotted();
        QCOMPARE(plotted.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const SweepPoint& p = expected[static_cast<std::size_t>(i)];
            const std::int64_t lost = 200000 - *p.lastNumberAfter("counter:");
            QCOMPARE(*p.lastNumberAfter("lost updates:"), lost);  // the program's own count
            QCOMPARE(plotted[i], QPointF(2 + 3 * i, static_cast<double>(lost)));
            QCOMPARE(cell(w.table(), i, 0), QString::fromStdString(SweepValues::format(SweepParameter::Quantum, p.value)));
            QCOMPARE(cell(w.table(), i, 1), QString::number(*p.lastNumberAfter("counter:")));
            QCOMPARE(cell(w.table(), i, 2), QString("200000"));
            QCOMPARE(cell(w.table(), i, 3), QString::number(lost));
        }
        QCOMPARE(w.chart().horizontalTitle(), QString("Quantum (ms)"));
        QCOMPARE(w.chart().verticalTitle(), QString("Lost updates"));
        QVERIFY2(w.status().startsWith("Done. Points: 3; time: "), qPrintable(w.status()));
        QVERIFY2(w.status().endsWith(" s; worker threads: 2."), qPrintable(w.status()));

        // A typed expected total gives the same losses as the line that prints it.
        w.setup().setLabels("counter:", "200000");
        QCOMPARE(w.chart().plotted(), plotted);
        // The number itself, without subtracting.
        w.setup().setMeasure(Kind::PrintedNumber);
        QCOMPARE(w.chart().plotted()[1].y(), static_cast<double>(*expected[1].lastNumberAfter("counter:")));

        QTemporaryDir dir;
        const QString csv = dir.filePath("sweep.csv");
        QVERIFY(w.exportCsv(csv));
        QCOMPARE(bytesOf(csv), cliCsv(path, "quantum", "2ms:8ms:3ms"));
        const QString png = dir.filePath("sweep.png");
        QVERIFY(w.exportPng(png));
        QVERIFY(!QImage(png).isNull());
    }

    // A workload, swept by a number of points rather than a step, on one worker thread and on
    // two: identical points, one chart point a value, the textbook's waiting time at 4 ms.
    void workloadSameForOneAndTwoJobs() {
        const QString path = scenarioPath("silberschatz-rr.json");
        QStringList runs[2];
        for (int jobs : {1, 2}) {
            ExperimentWindow w;
            QVERIFY(prepare(w, "silberschatz-rr.json", SweepParameter::Quantum, "1ms", "10ms", "", Kind::AverageWaiting,
                            jobs));
            w.setup().setPointCount(10);
            QVERIFY(runAndWait(w));
            QCOMPARE(w.runner().threads(), jobs);
            runs[jobs - 1] = describeAll(w.runner().points());
            const QList<QPointF> plotted = w.chart().plotted();
            QCOMPARE(plotted.size(), 10);
            // Quantum 4 ms: waiting 17/3 ms on average (Silberschatz), rounded to the nanosecond.
            QCOMPARE(plotted[3], QPointF(4, 5.666667));
            QCOMPARE(cell(w.table(), 3, 1), QString("5.667"));
            QCOMPARE(w.chart().verticalTitle(), QString("Avg waiting (ms)"));
            if (jobs == 2) {
                QTemporaryDir dir;
                QVERIFY(w.exportCsv(dir.filePath("w.csv")));
                QCOMPARE(bytesOf(dir.filePath("w.csv")), cliCsv(path, "quantum", "1ms:10ms:1ms"));
            }
        }
        QCOMPARE(runs[1], runs[0]);
        SweepScenario scenario;
        scenario.workload = loadWorkloadFile(path.toStdString());
        std::vector<std::int64_t> quanta;
        for (int q = 1; q <= 10; ++q) quanta.push_back(q * kMillisecond);
        QCOMPARE(runs[0], describeAll(Sweep::run(scenario, SweepParameter::Quantum, quanta, 1)));
    }

    // Cancel: no point is started after it, the sweep ends as cancelled, the chart keeps the
    // last complete sweep, and the next run works.
    void cancelStopsTheSweep() {
        ExperimentWindow w;
        QVERIFY(prepare(w, "race-counter.py", SweepParameter::Seed, "1", "40", "1", Kind::LostUpdates, 1));
        QSignalSpy progressed(&w.runner(), &ui::SweepRunner::progressed);
        QSignalSpy cancelled(&w.runner(), &ui::SweepRunner::cancelled);
        QSignalSpy finished(&w.runner(), &ui::SweepRunner::finished);
        QVERIFY(w.run());
        QVERIFY(!w.run());  // one sweep at a time
        QVERIFY(progressed.wait(60000));
        w.cancel();
        QVERIFY(cancelled.wait(60000));
        QVERIFY(!w.runner().running());
        QCOMPARE(finished.count(), 0);
        QVERIFY(progressed.count() < 40);
        QVERIFY2(w.status().startsWith("Cancelled after"), qPrintable(w.status()));
        QVERIFY(w.chart().plotted().isEmpty());
        QVERIFY(w.runner().points().empty());

        w.setup().setRange("3", "4", "1");
        QVERIFY(runAndWait(w));
        QCOMPARE(w.chart().plotted().size(), 2);

        // Closing the window cancels its sweep too.
        w.setup().setRange("1", "40", "1");
        w.show();
        QVERIFY(w.run());
        w.close();
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(cancelled.count(), 2);
        QCOMPARE(w.chart().plotted().size(), 2);  // the last complete sweep stays
    }

    // A bad range is refused with the command line's words; nothing runs.
    void badRangeSaysWhy() {
        ExperimentWindow w;
        QVERIFY(prepare(w, "silberschatz-rr.json", SweepParameter::Quantum, "5ms", "1ms", "1ms", Kind::AverageWaiting, 1));
        QVERIFY(!w.run());
        QCOMPARE(w.status(), QString("Check the range: the range ends (1ms) before it starts (5ms)"));
        w.setup().setRange("1ms", "5ms", "4");
        QVERIFY(!w.run());
        QVERIFY2(w.status().contains("step '4'"), qPrintable(w.status()));
        QVERIFY(!w.runner().running());
        QString error;
        QVERIFY(!w.setScenario("broken.json", "{\"machine\": 3}", &error));
        QVERIFY2(error.startsWith("broken.json:1:"), qPrintable(error));
        QCOMPARE(w.scenarioName(), QString("silberschatz-rr.json"));  // the last good one stays
    }

    // The ready-made experiments, one click each, at the figures `timeslice sweep` prints:
    // --param quantum --values 1ms:15ms:1ms on scenarios/race-counter.py (the lost updates), and
    // 1ms:20ms:1ms on scenarios/rr-quantum-tradeoff.json (the average waiting in ms).
    void readyMade_data() {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("points");
        QTest::addColumn<QList<QPointF>>("pinned");
        QTest::addColumn<QString>("screenshot");
        QTest::newRow("lost updates") << "Lost updates vs quantum" << "race-counter.py" << 15
                                      << QList<QPointF>{{1, 114003}, {5, 39934}, {6, 66187}, {10, 0}}
                                      << "experiments-lost-updates";
        QTest::newRow("average waiting") << "Average waiting vs quantum" << "rr-quantum-tradeoff.json" << 20
                                         << QList<QPointF>{{1, 51}, {3, 30.25}, {7, 26}, {12, 15.5}, {20, 15.5}}
                                         << "experiments-average-waiting";
    }
    void readyMade() {
        QFETCH(QString, button);
        QFETCH(QString, scenario);
        QFETCH(int, points);
        QFETCH(QList<QPointF>, pinned);
        QFETCH(QString, screenshot);
        ExperimentWindow w;
        w.resize(1920, 1080);
        w.show();
        QPushButton* ready = nullptr;
        for (QPushButton* b : w.findChildren<QPushButton*>()) {
            if (b->text() == button) ready = b;
        }
        QVERIFY(ready);
        QSignalSpy finished(&w.runner(), &ui::SweepRunner::finished);
        ready->click();
        QVERIFY(finished.wait(180000));
        QCOMPARE(w.scenarioName(), scenario);
        const QList<QPointF> plotted = w.chart().plotted();
        QCOMPARE(plotted.size(), points);
        for (const QPointF& p : pinned) QCOMPARE(plotted[static_cast<int>(p.x()) - 1], p);
        if (const QByteArray dir = qgetenv("TIMESLICE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            const QString base = QString::fromLocal8Bit(dir) + '/' + screenshot;
            w.grab().save(base + ".png");
            w.setPresentationMode(true);
            QTest::qWait(100);  // the new type is laid out
            w.grab().save(base + "-presentation.png");
        }
        // In presentation type the vertical axis title is whole, not cut to "Lost upd...": its
        // text in its font is no longer than the plot is high.
        w.setPresentationMode(true);
        QTest::qWait(300);  // the window and the chart lay out the new type
        QCOMPARE(drawnVerticalTitle(w.chart()), w.chart().verticalTitle());
    }

    // Italian's longer title ("Aggiornamenti persi") on a 1920x1080 projector in presentation type.
    void italianAxisTitleFitsInPresentation() {
        ui::InterfaceLanguage::apply(ui::InterfaceLanguage::Choice::Italian);
        struct English {
            ~English() { ui::InterfaceLanguage::apply(ui::InterfaceLanguage::Choice::English); }
        } restore;
        ExperimentWindow w;
        w.resize(1920, 1080);
        w.show();
        QPushButton* ready = nullptr;
        for (QPushButton* b : w.findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Aggiornamenti persi al variare del quanto")) ready = b;
        }
        QVERIFY(ready);
        QSignalSpy finished(&w.runner(), &ui::SweepRunner::finished);
        ready->click();
        QVERIFY(finished.wait(180000));
        QCOMPARE(w.chart().verticalTitle(), QStringLiteral("Aggiornamenti persi"));
        w.setPresentationMode(true);
        QTest::qWait(300);  // the window and the chart lay out the new type
        QCOMPARE(drawnVerticalTitle(w.chart()), w.chart().verticalTitle());
        if (const QByteArray dir = qgetenv("TIMESLICE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(100);
            w.grab().save(QString::fromLocal8Bit(dir) + "/experiments-lost-updates-it-presentation.png");
        }
    }

    // Classroom > Experiments (sweep)... opens the window on the scenario open in the main window.
    void reachedFromTheClassroomMenu() {
        ui::MainWindow main;
        QVERIFY(main.openScenario(scenarioPath("rr-quantum-tradeoff.json")));
        QAction* action = nullptr;
        for (QAction* menu : main.menuBar()->actions()) {
            if (menu->text() != "&Classroom") continue;
            for (QAction* a : menu->menu()->actions()) {
                if (a->text() == "&Experiments (sweep)...") action = a;
            }
        }
        QVERIFY(action);
        action->trigger();
        auto* w = main.findChild<ExperimentWindow*>();
        QVERIFY(w);
        QVERIFY(w->isVisible());
        QCOMPARE(w->scenarioName(), QString("rr-quantum-tradeoff.json"));
        action->trigger();
        QCOMPARE(main.findChildren<ExperimentWindow*>().size(), 1);  // the same window again
        // Presenting (F5) after it opened: it takes the projector's type too, and gives it back.
        const int normal = w->font().pointSize();
        main.setPresentationMode(true);
        QVERIFY(w->font().pointSize() > normal);
        main.setPresentationMode(false);
        QCOMPARE(w->font().pointSize(), normal);
    }
};

QTEST_MAIN(TestExperimentWindow)
#include "test_ExperimentWindow.moc"
