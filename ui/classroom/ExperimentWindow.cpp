#include "classroom/ExperimentWindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <sstream>

#include "classroom/ExperimentSetup.h"
#include "classroom/ReadyExperiments.h"
#include "classroom/SweepChart.h"
#include "classroom/SweepCsv.h"
#include "classroom/SweepRunner.h"
#include "classroom/SweepTable.h"
#include "policies/PolicyFactory.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"
#include "window/ChartExporter.h"

namespace ts::ui {

ExperimentWindow::ExperimentWindow(QWidget* parent)
    : QWidget(parent, Qt::Window),
      setup_(new ExperimentSetup),
      chart_(new SweepChart),
      table_(new SweepTable),
      runner_(new SweepRunner(this)),
      scenarioLabel_(new QLabel),
      explanation_(new QLabel),
      status_(new QLabel),
      progress_(new QProgressBar),
      run_(new QPushButton(tr("&Run"))),
      cancel_(new QPushButton(tr("&Cancel"))),
      csv_(new QPushButton(tr("Export &CSV..."))),
      png_(new QPushButton(tr("Export &PNG..."))),
      jobs_(QThread::idealThreadCount()) {
    chart_->clear(tr("Choose a setting and a range, then Run."));
    setWindowTitle(tr("Experiments - timeslice"));
    setObjectName(QStringLiteral("experiments"));
    scenarioLabel_->setWordWrap(true);
    explanation_->setWordWrap(true);
    explanation_->hide();
    status_->setWordWrap(true);
    progress_->setFormat(tr("%v of %m points"));
    progress_->setValue(0);
    run_->setDefault(true);
    cancel_->setEnabled(false);
    csv_->setEnabled(false);
    png_->setEnabled(false);

    auto* ready = new QGroupBox(tr("Ready-made experiments"));
    auto* readyLayout = new QVBoxLayout(ready);
    for (const ReadyExperiment& e : ReadyExperiments::all()) {
        auto* button = new QPushButton(e.title);
        button->setToolTip(e.explanation);
        readyLayout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, e] { runReady(e); });
    }
    auto* own = new QGroupBox(tr("Your experiment"));
    auto* ownLayout = new QVBoxLayout(own);
    ownLayout->addWidget(setup_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(cancel_);
    ownLayout->addLayout(buttons);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(scenarioLabel_);
    sideLayout->addWidget(ready);
    sideLayout->addWidget(own);
    sideLayout->addWidget(progress_);
    sideLayout->addWidget(status_);
    sideLayout->addStretch(1);

    auto* exports = new QHBoxLayout;
    exports->addStretch(1);
    exports->addWidget(csv_);
    exports->addWidget(png_);
    auto* results = new QVBoxLayout;
    results->addWidget(explanation_);
    results->addWidget(chart_, 3);
    results->addWidget(table_, 2);
    results->addLayout(exports);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(side);
    layout->addLayout(results, 1);
    resize(1500, 950);

    connect(run_, &QPushButton::clicked, this, &ExperimentWindow::run);
    connect(cancel_, &QPushButton::clicked, this, &ExperimentWindow::cancel);
    connect(csv_, &QPushButton::clicked, this, &ExperimentWindow::chooseCsv);
    connect(png_, &QPushButton::clicked, this, &ExperimentWindow::choosePng);
    connect(setup_, &ExperimentSetup::measureChanged, this, &ExperimentWindow::showResult);
    connect(runner_, &SweepRunner::progressed, this, &ExperimentWindow::showProgress);
    connect(runner_, &SweepRunner::finished, this, [this] {
        showResult();
        // "Label: number" reads the same for one and for many, in every language.
        QString text = tr("Done. Points: %1; time: %2 s; worker threads: %3.")
                           .arg(runner_->total())
                           .arg(QString::number(static_cast<double>(runner_->elapsedMs()) / 1000.0, 'f', 2))
                           .arg(runner_->threads());
        if (runner_->parameter() == SweepParameter::Quantum && !PolicyFactory::needsQuantum(policy_) &&
            policy_ != "scripted") {
            text += ' ' + tr("Policy %1 takes no quantum, so every point runs the same schedule.")
                              .arg(QString::fromStdString(policy_));
        }
        sweepEnded(text);
    });
    connect(runner_, &SweepRunner::failed, this, [this](const QString& message) {
        sweepEnded(tr("The sweep stopped: %1").arg(message));
    });
    connect(runner_, &SweepRunner::cancelled, this, [this] {
        sweepEnded(tr("Cancelled after %1 of %2 points; the chart still shows the last complete sweep.")
                       .arg(progress_->value())
                       .arg(runner_->total()));
    });
}

ExperimentWindow::~ExperimentWindow() = default;

bool ExperimentWindow::setScenario(const QString& path, const QString& text, QString* error) {
    const QString name = path.isEmpty() ? QStringLiteral("scenario.json") : path;
    SweepScenario scenario;
    std::string title;
    try {
        if (name.endsWith(QStringLiteral(".py"))) {
            scenario.program = loadProgramText(text.toStdString(), name.toStdString());
            title = scenario.program->title;
            policy_ = scenario.program->machine.policy;
            unit_ = "ms";
        } else {
            scenario.workload = loadWorkloadText(text.toStdString(), name.toStdString());
            title = scenario.workload->title;
            policy_ = scenario.workload->machine.policy;
            unit_ = scenario.workload->unit;
        }
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        status_->setText(tr("Cannot use this scenario: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    scenario_ = std::move(scenario);
    name_ = QFileInfo(name).fileName();
    const QString shownTitle = title.empty() ? name_ : QString::fromStdString(title);
    scenarioLabel_->setText(tr("<b>Scenario:</b> %1<br>%2").arg(name_.toHtmlEscaped(), shownTitle.toHtmlEscaped()));
    setup_->setProgram(scenario_.program.has_value());
    explanation_->hide();
    return true;
}

void ExperimentWindow::runReady(const ReadyExperiment& experiment) {
    if (runner_->running()) return;
    if (!setScenario(experiment.file, experiment.text())) return;
    setup_->apply(experiment);
    explanation_->setText(experiment.explanation);
    explanation_->show();
    run();
}

bool ExperimentWindow::run() {
    if (runner_->running()) return false;
    if (!scenario_.program && !scenario_.workload) {
        status_->setText(tr("Open a scenario in the main window first, or choose a ready-made experiment."));
        return false;
    }
    QString error;
    const auto values = setup_->values(&error);
    if (!values) {
        status_->setText(tr("Check the range: %1").arg(error));
        return false;
    }
    if (setup_->parameter() == SweepParameter::InstructionCost && !scenario_.program) {
        status_->setText(tr("The instruction cost is a program's setting; this scenario is a workload."));
        return false;
    }
    if (!runner_->start(scenario_, setup_->parameter(), *values, jobs_)) return false;
    shownName_ = name_;
    shownUnit_ = unit_;
    shownProgram_ = scenario_.program.has_value();
    progress_->setRange(0, static_cast<int>(values->size()));
    progress_->setValue(0);
    status_->setText(tr("Running. Points: %1; worker threads: %2.").arg(values->size()).arg(runner_->threads()));
    run_->setEnabled(false);
    cancel_->setEnabled(true);
    return true;
}

void ExperimentWindow::cancel() {
    if (!runner_->running()) return;
    runner_->cancel();
    cancel_->setEnabled(false);
    status_->setText(tr("Cancelling: the points already running finish first..."));
}

void ExperimentWindow::showProgress(int finished, int total) {
    progress_->setRange(0, total);
    progress_->setValue(finished);
    status_->setText(tr("Running: %1 of %2 points; time: %3 s; worker threads: %4.")
                         .arg(finished)
                         .arg(total)
                         .arg(QString::number(static_cast<double>(runner_->elapsedMs()) / 1000.0, 'f', 1))
                         .arg(runner_->threads()));
}

void ExperimentWindow::sweepEnded(const QString& message) {
    status_->setText(message);
    run_->setEnabled(true);
    cancel_->setEnabled(false);
}

void ExperimentWindow::showResult() {
    const std::vector<SweepPoint>& points = runner_->points();
    const bool any = !points.empty();
    csv_->setEnabled(any);
    png_->setEnabled(any);
    if (!any) return;
    const SweepMeasure measure = setup_->measure();
    const QString title = tr("%1: %2").arg(shownName_, measure.axisTitle(shownUnit_));
    chart_->showPoints(points, runner_->parameter(), measure, shownUnit_, title);
    table_->showPoints(points, runner_->parameter(), measure, shownUnit_, shownProgram_);
}

void ExperimentWindow::closeEvent(QCloseEvent* event) {
    cancel();
    QWidget::closeEvent(event);
}

QString ExperimentWindow::status() const {
    return status_->text();
}

void ExperimentWindow::setPresentationMode(bool on) {
    QFont f = font();
    f.setPointSize(on ? 16 : QFont().pointSize());
    setFont(f);
    chart_->setPresentationMode(on);
    // Qt Charts sizes its labels when a chart is set up, so the chart is drawn anew in the new type.
    if (runner_->points().empty()) {
        chart_->clear(tr("Choose a setting and a range, then Run."));
    } else {
        showResult();
    }
}

bool ExperimentWindow::exportCsv(const QString& path) const {
    std::ostringstream out;
    writeSweepCsv(out, runner_->parameter(), runner_->points());
    return ChartExporter::saveText(QString::fromStdString(out.str()), path);
}

bool ExperimentWindow::exportPng(const QString& path) const {
    return chart_->grab().save(path, "PNG");
}

void ExperimentWindow::chooseCsv() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the points as CSV"), {}, tr("CSV (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path)) QMessageBox::warning(this, tr("Export"), tr("Cannot write %1").arg(path));
}

void ExperimentWindow::choosePng() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the chart as PNG"), {}, tr("PNG (*.png)"));
    if (!path.isEmpty() && !exportPng(path)) QMessageBox::warning(this, tr("Export"), tr("Cannot write %1").arg(path));
}

}  // namespace ts::ui
