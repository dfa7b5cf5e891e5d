#pragma once
// Classroom > Experiments: a parameter sweep of the open scenario, as `timeslice sweep` runs it,
// drawn as a chart with a table of the points below. The points run on all the machine's cores,
// away from the GUI thread, with their progress, the time taken and a Cancel button; the result
// exports as the command line's CSV and as a PNG. Ready-made experiments (lost updates against
// the quantum, average waiting against the quantum) are one click away.
#include <QString>
#include <QWidget>
#include <string>

#include "classroom/Sweep.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace ts::ui {

class ExperimentSetup;
class SweepChart;
class SweepTable;
class SweepRunner;
struct ReadyExperiment;

class ExperimentWindow : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentWindow(QWidget* parent = nullptr);
    ~ExperimentWindow() override;

    // The scenario to experiment on: its file name (.py: a program) and its text, perhaps the
    // editor's unsaved one. On a fault, false and `error` says where.
    bool setScenario(const QString& path, const QString& text, QString* error = nullptr);
    // Loads the experiment's own scenario, fills the form in and runs it.
    void runReady(const ReadyExperiment& experiment);
    // Starts the sweep the form describes; false when the form is wrong (the status says why)
    // or a sweep still runs.
    bool run();
    void cancel();
    // Worker threads for the next sweeps (the machine's cores unless set).
    void setJobs(int jobs) { jobs_ = jobs; }
    void setPresentationMode(bool on);

    bool exportCsv(const QString& path) const;
    bool exportPng(const QString& path) const;

    ExperimentSetup& setup() { return *setup_; }
    SweepChart& chart() { return *chart_; }
    SweepTable& table() { return *table_; }
    SweepRunner& runner() { return *runner_; }
    QString status() const;
    QString scenarioName() const { return name_; }

protected:
    // Closing the window stops its sweep: the cores go back to the class.
    void closeEvent(QCloseEvent* event) override;

private:
    void showResult();
    void showProgress(int finished, int total);
    void sweepEnded(const QString& message);
    void chooseCsv();
    void choosePng();

    ExperimentSetup* setup_;
    SweepChart* chart_;
    SweepTable* table_;
    SweepRunner* runner_;
    QLabel* scenarioLabel_;
    QLabel* explanation_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* run_;
    QPushButton* cancel_;
    QPushButton* csv_;
    QPushButton* png_;
    int jobs_;
    // The scenario the next run uses.
    SweepScenario scenario_;
    QString name_;
    std::string unit_ = "ms";
    std::string policy_;
    // The scenario of the points shown (the form may have moved on since).
    QString shownName_;
    std::string shownUnit_ = "ms";
    bool shownProgram_ = false;
};

}  // namespace ts::ui
