#include "window/MainWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include "classroom/CompareWindow.h"
#include "classroom/ExperimentWindow.h"
#include "gantt/GanttView.h"
#include "gantt/TimeAxis.h"
#include "editor/CodeEditor.h"
#include "editor/EditorPanel.h"
#include "editor/WorkloadGeneratorDialog.h"
#include "editor/WorkloadTableEditor.h"
#include "panels/CaptionBanner.h"
#include "panels/ConsolePanel.h"
#include "panels/DecisionPanel.h"
#include "panels/MetricsPanel.h"
#include "panels/ProcessTablePanel.h"
#include "panels/ReadyQueuePanel.h"
#include "panels/SyncObjectsPanel.h"
#include "panels/ThreadTablePanel.h"
#include "present/PresentMode.h"
#include "present/ProjectorSizes.h"
#include "source/SourcePanel.h"
#include "editor/Templates.h"
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
      sync_(new SyncObjectsPanel),
      editor_(new EditorPanel),
      table_(new WorkloadTableEditor),
      source_(new SourcePanel),
      captions_(new CaptionBanner),
      toolbar_(new RunToolBar(controller_)) {
    setWindowTitle(tr("timeslice"));
    // The chart in the centre, the scenario's captions just above it where the class looks.
    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(captions_);
    centreLayout->addWidget(gantt_, 1);
    setCentralWidget(centre);
    addToolBar(Qt::TopToolBarArea, toolbar_);
    QDockWidget* why = addDock(tr("Why this thread?"), QStringLiteral("why"), why_, Qt::RightDockWidgetArea);
    QDockWidget* ready = addDock(tr("Ready queue"), QStringLiteral("ready"), ready_, Qt::RightDockWidgetArea);
    QDockWidget* sync = addDock(tr("Locks, semaphores, events"), QStringLiteral("sync"), sync_, Qt::RightDockWidgetArea);
    splitDockWidget(ready, sync, Qt::Vertical);

    QDockWidget* program = addDock(tr("Program"), QStringLiteral("program"), source_, Qt::LeftDockWidgetArea);
    editorDock_ = addDock(tr("Scenario: %1").arg(editor_->title()), QStringLiteral("editor"), editor_,
                          Qt::LeftDockWidgetArea);
    tableDock_ = addDock(tr("Workload table"), QStringLiteral("table"), table_, Qt::LeftDockWidgetArea);
    tabifyDockWidget(program, editorDock_);
    tabifyDockWidget(editorDock_, tableDock_);
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
    resizeDocks({program, editorDock_, tableDock_}, {560, 560, 560}, Qt::Horizontal);
    program->hide();  // shown for programs only
    resizeDocks({why, ready, sync}, {150, 200, 400}, Qt::Vertical);
    resizeDocks({procs, threads, metrics}, {380, 520, 700}, Qt::Horizontal);
    // Last, so that its laser pointer lies above every other child of the window.
    present_ = new PresentMode(*this, [this](bool on) { setPresentationMode(on); });
    buildMenus();

    connect(&controller_, &PlaybackController::cursorChanged, this, &MainWindow::showTime);
    connect(&controller_, &PlaybackController::playingChanged, toolbar_, &RunToolBar::refresh);
    connect(&controller_, &PlaybackController::runCompleted, this, [this] {
        metrics_->showRun(controller_.recording());
        // A run that could not go on (a schedule that cannot be followed) says why.
        if (const std::string& failure = controller_.recording()->failure(); !failure.empty()) {
            statusBar()->showMessage(tr("The run stopped: %1").arg(QString::fromStdString(failure)));
        }
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
    connect(editor_, &EditorPanel::titleChanged, this,
            [this](const QString& t) { editorDock_->setWindowTitle(tr("Scenario: %1").arg(t)); });
    connect(editor_, &EditorPanel::runRequested, this, [this](const QString& text, const QString& path) {
        QString error;
        if (!runText(text, path, &error)) QMessageBox::warning(this, tr("Cannot run"), error);
    });
    connect(table_, &WorkloadTableEditor::textChanged, this, &MainWindow::tableEdited);
    connect(editor_->editor().document(), &QTextDocument::contentsChanged, this, &MainWindow::textEdited);
    connect(captions_, &CaptionBanner::timeChosen, this, [this](Time t) {
        controller_.pause();
        controller_.seek(t);
    });
    connect(captions_, &CaptionBanner::pauseAtCaptionsChanged, &controller_, &PlaybackController::setPauseAtCaptions);
    connect(&controller_, &PlaybackController::captionPause, this, [this] {
        statusBar()->showMessage(tr("Paused at a caption; Space plays on."));
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
        // A file that cannot be loaded leaves the current run (and editor) as they are.
        showRun(loadRunSource(path.toStdString()), path);
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
    rememberRecent(path);
    editor_->openFile(path);
    shownText_ = editor_->editor().toPlainText();
    textEdited();
    // A program is watched line by line; a workload is read (and edited) as its table.
    if (path.endsWith(QStringLiteral(".py"))) {
        findChild<QDockWidget*>(QStringLiteral("program"))->raise();
    } else {
        tableDock_->raise();
    }
    return true;
}

bool MainWindow::runText(const QString& text, const QString& path, QString* error) {
    try {
        showRun(loadRunSourceFromText(path.toStdString(), text.toStdString()), path);
        shownText_ = text;
        return true;
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
    }
    return false;
}

void MainWindow::showEditor() {
    editorDock_->show();
    editorDock_->raise();
    editor_->editor().setFocus();
}

void MainWindow::tableEdited(const QString& text) {
    if (syncingTable_) return;
    syncingTable_ = true;
    // Through a cursor, not setPlainText: the table's edit joins the editor's undo history.
    QTextCursor cursor(editor_->editor().document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    syncingTable_ = false;
}

void MainWindow::textEdited() {
    const QString path = path_.isEmpty() ? QStringLiteral("scenario.json") : path_;
    const bool workload = !path.endsWith(QStringLiteral(".py"));
    tableDock_->setVisible(workload);
    if (syncingTable_ || !workload) return;
    syncingTable_ = true;
    table_->setText(editor_->editor().toPlainText().toUtf8(), path);
    syncingTable_ = false;
}

void MainWindow::generateWorkload() {
    if (!editor_->maybeSave()) return;
    WorkloadGeneratorDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    // The generated text goes into the editor as a new, unsaved workload, and runs at once.
    const ScenarioTemplate* blank = nullptr;
    for (const ScenarioTemplate& t : Templates::all()) {
        if (t.kind == ScenarioKind::Workload) {
            blank = &t;
            break;
        }
    }
    if (blank) editor_->newFromTemplate(*blank);
    QTextCursor cursor(editor_->editor().document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(dialog.text());
    showEditor();
    QString error;
    if (!runText(dialog.text(), QStringLiteral("generated.json"), &error)) {
        QMessageBox::warning(this, tr("Cannot run"), error);
    }
}

void MainWindow::showRun(std::unique_ptr<RunSource> source, const QString& path) {
    {
        auto recording = std::make_unique<RunRecording>(std::move(source));
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
        // A program's output is what its author looks at first; a workload has none.
        const bool program = !controller_.recording()->source().empty();
        if (interruptAction_) interruptAction_->setEnabled(program);
        interruptedAt_.reset();
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("program"))) dock->setVisible(program);
        if (auto* dock = findChild<QDockWidget*>(program ? QStringLiteral("output") : QStringLiteral("metrics"))) {
            dock->raise();
        }
        showTime(controller_.cursor());
        statusBar()->showMessage(tr("Space plays, Right steps, Left steps back; wheel zooms, drag pans, F fits."));
    }
}

void MainWindow::showTime(Time t) {
    const RunRecording* r = controller_.recording();
    if (!r) return;
    const RunState state = r->stateAt(t);
    gantt_->setCursor(t);
    processes_->showState(*r, state);
    threads_->showState(*r, state, gantt_->ganttStyle());
    ready_->showQueue(*r, r->readyQueueAt(t), state, gantt_->ganttStyle());
    sync_->showAt(*r, t, gantt_->ganttStyle());
    why_->showDecisionAt(*r, t);
    console_->showOutputUntil(*r, t);
    source_->showAt(*r, state, t, gantt_->ganttStyle());
    captions_->showAt(*r, t);
    toolbar_->refresh();
}

void MainWindow::chooseFile() {
    if (!editor_->maybeSave()) return;
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
            if (!editor_->maybeSave()) return;
            QString error;
            if (!openScenario(file, &error)) QMessageBox::warning(this, tr("Cannot open"), error);
        })->setToolTip(file);
    }
}

void MainWindow::setPresentationMode(bool on) {
    presentation_ = on;
    QFont f = font();
    f.setPointSize(on ? ProjectorSizes::kInterfacePoints : QFont().pointSize());
    setFont(f);
    // The editor chose its own (fixed-width) font, which the window's does not reach.
    QFont code = editor_->editor().font();
    code.setPointSize(on ? ProjectorSizes::kCodePoints
                         : QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSize());
    editor_->editor().setFont(code);
    // Off, the style's own size, as the window started with (leaving presentation mode must
    // give the toolbar, and the docks below it, the height they had).
    toolbar_->setIconSize(on ? QSize(32, 32) : QSize());
    source_->setPresentationMode(on);
    captions_->setPresentationMode(on);
    sync_->setPresentationMode(on);
    // The experiments window, when open, is shown to the class as well.
    if (auto* experiments = findChild<ExperimentWindow*>()) experiments->setPresentationMode(on);
    for (QTableWidget* table : {static_cast<QTableWidget*>(processes_), static_cast<QTableWidget*>(threads_)}) {
        table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 6);
        // The window's font did not always reach a table's header (the thread table's stayed
        // at 9 points over 16-point rows): set it with the rows'.
        table->horizontalHeader()->setFont(f);
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
    // Open Compare windows are shown to the class too: they follow F5 and the palette.
    for (CompareWindow* compare : findChildren<CompareWindow*>()) compare->setGanttStyle(gantt_->ganttStyle());
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

void MainWindow::exportTrace() {
    const RunRecording* r = controller_.recording();
    if (!r) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export trace (Chrome JSON)"), {},
                                                      tr("Chrome trace (*.json)"));
    if (!path.isEmpty() && !ChartExporter::saveChromeTrace(*r, path)) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1").arg(path));
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!editor_->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

}  // namespace ts::ui
