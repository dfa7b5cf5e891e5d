#pragma once
// "Be the scheduler" (issue 6): the student picks which ready thread runs next, decision by
// decision, on the scenario open in the window. Every choice replays the scenario from the start
// under the choices so far (ScheduleReplay) and shows the new run in the whole window - chart,
// program, locks, output - stopped at the next decision, whose ready threads become buttons.
// Undo takes the last choice back; the quantum decides how fine the interleaving is; the
// interleaving found is saved as a scenario that replays it.
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

#include "classroom/Interleaving.h"
#include "policies/ScriptedPolicy.h"

class QAction;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ts::ui {

class GanttView;
class PlaybackController;
class ProgramKernel;
class ReadyChoicePanel;
class RunRecording;
class RunSource;
class ScheduleReplay;

class SchedulerMode : public QWidget {
    Q_OBJECT
public:
    // Shows a run in the window (MainWindow's own way of showing one).
    using ShowRun = std::function<void(std::unique_ptr<RunSource> run, const QString& path)>;

    SchedulerMode(PlaybackController& controller, const GanttView& gantt, ShowRun show,
                  QWidget* parent = nullptr);
    ~SchedulerMode() override;

    // Starts afresh on a scenario's text, with no choice made. On failure (the text does not
    // load) keeps what it had and sets `error`.
    bool start(const QString& path, const QString& text, QString* error = nullptr);
    // Whether the window shows this mode's run (not one opened since).
    bool active() const;

    // Runs `tid` at the open decision. False, and nothing changes, when it is not ready there.
    bool choose(int tid);
    // Takes the last choice back. False when there is none.
    bool undo();
    void startOver();
    // The quantum in instructions (programs) or the scenario's units (workloads; 0: none).
    // Other decisions follow from another quantum, so the choices start over.
    void setQuantumSteps(int steps);
    int quantumSteps() const { return quantumSteps_; }
    // Writes the scenario with the interleaving as its schedule.
    bool saveTo(const QString& path, QString* error = nullptr);

    const Interleaving& interleaving() const { return interleaving_; }
    // The decision the run waits at, or nothing once the run is over.
    const std::optional<OpenDecision>& openDecision() const { return open_; }
    ReadyChoicePanel& choicePanel() { return *choices_; }
    QAction* undoAction() { return undo_; }
    QString prompt() const;
    QString outcome() const;
    // How long the last replay took to record (milliseconds), for the performance notes.
    qint64 lastReplayMs() const { return lastReplayMs_; }

signals:
    // A new run is shown (after a choice, an undo, a new quantum or a start).
    void runShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();
    void replay();
    void refresh();
    void refreshDecision(const RunRecording& r);
    void refreshOutcome(const RunRecording& r);
    // Who waits for what in the deadlock the run ended in.
    QString whoWaits() const;
    void saveAs();

    PlaybackController& controller_;
    const GanttView& gantt_;
    ShowRun show_;
    std::unique_ptr<ScheduleReplay> replay_;
    Interleaving interleaving_;
    std::optional<OpenDecision> open_;
    const RunRecording* shown_ = nullptr;
    const ProgramKernel* program_ = nullptr;  // the shown run's program (owned by the recording)
    int quantumSteps_ = 1;
    bool showing_ = false;
    qint64 lastReplayMs_ = 0;

    QLabel* scenario_;
    QSpinBox* quantum_;
    QLabel* prompt_;
    ReadyChoicePanel* choices_;
    QLabel* schedule_;
    QLabel* output_;
    QLabel* outcome_;
    QPushButton* undoButton_;
    QPushButton* startOver_;
    QPushButton* save_;
    QAction* undo_;
};

}  // namespace ts::ui
