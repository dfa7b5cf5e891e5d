#include "window/MainWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include "gantt/GanttView.h"
#include "gantt/TimeAxis.h"
#include "panels/ConsolePanel.h"
#include "panels/DecisionPanel.h"
#include "panels/MetricsPanel.h"
#include "panels/ProcessTablePanel.h"
#include "panels/ReadyQueuePanel.h"
#include "panels/ThreadTablePanel.h"
#include "source/SourcePanel.h"
#include "scenario/InputError.h"
#include "scenario/WorkloadLoader.h"
#include "window/ChartExporter.h"
#include "window/RunToolBar.h"

namespace ts::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      gantt_(new GanttView),
      processes_(new ProcessTablePanel),
      threads_(new ThreadTablePanel),
      ready_(new ReadyQueuePanel),
      why_(new DecisionPanel),
      metrics_(new MetricsPanel),
      console_(new ConsolePanel),
      source_(new SourcePanel),
      toolbar_(new RunToolBar(controller_)) {
    setWindowTitle(tr("timeslice"));
    setCentralWidget(gantt_);
    addToolBar(Qt::TopToolBarArea, toolbar_);
    QDockWidget* why = addDock(tr("Why this thread?"), QStringLiteral("why"), why_, Qt::RightDockWidgetArea);
    QDockWidget* ready = addDock(tr("Ready queue"), QStringLiteral("ready"), ready_, Qt::RightDockWidgetArea);

    QDockWidget* program = addDock(tr("Program"), QStringLiteral("program"), source_, Qt::LeftDockWidgetArea);
    QDockWidget* procs = addDock(tr("Process table"), QStringLiteral("processes"), processes_, Qt::BottomDockWidgetArea);
    QDockWidget* threads = addDock(tr("Threads"), QStringLiteral("threads"), threads_, Qt::BottomDockWidgetArea);
    QDockWidget* metrics = addDock(tr("Metrics"), QStringLiteral("metrics"), metrics_, Qt::BottomDockWidgetArea);
    QDockWidget* console = addDock(tr("Output"), QStringLiteral("output"), console_, Qt::BottomDockWidgetArea);
    splitDockWidget(procs, threads, Qt::Horizontal);
    splitDockWidget(threads, metrics, Qt::Horizontal);
    tabifyDockWidget(metrics, console);
    metrics->raise();
    // The chart gets most of the width; the tables stay readable without scrolling.
    resize(1600, 1000);
    resizeDocks({procs}, {300}, Qt::Vertical);
    resizeDocks({why}, {340}, Qt::Horizontal);
    resizeDocks({program}, {560}, Qt::Horizontal);
    program->hide();  // shown for programs only
    resizeDocks({why, ready}, {150, 400}, Qt::Vertical);
    resizeDocks({procs, threads, metrics}, {380, 520, 700}, Qt::Horizontal);
    buildMenus();

    connect(&controller_, &PlaybackController::cursorChanged, this, &MainWindow::showTime);
    connect(&controller_, &PlaybackController::playingChanged, toolbar_, &RunToolBar::refresh);
    connect(&controller_, &PlaybackController::runCompleted, this, [this] {
        metrics_->showRun(controller_.recording());
        gantt_->setCursor(controller_.cursor());
        toolbar_->refresh();
    });
    connect(source_, &SourcePanel::followedThreadChanged, &controller_, &PlaybackController::setFollowedThread);
    connect(source_, &SourcePanel::nextLineRequested, &controller_, &PlaybackController::stepToNextLine);
    connect(source_, &SourcePanel::breakpointsChanged, this,
            [this](const std::set<int>& lines) { controller_.setBreakpoints(lines); });
    connect(&controller_, &PlaybackController::breakpointHit, this, [this](int tid, int line) {
        const RunRecording* r = controller_.recording();
        if (!r) return;
        statusBar()->showMessage(tr("%1 reached the breakpoint on line %2; Space plays on.")
                                     .arg(QString::fromStdString(r->threadName(tid)))
                                     .arg(line));
    });
    connect(console_, &ConsolePanel::timeChosen, this, [this](Time t) {
        controller_.pause();
        controller_.seek(t);
    });
    connect(gantt_, &GanttView::timeClicked, this, [this](Time t) {
        controller_.pause();
        controller_.seek(t);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setColourBlindPalette(settings.value(QStringLiteral("view/colourBlind"), false).toBool());
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(const QString& title, const QString& name, QWidget* content,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

bool MainWindow::openScenario(const QString& path, QString* error) {
    try {
        auto recording = std::make_unique<RunRecording>(loadRunSource(path.toStdString()));
        const QString title = QString::fromStdString(recording->title());
        // The chart lets go of the old run before the controller deletes it.
        gantt_->setRecording(nullptr);
        controller_.setRecording(std::move(recording));
        gantt_->setRecording(controller_.recording());
        // Ten of the scenario's units per second: a millisecond scenario plays over seconds.
        controller_.setSpeed(10.0 * static_cast<double>(TimeAxis::unitNs(controller_.recording()->unit())));
        toolbar_->showSpeed();
        metrics_->showRun(controller_.recording());
        source_->setRecording(controller_.recording());
        controller_.setBreakpoints({});
        path_ = path;
        setWindowTitle(tr("%1 - timeslice").arg(title.isEmpty() ? QFileInfo(path).fileName() : title));
        rememberRecent(path);
        // A program's output is what its author looks at first; a workload has none.
        const bool program = !controller_.recording()->source().empty();
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("program"))) dock->setVisible(program);
        if (auto* dock = findChild<QDockWidget*>(program ? QStringLiteral("output") : QStringLiteral("metrics"))) {
            dock->raise();
        }
        showTime(controller_.cursor());
        statusBar()->showMessage(tr("Space plays, Right steps, Left steps back; wheel zooms, drag pans, F fits."));
        return true;
    } catch (const InputError& e) {
        if (error) *error = QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
    }
    return false;
}

void MainWindow::showTime(Time t) {
    const RunRecording* r = controller_.recording();
    if (!r) return;
    const RunState state = r->stateAt(t);
    gantt_->setCursor(t);
    processes_->showState(*r, state);
    threads_->showState(*r, state, gantt_->ganttStyle());
    ready_->showQueue(*r, r->readyQueueAt(t), gantt_->ganttStyle());
    why_->showDecisionAt(*r, t);
    console_->showOutputUntil(*r, t);
    source_->showAt(*r, state, t, gantt_->ganttStyle());
    toolbar_->refresh();
}

void MainWindow::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a scenario"),
                                                      QFileInfo(path_).absolutePath(),
                                                      tr("Scenarios (*.json *.py);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    if (!openScenario(path, &error)) QMessageBox::warning(this, tr("Cannot open"), error);
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8) recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu() {
    if (!recentMenu_) return;
    recentMenu_->clear();
    for (const QString& file : QSettings().value(QStringLiteral("recentFiles")).toStringList()) {
        recentMenu_->addAction(QFileInfo(file).fileName(), this, [this, file] {
            QString error;
            if (!openScenario(file, &error)) QMessageBox::warning(this, tr("Cannot open"), error);
        })->setToolTip(file);
    }
}

void MainWindow::setPresentationMode(bool on) {
    presentation_ = on;
    QFont f = font();
    f.setPointSize(on ? 16 : QFont().pointSize());
    setFont(f);
    toolbar_->setIconSize(on ? QSize(32, 32) : QSize(20, 20));
    source_->setPresentationMode(on);
    for (QTableWidget* table : {static_cast<QTableWidget*>(processes_), static_cast<QTableWidget*>(threads_)}) {
        table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 6);
    }
    applyStyle();
}

void MainWindow::setColourBlindPalette(bool on) {
    colourBlind_ = on;
    applyStyle();
}

void MainWindow::applyStyle() {
    gantt_->setStyle(GanttStyle(colourBlind_ ? GanttStyle::Palette::OkabeIto : GanttStyle::Palette::Standard,
                                presentation_));
    showTime(controller_.cursor());
}

void MainWindow::exportPng() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"), {}, tr("PNG (*.png)"));
    if (!path.isEmpty() && !ChartExporter::savePng(*gantt_, path)) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1").arg(path));
    }
}

void MainWindow::exportSvg() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as SVG"), {}, tr("SVG (*.svg)"));
    if (!path.isEmpty() && !ChartExporter::saveSvg(*gantt_, path)) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1").arg(path));
    }
}

void MainWindow::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export metrics as CSV"), {}, tr("CSV (*.csv)"));
    if (!path.isEmpty() && !ChartExporter::saveText(metrics_->csv(), path)) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1").arg(path));
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

}  // namespace ts::ui
