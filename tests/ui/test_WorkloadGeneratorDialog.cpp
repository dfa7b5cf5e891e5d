// The random workload dialog: its preview is exactly what `timeslice generate` writes for the
// same settings, the file it makes loads, and a fault in the form disables OK with a message.
#include <QtTest>

#include <QDialogButtonBox>
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

QTEST_MAIN(TestWorkloadGeneratorDialog)
#include "test_WorkloadGeneratorDialog.moc"
