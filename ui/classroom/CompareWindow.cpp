#include "classroom/CompareWindow.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <sstream>

#include "classroom/CompareSetup.h"
#include "classroom/ComparisonCharts.h"
#include "classroom/ComparisonExport.h"
#include "classroom/ComparisonRuns.h"
#include "classroom/PolicyGantt.h"
#include "classroom/SharedTimeAxis.h"
#include "present/ProjectorSizes.h"
#include "scenario/WorkloadLoader.h"

namespace ts::ui {
namespace {

// The setup column's width in the desktop's type and in presentation mode's.
constexpr int kSetupWidth = 340;
constexpr int kProjectorSetupWidth = 460;

bool writeBytes(const std::string& bytes, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    return file.commit();
}

}  // namespace

CompareWindow::CompareWindow(WorkloadSpec spec, const GanttStyle& style, QWidget* parent)
    : QWidget(parent, Qt::Window),
      spec_(std::move(spec)),
      style_(style),
      setup_(new CompareSetup(spec_, this)),
      charts_(new ComparisonCharts),
      axis_(new SharedTimeAxis(this)),
      strips_(new QWidget),
      stripsLayout_(new QVBoxLayout(strips_)),
      title_(new QLabel),
      status_(new QLabel),
      error_(new QLabel),
      threadLanes_(new QCheckBox(tr("Show &thread lanes"))),
      progressTimer_(new QTimer(this)) {
    connect(progressTimer_, &QTimer::timeout, this, &CompareWindow::showProgress);
    setAttribute(Qt::WA_DeleteOnClose, parent != nullptr);
    const QString name = QString::fromStdString(spec_.title.empty() ? spec_.path : spec_.title);
    setWindowTitle(tr("Compare policies: %1 - timeslice").arg(name));
    title_->setText(tr("<b>%1</b> &nbsp; %n CPU(s), times in %2", nullptr, spec_.machine.cpus)
                        .arg(name.toHtmlEscaped(), QString::fromStdString(spec_.unit)));
    title_->setWordWrap(true);
    title_->setContentsMargins(6, 4, 6, 4);
    threadLanes_->setObjectName(QStringLiteral("threadLanes"));
    error_->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    error_->setWordWrap(true);
    error_->hide();
    charts_->setPresentation(style_.presentation());
    applyFont();

    stripsLayout_->setContentsMargins(0, 0, 0, 0);
    stripsLayout_->setSpacing(2);
    stripsLayout_->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(strips_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* fit = new QPushButton(tr("&Fit"));
    fit->setToolTip(tr("Show every run whole (or double click a chart)"));
    connect(fit, &QPushButton::clicked, axis_, &SharedTimeAxis::fit);
    connect(threadLanes_, &QCheckBox::toggled, this, &CompareWindow::setThreadLanes);
    auto* csv = new QPushButton(tr("Export C&SV..."));
    connect(csv, &QPushButton::clicked, this, [this] {
        exportFile(tr("Export the comparison as CSV"), tr("CSV files (*.csv)"), QStringLiteral("-compare.csv"),
                   [this](const QString& path) { return saveCsv(path); });
    });
    auto* json = new QPushButton(tr("Export &JSON..."));
    connect(json, &QPushButton::clicked, this, [this] {
        exportFile(tr("Export the comparison as JSON"), tr("JSON files (*.json)"), QStringLiteral("-compare.json"),
                   [this](const QString& path) { return saveJson(path); });
    });
    auto* png = new QPushButton(tr("Export &PNG..."));
    connect(png, &QPushButton::clicked, this, [this] {
        exportFile(tr("Export the comparison as PNG"), tr("PNG images (*.png)"), QStringLiteral("-compare.png"),
                   [this](const QString& path) { return savePng(path); });
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(fit);
    buttons->addWidget(threadLanes_);
    buttons->addStretch(1);
    buttons->addWidget(csv);
    buttons->addWidget(json);
    buttons->addWidget(png);

    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(title_);
    centreLayout->addWidget(error_);
    centreLayout->addWidget(scroll, 1);
    centreLayout->addLayout(buttons);
    centreLayout->addWidget(status_);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(centre);
    splitter->addWidget(charts_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(setup_);
    layout->addWidget(splitter, 1);
    connect(setup_, &CompareSetup::compareRequested, this, &CompareWindow::compare);
    resize(1600, 900);
    compare();
}

CompareWindow::~CompareWindow() { stopRuns(); }

std::optional<WorkloadSpec> CompareWindow::workloadOf(const QString& text, const QString& path, QString* error) {
    if (path.endsWith(QStringLiteral(".py"))) {
        // Like `timeslice compare`: a program brings its own scheduling settings, and its
        // threads share the interpreter, so per-process averages across policies would say little.
        if (error) {
            *error = tr("Compare policies needs a workload (a .json file of processes and their "
                        "bursts); %1 is a Python program. Open a workload, e.g. "
                        "scenarios/silberschatz-rr.json, and choose Compare policies again.")
                         .arg(QFileInfo(path).fileName());
        }
        return std::nullopt;
    }
    try {
        return loadWorkloadText(text.toStdString(), path.toStdString());
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
    }
    return std::nullopt;
}

void CompareWindow::openFor(QWidget* parent, const QString& text, const QString& path, const GanttStyle& style) {
    QString error;
    std::optional<WorkloadSpec> spec = workloadOf(text, path, &error);
    if (!spec) {
        QMessageBox::information(parent, tr("Compare policies"), error);
        return;
    }
    auto* window = new CompareWindow(std::move(*spec), style, parent);
    window->show();
    window->raise();
}

bool CompareWindow::threadLanesShown() const { return threadLanes_->isChecked(); }

void CompareWindow::showThreadLanes(bool shown) { threadLanes_->setChecked(shown); }

bool CompareWindow::compare() {
    QString message;
    const std::vector<PolicyChoice> choices = setup_->choices(&message);
    if (choices.empty()) {
        showError(message);
        return false;
    }
    stopRuns();
    struct Outcome {
        std::unique_ptr<ComparisonRuns> runs;
        QString error;
    };
    auto progress = std::make_shared<ComparisonRuns::Progress>();
    auto outcome = std::make_shared<Outcome>();
    QThread* worker = QThread::create([spec = spec_, choices, progress, outcome] {
        try {
            outcome->runs = std::make_unique<ComparisonRuns>(spec, choices, progress.get());
        } catch (const ComparisonStopped&) {
            // Replaced by a newer comparison, or the window closed: nothing to show.
        } catch (const std::exception& e) {
            outcome->error = QString::fromUtf8(e.what());
        }
    });
    worker->setParent(this);
    connect(worker, &QThread::finished, this, [this, worker, outcome] {
        worker->deleteLater();
        if (worker != worker_) return;  // stopped and replaced
        worker_ = nullptr;
        progressTimer_->stop();
        setup_->setComparing(false);
        if (outcome->runs) {
            showError({});
            showRuns(std::move(outcome->runs));
        } else {
            showError(outcome->error);
            status_->clear();
        }
    });
    worker_ = worker;
    progress_ = progress;
    runsWanted_ = static_cast<int>(choices.size());
    setup_->setComparing(true);
    showProgress();
    progressTimer_->start(100);
    worker->start();
    return true;
}

void CompareWindow::stopRuns() {
    if (!worker_) return;
    progress_->stop = true;
    worker_->wait();
    worker_ = nullptr;  // its queued `finished` finds itself replaced and only deletes it
    progressTimer_->stop();
    setup_->setComparing(false);
}

void CompareWindow::showProgress() {
    if (!progress_) return;
    status_->setText(tr("Simulating: %1 of %2 runs done...").arg(progress_->finished.load()).arg(runsWanted_));
}

void CompareWindow::showError(const QString& message) {
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
}

void CompareWindow::showRuns(std::unique_ptr<ComparisonRuns> runs) {
    // The charts let go of the old recordings before they are deleted.
    for (PolicyGantt* gantt : gantts_) delete gantt;
    gantts_.clear();
    runs_ = std::move(runs);
    for (int i = 0; i < runs_->size(); ++i) {
        auto* gantt = new PolicyGantt(runs_->recording(i), runs_->rows()[static_cast<std::size_t>(i)], *axis_);
        gantt->setGanttStyle(style_);
        gantt->setThreadLanes(threadLanes_->isChecked());
        stripsLayout_->insertWidget(i, gantt);
        gantts_.append(gantt);
    }
    axis_->setEnd(runs_->end());
    charts_->showRows(runs_->rows(), spec_.unit);
    status_->setText(tr("%1 runs simulated in %2 ms on a worker thread. Wheel: zoom all charts; "
                        "drag: pan; double click: fit.")
                         .arg(runs_->size())
                         .arg(static_cast<double>(runs_->elapsedMicroseconds()) / 1000.0, 0, 'f', 1));
}

void CompareWindow::setGanttStyle(const GanttStyle& style) {
    style_ = style;
    applyFont();
    charts_->setPresentation(style_.presentation());
    for (PolicyGantt* gantt : gantts_) gantt->setGanttStyle(style_);
    // Qt Charts sizes its labels when a chart is set up: the bar charts are drawn anew.
    if (runs_) charts_->showRows(runs_->rows(), spec_.unit);
}

void CompareWindow::applyFont() {
    QFont f = font();
    f.setPointSize(style_.presentation() ? ProjectorSizes::kInterfacePoints : QFont().pointSize());
    setFont(f);
    // The policies' names keep their room in the larger type; their descriptions may be cut
    // short, so that the charts keep theirs on a 1920-pixel projector.
    setup_->setMaximumWidth(style_.presentation() ? kProjectorSetupWidth : kSetupWidth);
}

void CompareWindow::setThreadLanes(bool shown) {
    for (PolicyGantt* gantt : gantts_) gantt->setThreadLanes(shown);
}

QString CompareWindow::statusText() const { return status_->text(); }

QString CompareWindow::errorText() const { return error_->isVisible() ? error_->text() : QString(); }

bool CompareWindow::saveCsv(const QString& path) const {
    if (!runs_) return false;
    std::ostringstream out;
    ComparisonExport(spec_, runs_->rows()).writeCsv(out);
    return writeBytes(out.str(), path);
}

bool CompareWindow::saveJson(const QString& path) const {
    if (!runs_) return false;
    std::ostringstream out;
    ComparisonExport(spec_, runs_->rows()).writeJson(out);
    return writeBytes(out.str(), path);
}

QImage CompareWindow::comparisonImage() const {
    // Every Gantt chart whole, even those scrolled out of view, above the bar charts.
    const int ganttBottom = title_->height() + strips_->height();
    const QSize size(std::max(strips_->width(), charts_->width()), ganttBottom + 8 + charts_->height());
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    title_->render(&painter, QPoint(0, 0));
    strips_->render(&painter, QPoint(0, title_->height()), QRegion(), QWidget::DrawChildren);
    charts_->render(&painter, QPoint(0, ganttBottom + 8));
    painter.end();
    return image;
}

bool CompareWindow::savePng(const QString& path) {
    // The strips' own height, not the scroll area's view of them.
    strips_->resize(strips_->width(), strips_->sizeHint().height());
    return comparisonImage().save(path, "PNG");
}

void CompareWindow::exportFile(const QString& caption, const QString& filter, const QString& suffix,
                               const std::function<bool(const QString&)>& save) {
    const QFileInfo workload(QString::fromStdString(spec_.path));
    const QString suggested = workload.absoluteDir().filePath(workload.completeBaseName() + suffix);
    const QString path = QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty()) return;
    if (!save(path)) {
        QMessageBox::warning(this, caption, tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    }
}

}  // namespace ts::ui
