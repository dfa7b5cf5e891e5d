#pragma once
// The main window: the Gantt chart in the centre; docks for the process table, the thread
// table, the ready queue, the "why" panel and the metrics; the run controls; menus for files
// (open, recent, export), view (fit, zoom, presentation mode, colour-blind palette) and run.
// Layout and recent files persist with QSettings.
#include <QMainWindow>
#include <QString>
#include <memory>
#include <optional>

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
class CaptionBanner;
class SyncObjectsPanel;
class EditorPanel;
class WorkloadTableEditor;
class RunSource;
class PresentMode;

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
    CaptionBanner& captions() { return *captions_; }
    SyncObjectsPanel& syncObjects() { return *sync_; }
    EditorPanel& editor() { return *editor_; }
    WorkloadTableEditor& workloadTable() { return *table_; }
    // Runs a scenario's text as it stands in the editor, unsaved; on failure keeps the run
    // shown and sets `error`.
    bool runText(const QString& text, const QString& path, QString* error = nullptr);
    void showEditor();
    void setPresentationMode(bool on);
    void setColourBlindPalette(bool on);
    bool presentationMode() const { return presentation_; }
    bool colourBlindPalette() const { return colourBlind_; }
    // Full screen, the laser pointer and presenting (F5) on top of presentation mode.
    PresentMode& present() { return *present_; }
    // Run > Press Ctrl-C here: the program shown runs again with a KeyboardInterrupt in its
    // main thread at the current time, as Ctrl-C in a terminal gives it (the tutorial's first
    // program loops until then); the window shows the end of that run, its traceback output.
    void interruptAtCursor();
    QAction* interruptAction() const { return interruptAction_; }
    // When the run on show was interrupted by Press Ctrl-C here; nullopt for an ordinary run.
    std::optional<Time> interruptedAt() const { return interruptedAt_; }
    // The run on show: its path and the text it was made from.
    QString runPath() const { return path_; }
    QString shownText() const { return shownText_; }
    // File > Settings: on a new interface language, a new window replaces this one.
    void openSettings();
    // Installs the language's translators and replaces this window by one built under them,
    // showing the same; returns the new window (already shown).
    MainWindow* switchLanguage();

signals:
    // A new window (a change of language) took over from this one, which is going away.
    void replacedBy(ts::ui::MainWindow* window);

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
    void exportTrace();
    void generateWorkload();
    // Shows a new run (the body shared by opening a file and running the editor's text).
    void showRun(std::unique_ptr<RunSource> source, const QString& path);
    // Keeps the table and the text of a workload in step, whichever was edited.
    void tableEdited(const QString& text);
    void textEdited();
    void applyStyle();

    PlaybackController controller_;
    GanttView* gantt_;
    ProcessTablePanel* processes_;
    ThreadTablePanel* threads_;
    ReadyQueuePanel* ready_;
    DecisionPanel* why_;
    MetricsPanel* metrics_;
    ConsolePanel* console_;
    SyncObjectsPanel* sync_;
    EditorPanel* editor_;
    WorkloadTableEditor* table_;
    QDockWidget* editorDock_ = nullptr;
    QDockWidget* tableDock_ = nullptr;
    bool syncingTable_ = false;
    SourcePanel* source_;
    CaptionBanner* captions_;
    RunToolBar* toolbar_;
    QMenu* recentMenu_ = nullptr;
    QString path_;
    bool presentation_ = false;
    bool colourBlind_ = false;
    QString shownText_;
    PresentMode* present_ = nullptr;
    QAction* interruptAction_ = nullptr;
    std::optional<Time> interruptedAt_;
};

}  // namespace ts::ui
