#pragma once
// The main window: the Gantt chart in the centre; docks for the process table, the thread
// table, the ready queue, the "why" panel and the metrics; the run controls; menus for files
// (open, recent, export), view (fit, zoom, presentation mode, colour-blind palette) and run.
// Layout and recent files persist with QSettings.
#include <QMainWindow>
#include <QString>

#include "model/PlaybackController.h"

class QMenu;

namespace ts::ui {

class GanttView;
class ProcessTablePanel;
class ThreadTablePanel;
class ReadyQueuePanel;
class DecisionPanel;
class MetricsPanel;
class ConsolePanel;
class RunToolBar;
class SourcePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a workload scenario; on failure returns false and sets `error` to the message.
    bool openScenario(const QString& path, QString* error = nullptr);
    PlaybackController& controller() { return controller_; }
    GanttView& gantt() { return *gantt_; }
    MetricsPanel& metrics() { return *metrics_; }
    ProcessTablePanel& processTable() { return *processes_; }
    ThreadTablePanel& threadTable() { return *threads_; }
    ReadyQueuePanel& readyQueue() { return *ready_; }
    DecisionPanel& decision() { return *why_; }
    ConsolePanel& console() { return *console_; }
    SourcePanel& source() { return *source_; }
    void setPresentationMode(bool on);
    void setColourBlindPalette(bool on);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QDockWidget* addDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area);
    void showTime(Time t);
    void chooseFile();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void exportPng();
    void exportSvg();
    void exportCsv();
    void applyStyle();

    PlaybackController controller_;
    GanttView* gantt_;
    ProcessTablePanel* processes_;
    ThreadTablePanel* threads_;
    ReadyQueuePanel* ready_;
    DecisionPanel* why_;
    MetricsPanel* metrics_;
    ConsolePanel* console_;
    SourcePanel* source_;
    RunToolBar* toolbar_;
    QMenu* recentMenu_ = nullptr;
    QString path_;
    bool presentation_ = false;
    bool colourBlind_ = false;
};

}  // namespace ts::ui
