// MainWindow's menus, kept apart from its wiring so that each file stays readable.
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>

#include "classroom/CompareWindow.h"
#include "classroom/ExperimentWindow.h"
#include "classroom/PredictMode.h"
#include "classroom/SchedulerMode.h"
#include "editor/CodeEditor.h"
#include "editor/EditorPanel.h"
#include "editor/ScenarioDocument.h"
#include "editor/Templates.h"
#include "gantt/GanttView.h"
#include "model/RunSource.h"
#include "present/PresentMode.h"
#include "window/MainWindow.h"
#include "window/RunToolBar.h"

namespace ts::ui {

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::chooseFile);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    fillRecentMenu();
    QMenu* fromTemplate = file->addMenu(tr("&New from template"));
    for (const ScenarioTemplate& t : Templates::all()) {
        fromTemplate->addAction(t.title, this, [this, t] {
            if (!editor_->maybeSave()) return;
            editor_->newFromTemplate(t);
            showEditor();
        });
    }
    file->addAction(tr("&Generate a random workload..."), this, &MainWindow::generateWorkload);
    file->addAction(tr("&Save"), QKeySequence::Save, editor_, &EditorPanel::save);
    file->addAction(tr("Save &as..."), QKeySequence::SaveAs, editor_, &EditorPanel::saveAs);
    file->addSeparator();
    file->addAction(tr("Export chart as &PNG..."), this, &MainWindow::exportPng);
    file->addAction(tr("Export chart as &SVG..."), this, &MainWindow::exportSvg);
    file->addAction(tr("Export metrics as &CSV..."), this, &MainWindow::exportCsv);
    file->addAction(tr("Export &trace (Chrome JSON)..."), this, &MainWindow::exportTrace);
    file->addSeparator();
    file->addAction(tr("Se&ttings..."), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::openSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(editor_->runAction());
    for (QAction* a : toolbar_->actions()) {
        if (!a->text().isEmpty() && !a->isSeparator()) run->addAction(a);
    }
    run->addSeparator();
    interruptAction_ = run->addAction(tr("Press Ctrl-&C here"), this, &MainWindow::interruptAtCursor);
    interruptAction_->setToolTip(tr("Runs the program again with a KeyboardInterrupt in its main thread at the "
                                    "current time, as pressing Ctrl-C in a terminal does"));
    interruptAction_->setEnabled(false);  // until a program is shown

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Fit the whole run"), QKeySequence(Qt::Key_F), gantt_, &GanttView::fit);
    view->addAction(tr("Zoom &in"), QKeySequence(Qt::Key_Plus), gantt_, [this] { gantt_->zoom(1.5); });
    view->addAction(tr("Zoom &out"), QKeySequence(Qt::Key_Minus), gantt_, [this] { gantt_->zoom(1 / 1.5); });
    view->addAction(present_->fullScreenAction());
    view->addSeparator();
    QAction* palette = view->addAction(tr("&Colour-blind-safe colours (Okabe-Ito)"));
    palette->setCheckable(true);
    palette->setChecked(colourBlind_);
    connect(palette, &QAction::toggled, this, [this](bool on) {
        // Chosen in the menu, it is remembered; chosen on the command line, it is not.
        QSettings().setValue(QStringLiteral("view/colourBlind"), on);
        setColourBlindPalette(on);
    });
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());

    // The teaching modes (issue 6), each one click from this menu: a teacher finds them all
    // in one place.
    QMenu* classroom = menuBar()->addMenu(tr("&Classroom"));
    classroom->addAction(tr("&Compare policies..."), this, [this] {
        CompareWindow::openFor(this, editor_->editor().toPlainText(), path_, gantt_->ganttStyle());
    });
    QAction* predict = classroom->addAction(tr("P&redict what happens next"));
    predict->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    predict->setCheckable(true);
    new PredictMode(*this, *predict);  // owned by the window; the action turns it on and off
    classroom->addAction(tr("&Be the scheduler"), this, [this] {
        auto* mode = findChild<SchedulerMode*>();
        QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("scheduler"));
        if (!mode) {
            mode = new SchedulerMode(controller_, *gantt_, [this](std::unique_ptr<RunSource> source, const QString& path) {
                showRun(std::move(source), path);
            });
            // It scrolls rather than squeeze its buttons on a small screen.
            auto* scroll = new QScrollArea;
            scroll->setWidget(mode);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            dock = addDock(tr("Be the scheduler"), QStringLiteral("scheduler"), scroll, Qt::RightDockWidgetArea);
        }
        // The scenario as the editor has it when the editor holds the file shown, else as saved.
        QString text = editor_->editor().toPlainText();
        if (QFile saved(path_); editor_->document().path() != path_ && saved.open(QIODevice::ReadOnly)) {
            text = QString::fromUtf8(saved.readAll());
        }
        if (!dock->isVisible()) {
            // In the place of "Why this thread?" and the ready queue, which here would only
            // repeat the buttons, with most of the column's height; the locks stay in view.
            auto* why = findChild<QDockWidget*>(QStringLiteral("why"));
            auto* ready = findChild<QDockWidget*>(QStringLiteral("ready"));
            auto* sync = findChild<QDockWidget*>(QStringLiteral("sync"));
            if (why && ready && sync) {
                tabifyDockWidget(why, ready);
                tabifyDockWidget(ready, dock);
                dock->show();
                resizeDocks({dock, sync}, {height() * 3 / 4, height() / 4}, Qt::Vertical);
            }
        }
        dock->show();
        dock->raise();
        QString error;
        if (!mode->start(path_, text, &error)) {
            QMessageBox::warning(this, tr("Be the scheduler"), error);
        }
    });
    // Experiments sweep the scenario open here, as its text stands in the editor.
    classroom->addAction(tr("&Experiments (sweep)..."), this, [this] {
        auto* experiments = findChild<ExperimentWindow*>();
        if (!experiments) experiments = new ExperimentWindow(this);
        experiments->setScenario(path_, editor_->editor().toPlainText());
        experiments->setPresentationMode(presentation_);
        experiments->show();
        experiments->raise();
        experiments->activateWindow();
    });
    classroom->addSeparator();
    classroom->addAction(present_->presentAction());
    classroom->addAction(present_->laserAction());
}

}  // namespace ts::ui
