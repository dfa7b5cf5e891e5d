// The random workload dialog: its preview is exactly what `timeslice generate` writes for the
// same settings, the file it makes loads, and a fault in the form disables OK with a message.
#include <QtTest>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "editor/WorkloadGeneratorDialog.h"
#include "scenario/WorkloadLoader.h"
#include "workload/WorkloadGenerator.h"

using namespace ts;
using ts::ui::WorkloadGeneratorDialog;

class TestWorkloadGeneratorDialog : public QObject {
    Q_OBJECT
  private slots:
    void defaultPreviewLoads();
    void previewIsTheGeneratorsOutput();
    void formFaultDisablesOk();
    void periodicPreview_data();
    void periodicPreview();
    void choosingPeriodicTasks();
};

void TestWorkloadGeneratorDialog::defaultPreviewLoads() {
    WorkloadGeneratorDialog dialog;
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(!dialog.text().isEmpty());
    const WorkloadSpec spec = loadWorkloadText(dialog.text().toStdString(), "generated.json");
    QCOMPARE(static_cast<int>(spec.processes.size()), dialog.options()->processes);
    QVERIFY(dialog.commandLine().startsWith(QLatin1String("timeslice generate --processes ")));
}

void TestWorkloadGeneratorDialog::previewIsTheGeneratorsOutput() {
    WorkloadGeneratorOptions options;
    options.processes = 7;
    options.seed = 99;
    options.arrival = ArrivalPattern::uniform(40 * kMillisecond);
    options.cpuBurst = DurationDistribution::normal(12 * kMillisecond, 3 * kMillisecond);
    options.ioBurst = DurationDistribution::fixed(2 * kMillisecond);
    options.cpuBursts = 3;
    options.priorities = PriorityRange{1, 4};
    options.policy = "priority";
    options.cpus = 2;
    WorkloadGeneratorDialog dialog;
    QSignalSpy preview(&dialog, &WorkloadGeneratorDialog::previewChanged);
    dialog.setOptions(options);
    QVERIFY(preview.count() >= 1);
    QCOMPARE(dialog.text(), QString::fromStdString(WorkloadGenerator::generate(options)));
    QCOMPARE(dialog.commandLine(), QString::fromStdString(WorkloadGenerator::commandLine(options)));
    QCOMPARE(preview.last().first().toString(), dialog.text());
    // Another seed, another workload.
    dialog.findChildren<QSpinBox*>().at(1)->setValue(100);
    options.seed = 100;
    QCOMPARE(dialog.text(), QString::fromStdString(WorkloadGenerator::generate(options)));
}

void TestWorkloadGeneratorDialog::formFaultDisablesOk() {
    WorkloadGeneratorOptions options;
    options.policy = "rr";
    options.quantum = 4 * kMillisecond;
    WorkloadGeneratorDialog dialog;
    dialog.setOptions(options);
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    // The quantum field is the last line edit of the form; rr cannot do without it.
    QLineEdit* quantum = nullptr;
    for (QLineEdit* field : dialog.findChildren<QLineEdit*>()) {
        if (field->text() == QLatin1String("4ms")) quantum = field;
    }
    QVERIFY(quantum);
    quantum->clear();
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.text().isEmpty());
    QVERIFY2(dialog.problem().contains(QLatin1String("policy 'rr' needs a quantum")),
             qPrintable(dialog.problem()));
    quantum->setText(QStringLiteral("soon"));
    QVERIFY2(dialog.problem().startsWith(QLatin1String("Quantum: ")), qPrintable(dialog.problem()));
    quantum->setText(QStringLiteral("2"));  // a bare number is in the file's unit
    QVERIFY(ok->isEnabled());
    const QString written = QStringLiteral("\"quantum\": 2}");
    QVERIFY(dialog.text().contains(written));
}

void TestWorkloadGeneratorDialog::periodicPreview_data() {
    QTest::addColumn<int>("tasks");
    QTest::addColumn<double>("utilisation");
    QTest::addColumn<qint64>("shortest");  // ms
    QTest::addColumn<qint64>("longest");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("problem");  // "" when the set is made
    QTest::newRow("rm, under the bound") << 3 << 0.7 << 10LL << 100LL << "rm"
                                         << "";
    QTest::newRow("edf, full") << 5 << 1.0 << 5LL << 50LL << "edf"
                               << "";
    QTest::newRow("one period") << 2 << 0.5 << 20LL << 20LL << "rm"
                                << "";
    QTest::newRow("a task above 1") << 2 << 2.5 << 10LL << 100LL << "rm"
                                    << "the utilisation must be at most the number of tasks";
    QTest::newRow("periods reversed") << 2 << 0.5 << 100LL << 10LL << "rm"
                                      << "the shortest period is above the longest";
}

// The periodic preview is the generator's file for the same settings, and it loads.
void TestWorkloadGeneratorDialog::periodicPreview() {
    QFETCH(int, tasks);
    QFETCH(double, utilisation);
    QFETCH(qint64, shortest);
    QFETCH(qint64, longest);
    QFETCH(QString, policy);
    QFETCH(QString, problem);
    WorkloadGeneratorOptions options;
    options.seed = 5;
    options.policy = policy.toStdString();
    options.periodic =
        PeriodicTaskSet{tasks, utilisation, shortest * kMillisecond, longest * kMillisecond};
    WorkloadGeneratorDialog dialog;
    dialog.setOptions(options);
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
    QCOMPARE(ok->isEnabled(), problem.isEmpty());
    if (!problem.isEmpty()) {
        QVERIFY(dialog.text().isEmpty());
        return;
    }
    QVERIFY(dialog.options()->periodic);
    QCOMPARE(dialog.text(), QString::fromStdString(WorkloadGenerator::generate(options)));
    QCOMPARE(dialog.commandLine(), QString::fromStdString(WorkloadGenerator::commandLine(options)));
    const WorkloadSpec spec = loadWorkloadText(dialog.text().toStdString(), "tasks.json");
    QCOMPARE(static_cast<int>(spec.processes.size()), tasks);
    QVERIFY(spec.processes.front().period > 0);
}

// Switching to periodic tasks shows their fields, hides the bursts' and picks rm.
void TestWorkloadGeneratorDialog::choosingPeriodicTasks() {
    WorkloadGeneratorDialog dialog;
    QComboBox* kind = dialog.findChildren<QComboBox*>().first();
    QDoubleSpinBox* utilisation = dialog.findChild<QDoubleSpinBox*>();
    QVERIFY(utilisation->isHidden());
    kind->setCurrentIndex(kind->findData(QStringLiteral("tasks")));
    QVERIFY(!utilisation->isHidden());
    QVERIFY(dialog.findChildren<QSpinBox*>().first()->isHidden());  // the processes
    QCOMPARE(dialog.options()->policy, std::string("rm"));
    QCOMPARE(dialog.options()->quantum, Time{0});
    // Only the periods and the (empty) quantum show; no burst field floats over the form.
    QStringList shown;
    for (QLineEdit* field : dialog.findChildren<QLineEdit*>()) {
        if (field->isVisibleTo(&dialog) && !qobject_cast<QAbstractSpinBox*>(field->parent())) {
            shown << field->text();
        }
    }
    QCOMPARE(shown, (QStringList{"10ms", "100ms", ""}));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(dialog.commandLine().startsWith(QLatin1String("timeslice generate --tasks 5 ")));
    utilisation->setValue(0.9);
    QVERIFY(dialog.commandLine().contains(QLatin1String("--utilisation 0.9 ")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("processes")));
    QVERIFY(utilisation->isHidden());
    QVERIFY(dialog.commandLine().startsWith(QLatin1String("timeslice generate --processes ")));
}

QTEST_MAIN(TestWorkloadGeneratorDialog)
#include "test_WorkloadGeneratorDialog.moc"
