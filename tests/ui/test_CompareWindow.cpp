// Classroom > Compare policies: for textbook workloads, one small Gantt chart and one bar per
// chosen policy; the bars hold the averages `timeslice compare` computes for the same workload
// (through the command line's own comparison code, simulated without recording); the exports
// equal the executable's --csv and --json files byte for byte; every chart paints on one time
// axis, so the thread on the CPU at any instant is at the same x in all of them.
#include <QtTest>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QtCharts/QBarSet>

#include "../cli/CliRunner.h"
#include "classroom/CompareSetup.h"
#include "classroom/CompareWindow.h"
#include "classroom/ComparisonCharts.h"
#include "classroom/ComparisonRuns.h"
#include "classroom/PolicyComparison.h"
#include "classroom/PolicyGantt.h"
#include "classroom/SharedTimeAxis.h"
#include "i18n/InterfaceLanguage.h"
#include "model/RunRecording.h"
#include "scenario/WorkloadLoader.h"
#include "window/MainWindow.h"

using namespace ts;
using namespace ts::ui;
using Metric = ComparisonCharts::Metric;

namespace {

QString scenario(const QString& name) { return QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + name; }

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What `timeslice compare` computes: the same choices, each run by simulateWorkload.
std::vector<ComparisonRow> cliRows(const WorkloadSpec& spec, const QString& cliPolicies) {
    std::vector<PolicyChoice> choices;
    for (const QString& entry : cliPolicies.split(QLatin1Char(','))) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        PolicyChoice choice{parts[0].toStdString(), std::nullopt};
        if (parts.size() > 1) choice.quantum = static_cast<Time>(parts[1].chopped(2).toDouble() * 1e6);
        choices.push_back(choice);
    }
    return PolicyComparison::run(spec, choices);
}

}  // namespace

class TestCompareWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CompareWindow> openOn(const QString& file, const QStringList& policies, const QString& rrQuanta) {
        auto window = std::make_unique<CompareWindow>(loadWorkloadFile(file.toStdString()), GanttStyle());
        window->setup().choose(policies);
        window->setup().setQuanta(QStringLiteral("rr"), rrQuanta);
        window->resize(1920, 1080);
        window->show();
        if (!window->compare()) qWarning() << window->errorText();
        finish(*window);
        return window;
    }
    // The runs happen on a worker thread: wait for them, then for the layout to settle.
    static void finish(const CompareWindow& window) {
        if (!QTest::qWaitFor([&window] { return !window.isComparing(); }, 60000)) qWarning() << "still comparing";
        QTest::qWait(50);
    }

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    void oneClickFromTheClassroomMenu() {
        // Classroom > Compare policies... opens on the workload open in the main window, with the
        // textbook set: fcfs, sjf, srtf, priority, rr at the workload's quantum and four times it.
        MainWindow main;
        QVERIFY(main.openScenario(scenario(QStringLiteral("silberschatz-rr.json"))));
        QAction* action = nullptr;
        for (QAction* a : main.findChildren<QAction*>()) {
            if (a->text() == QStringLiteral("&Compare policies...")) action = a;
        }
        QVERIFY(action);
        action->trigger();
        const auto windows = main.findChildren<CompareWindow*>();
        QCOMPARE(windows.size(), 1);
        const CompareWindow* window = windows.front();
        QVERIFY(window->isVisible());
        finish(*window);
        QStringList labels;
        for (const PolicyGantt* g : window->gantts()) labels << QString::fromStdString(g->row().label);
        QCOMPARE(labels, (QStringList{"fcfs", "sjf", "srtf", "priority", "rr:4ms", "rr:16ms"}));
        QCOMPARE(window->charts().bars(Metric::Waiting)->at(0), 17.0);
        // Presenting (F5) after it opened: it takes the projector's type and charts too, and
        // gives them back.
        const int normal = window->font().pointSize();
        const int strip = window->gantts().front()->height();
        main.setPresentationMode(true);
        QVERIFY(window->ganttStyle().presentation());
        QVERIFY(window->font().pointSize() > normal);
        QVERIFY(window->gantts().front()->height() > strip);
        main.setPresentationMode(false);
        QVERIFY(!window->ganttStyle().presentation());
        QCOMPARE(window->font().pointSize(), normal);
        QCOMPARE(window->gantts().front()->height(), strip);
        QCOMPARE(window->charts().bars(Metric::Waiting)->at(0), 17.0);
    }

    void comparesLikeTheCommandLine_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("policies");
        QTest::addColumn<QString>("rrQuanta");
        QTest::addColumn<QString>("cliPolicies");  // the same runs as `--policies` writes them, in the list's order
        QTest::newRow("silberschatz: textbook set") << scenario(QStringLiteral("silberschatz-rr.json"))
            << QStringList{"fcfs", "sjf", "srtf", "rr", "priority"} << QStringLiteral("4ms, 16ms")
            << QStringLiteral("fcfs,sjf,srtf,priority,rr:4ms,rr:16ms");
        QTest::newRow("stallings: with hrrn and cfs") << scenario(QStringLiteral("stallings-five-processes.json"))
            << QStringList{"fcfs", "srtf", "hrrn", "rr", "cfs"} << QStringLiteral("1ms")
            << QStringLiteral("fcfs,srtf,hrrn,rr:1ms,cfs");
        QTest::newRow("cfs-fairness: repeating work, cut at 300 ms") << scenario(QStringLiteral("cfs-fairness.json"))
            << QStringList{"fcfs", "rr", "cfs"} << QStringLiteral("4ms")
            << QStringLiteral("fcfs,rr:4ms,cfs");
        QTest::newRow("multi-cpu: two CPUs") << scenario(QStringLiteral("multi-cpu.json"))
            << QStringList{"fcfs", "sjf", "rr"} << QStringLiteral("2ms")
            << QStringLiteral("fcfs,sjf,rr:2ms");
    }
    void comparesLikeTheCommandLine() {
        QFETCH(QString, file);
        QFETCH(QStringList, policies);
        QFETCH(QString, rrQuanta);
        QFETCH(QString, cliPolicies);
        const auto window = openOn(file, policies, rrQuanta);
        QVERIFY2(window->errorText().isEmpty(), qPrintable(window->errorText()));
        const WorkloadSpec spec = loadWorkloadFile(file.toStdString());
        const std::vector<ComparisonRow> expected = cliRows(spec, cliPolicies);
        const int n = static_cast<int>(expected.size());

        // One small Gantt chart per run, headed by its policy, in the order chosen.
        QCOMPARE(window->gantts().size(), n);
        QVERIFY(window->statusText().startsWith(QStringLiteral("%1 runs simulated in ").arg(n)));
        QStringList labels;
        for (const ComparisonRow& row : expected) labels << QString::fromStdString(row.label);
        for (int i = 0; i < n; ++i) {
            QCOMPARE(QString::fromStdString(window->gantts()[i]->row().label), labels[i]);
            QVERIFY(window->gantts()[i]->heading().startsWith(labels[i] + QLatin1Char(' ')));
        }
        // The rows behind them equal the command line's, number for number.
        const std::vector<ComparisonRow>& shown = window->runs()->rows();
        for (int i = 0; i < n; ++i) {
            const ComparisonRow& a = shown[static_cast<std::size_t>(i)];
            const ComparisonRow& b = expected[static_cast<std::size_t>(i)];
            QCOMPARE(a.averages.waiting, b.averages.waiting);
            QCOMPARE(a.averages.turnaround, b.averages.turnaround);
            QCOMPARE(a.averages.response, b.averages.response);
            QCOMPARE(a.contextSwitches, b.contextSwitches);
            QCOMPARE(a.end, b.end);
            QCOMPARE(a.exitStatus, b.exitStatus);
        }
        // One bar per run in each chart, holding the command line's averages in the unit.
        const double unit = static_cast<double>(TimeAxis::unitNs(spec.unit));
        for (int m = 0; m < ComparisonCharts::kMetrics; ++m) {
            const auto metric = static_cast<Metric>(m);
            const QBarSet* bars = window->charts().bars(metric);
            QVERIFY(bars);
            QCOMPARE(bars->count(), n);
            QCOMPARE(window->charts().categories(metric), labels);
            for (int i = 0; i < n; ++i) {
                const ComparisonRow& b = expected[static_cast<std::size_t>(i)];
                const auto time = [unit](const std::optional<Time>& t) {
                    return t ? static_cast<double>(*t) / unit : 0.0;
                };
                const double want = metric == Metric::Waiting      ? time(b.averages.waiting)
                                    : metric == Metric::Turnaround ? time(b.averages.turnaround)
                                    : metric == Metric::Response   ? time(b.averages.response)
                                                                   : static_cast<double>(b.contextSwitches);
                QCOMPARE(bars->at(i), want);
            }
        }
    }

    void textbookAveragesAreTheExercise() {
        // Silberschatz's exercise, independently of any code: FCFS waits 17 ms on average,
        // SJF 3 ms, RR with a 4 ms quantum 17/3 ms.
        const auto window = openOn(scenario(QStringLiteral("silberschatz-rr.json")),
                                   {"fcfs", "sjf", "rr"}, QStringLiteral("4ms"));
        const QBarSet* waiting = window->charts().bars(Metric::Waiting);
        QVERIFY(waiting);
        QCOMPARE(waiting->at(0), 17.0);
        QCOMPARE(waiting->at(1), 3.0);
        QCOMPARE(window->runs()->rows()[2].averages.waiting, std::optional<Time>(5'666'667));
    }

    void exportsEqualTheCommandLineFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("silberschatz-rr") << scenario(QStringLiteral("silberschatz-rr.json"));
        QTest::newRow("stallings") << scenario(QStringLiteral("stallings-five-processes.json"));
    }
    void exportsEqualTheCommandLineFiles() {
        QFETCH(QString, file);
        const auto window = openOn(file, {"fcfs", "sjf", "srtf", "rr", "priority"}, QStringLiteral("2ms, 8ms"));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("gui.csv"));
        const QString json = dir.filePath(QStringLiteral("gui.json"));
        const QString png = dir.filePath(QStringLiteral("gui.png"));
        QVERIFY(window->saveCsv(csv));
        QVERIFY(window->saveJson(json));
        const QString policies = QStringLiteral("fcfs,sjf,srtf,priority,rr:2ms,rr:8ms");
        const cli::CliResult csvRun = cli::runTimeslice({"compare", file, "--policies", policies, "--csv", "-"});
        const cli::CliResult jsonRun = cli::runTimeslice({"compare", file, "--policies", policies, "--json", "-"});
        QCOMPARE(csvRun.exitCode, 0);
        QCOMPARE(jsonRun.exitCode, 0);
        QCOMPARE(readFile(csv), csvRun.out);
        QCOMPARE(readFile(json), jsonRun.out);
        // The PNG holds every Gantt chart, above the bar charts.
        QVERIFY(window->savePng(png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= window->charts().width());
        QVERIFY(image.height() >= window->gantts().size() * window->gantts().front()->height() +
                                      window->charts().height());
    }

    void chartsShareOneTimeAxis() {
        const auto window = openOn(scenario(QStringLiteral("stallings-five-processes.json")),
                                   {"fcfs", "srtf", "rr"}, QStringLiteral("1ms, 4ms"));
        const QList<PolicyGantt*>& gantts = window->gantts();
        QCOMPARE(gantts.size(), 4);
        const TimeAxis& axis = window->timeAxis().axis();
        // Fitted to the longest run: time 0 at the left edge, its end within the last pixel.
        const Time end = window->runs()->end();
        QCOMPARE(axis.start, Time{0});
        QVERIFY(axis.end() >= end && axis.timeAt(axis.width - 1) < end);
        for (PolicyGantt* g : gantts) {
            QCOMPARE(g->chartRect().left(), gantts.front()->chartRect().left());
            QCOMPARE(g->chartRect().width(), axis.width);
            QCOMPARE(g->mapTo(window.get(), g->chartRect().topLeft()).x(),
                     gantts.front()->mapTo(window.get(), gantts.front()->chartRect().topLeft()).x());
        }
        // A zoom in one chart zooms them all: wheel over the second chart.
        const double before = axis.nsPerPixel;
        QWheelEvent wheel(QPointF(gantts[1]->chartRect().center()), QPointF(), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(gantts[1], &wheel);
        QVERIFY(window->timeAxis().axis().nsPerPixel < before);
        // Every chart paints its own run on that axis: at sampled instants, the CPU lane's
        // pixel is the colour of the thread the run had on the CPU then.
        const GanttStyle style;
        for (int i = 0; i < gantts.size(); ++i) {
            const QImage image = gantts[i]->grab().toImage();
            const QRect chart = gantts[i]->chartRect();
            const RunRecording& run = window->runs()->recording(i);
            int checked = 0;
            for (int x = 0; x < chart.width(); x += 23) {
                const int from = run.stateAt(window->timeAxis().axis().timeAt(x)).cpus[0].tid;
                const int to = run.stateAt(window->timeAxis().axis().timeAt(x + 1) - 1).cpus[0].tid;
                if (from < 0 || from != to) continue;  // idle, or a switch inside the column
                // Below the timer interrupts' marks, above the names written in the lane.
                const QColor seen = image.pixelColor(chart.left() + x, chart.top() + 12);
                QCOMPARE(seen, style.threadColour(from));
                ++checked;
            }
            QVERIFY(checked > 10);
        }
    }

    void programsAreRefusedPlainly() {
        QString error;
        QVERIFY(!CompareWindow::workloadOf(QStringLiteral("print('hi')\n"), QStringLiteral("race.py"), &error));
        QVERIFY(error.contains(QStringLiteral("needs a workload")));
        QVERIFY(error.contains(QStringLiteral("race.py")));
    }

    void badInputSaysWhere() {
        QString error;
        QVERIFY(!CompareWindow::workloadOf(QStringLiteral("{\n  \"processes\": [,]\n}\n"),
                                           QStringLiteral("broken.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.json:2:")), qPrintable(error));
        // A quantum that cannot be read keeps the last comparison and says which one.
        const auto window = openOn(scenario(QStringLiteral("silberschatz-rr.json")), {"fcfs", "rr"}, QStringLiteral("4ms"));
        QCOMPARE(window->gantts().size(), 2);
        window->setup().setQuanta(QStringLiteral("rr"), QStringLiteral("4 parsecs"));
        QVERIFY(!window->compare());
        QVERIFY2(window->errorText().startsWith(QStringLiteral("rr quantum '4'")) ||
                     window->errorText().startsWith(QStringLiteral("rr quantum 'parsecs'")),
                 qPrintable(window->errorText()));
        QCOMPARE(window->gantts().size(), 2);
    }

    void aFailedRunSaysWhy() {
        // A workload process that runs a program cannot be compared (nor run) by this version.
        const auto window = openOn(QStringLiteral(TIMESLICE_SOURCE_DIR "/tests/fixtures/with_program.json"),
                                   {"fcfs"}, QStringLiteral("4ms"));
        QVERIFY(window->gantts().isEmpty());
        QVERIFY2(window->errorText().contains(QStringLiteral("with_program.json:")), qPrintable(window->errorText()));
        QVERIFY(window->errorText().contains(QStringLiteral("program")));
    }

    void longRunsNeitherBlockNorOutliveTheWindow() {
        // Two processes of 100 s under round robin with a 1 us quantum: 2e8 quanta, minutes of
        // work. The window stays responsive, says how far it is, and closing it stops the runs.
        const QString text = QStringLiteral(
            R"({"unit": "ms", "machine": {"cpus": 1}, "processes": [)"
            R"({"name": "A", "bursts": [{"cpu": 100000}]}, {"name": "B", "bursts": [{"cpu": 100000}]}]})");
        auto window = std::make_unique<CompareWindow>(loadWorkloadText(text.toStdString(), "long.json"), GanttStyle());
        window->setup().choose({"fcfs", "rr"});
        window->setup().setQuanta(QStringLiteral("rr"), QStringLiteral("1us"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window->compare());
        QVERIFY(clock.elapsed() < 500);  // returns at once: the runs are on their thread
        QTest::qWait(300);
        QVERIFY(window->isComparing());
        QVERIFY2(window->statusText().startsWith(QStringLiteral("Simulating: 0 of 2 runs done")) ||
                     window->statusText().startsWith(QStringLiteral("Simulating: 1 of 2 runs done")),
                 qPrintable(window->statusText()));
        clock.restart();
        window.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void screenshot() {
        // For looking at: TIMESLICE_SCREENSHOT_DIR=/tmp ctest -R CompareWindow
        const QString dir = qEnvironmentVariable("TIMESLICE_SCREENSHOT_DIR");
        if (dir.isEmpty()) QSKIP("TIMESLICE_SCREENSHOT_DIR not set");
        const auto window = openOn(scenario(QStringLiteral("silberschatz-rr.json")),
                                   {"fcfs", "sjf", "srtf", "rr", "priority"}, QStringLiteral("4ms, 16ms"));
        QVERIFY(window->grab().save(dir + QStringLiteral("/compare-window.png")));
        auto stallings = openOn(scenario(QStringLiteral("stallings-five-processes.json")),
                                {"fcfs", "sjf", "srtf", "rr", "hrrn", "mlfq", "cfs"}, QStringLiteral("4ms"));
        QVERIFY(stallings->grab().save(dir + QStringLiteral("/compare-stallings.png")));
        QVERIFY(stallings->savePng(dir + QStringLiteral("/compare-export.png")));
        // A projector: presentation mode's type, the thread lanes shown.
        CompareWindow large(loadWorkloadFile(scenario(QStringLiteral("silberschatz-rr.json")).toStdString()),
                            GanttStyle(GanttStyle::Palette::Standard, true));
        large.findChild<QCheckBox*>(QStringLiteral("threadLanes"))->setChecked(true);
        large.resize(1920, 1080);
        large.show();
        finish(large);
        QVERIFY(large.grab().save(dir + QStringLiteral("/compare-presentation.png")));
        // In Italian, opened from the main window and then presented (F5).
        InterfaceLanguage::apply(InterfaceLanguage::Choice::Italian);
        {
            MainWindow main;
            QVERIFY(main.openScenario(scenario(QStringLiteral("silberschatz-rr.json"))));
            QFile file(scenario(QStringLiteral("silberschatz-rr.json")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            CompareWindow::openFor(&main, QString::fromUtf8(file.readAll()), file.fileName(), GanttStyle());
            CompareWindow* italian = main.findChild<CompareWindow*>();
            QVERIFY(italian);
            finish(*italian);
            main.setPresentationMode(true);
            italian->resize(1920, 1080);
            QTest::qWait(200);
            QVERIFY(italian->grab().save(dir + QStringLiteral("/compare-it-after-f5.png")));
        }
        InterfaceLanguage::apply(InterfaceLanguage::Choice::English);
    }
};

QTEST_MAIN(TestCompareWindow)
#include "test_CompareWindow.moc"
