#pragma once
// Classroom > Compare policies: the workload open in the main window run under several
// policies side by side - a small Gantt chart per policy on one shared time axis, headed by
// its averages, and bar charts of average waiting, turnaround and response time and of
// context switches. The numbers are `timeslice compare`'s (the same code computes them), and
// the window exports them as the same CSV and JSON, and the whole comparison as PNG.
// The runs are recorded on a worker thread, so the window never freezes: a textbook workload
// under six policies takes under a millisecond, a generated thousand-process workload a minute
// (the window shows which run it is at, and closing it stops them).
#include <QList>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

#include "classroom/ComparisonRuns.h"
#include "gantt/GanttStyle.h"
#include "scenario/WorkloadSpec.h"

class QCheckBox;
class QLabel;
class QThread;
class QTimer;
class QVBoxLayout;

namespace ts::ui {

class CompareSetup;
class ComparisonCharts;
class PolicyGantt;
class SharedTimeAxis;

class CompareWindow : public QWidget {
    Q_OBJECT
public:
    CompareWindow(WorkloadSpec spec, const GanttStyle& style, QWidget* parent = nullptr);
    ~CompareWindow() override;

    // The workload in `text` (the main window's scenario, `path` naming it), or nullopt with
    // `error` saying why: a program, or a workload with a mistake (FILE:LINE:COL).
    static std::optional<WorkloadSpec> workloadOf(const QString& text, const QString& path, QString* error);
    // Opens a window on the main window's scenario, or says why it cannot.
    static void openFor(QWidget* parent, const QString& text, const QString& path, const GanttStyle& style);

    // Starts the runs of the policies chosen in the setup on a worker thread (stopping any
    // still going); the charts change when they are complete. When the choice cannot be read,
    // or a run fails, keeps the last comparison and shows the message in the window; returns
    // false when nothing was started.
    bool compare();
    bool isComparing() const { return worker_ != nullptr; }

    // The main window's style, presentation type and palette, which the window follows while
    // open (F5 on and off, the colour-blind palette): the type, the Gantt charts and the bar charts.
    void setGanttStyle(const GanttStyle& style);
    const GanttStyle& ganttStyle() const { return style_; }

    CompareSetup& setup() { return *setup_; }
    const CompareSetup& setup() const { return *setup_; }
    const WorkloadSpec& spec() const { return spec_; }
    bool threadLanesShown() const;
    void showThreadLanes(bool shown);
    const ComparisonCharts& charts() const { return *charts_; }
    const QList<PolicyGantt*>& gantts() const { return gantts_; }
    const SharedTimeAxis& timeAxis() const { return *axis_; }
    const ComparisonRuns* runs() const { return runs_.get(); }
    QString errorText() const;
    // The line under the charts: progress while simulating, then how long the runs took.
    QString statusText() const;

    // The files `timeslice compare --csv / --json` writes, byte for byte; the PNG shows the
    // Gantt charts and the bar charts together. Each returns false when the file cannot be written.
    bool saveCsv(const QString& path) const;
    bool saveJson(const QString& path) const;
    bool savePng(const QString& path);

private:
    // Stops the runs in progress, if any, and waits for their thread (a few milliseconds).
    void stopRuns();
    void showRuns(std::unique_ptr<ComparisonRuns> runs);
    void showError(const QString& message);
    void showProgress();
    void setThreadLanes(bool shown);
    // The window's type as the style's presentation wants it.
    void applyFont();
    // Asks where to save (a name beside the workload, ending in `suffix`), then saves.
    void exportFile(const QString& caption, const QString& filter, const QString& suffix,
                    const std::function<bool(const QString&)>& save);
    QImage comparisonImage() const;

    WorkloadSpec spec_;
    GanttStyle style_;
    CompareSetup* setup_;
    ComparisonCharts* charts_;
    SharedTimeAxis* axis_;
    QWidget* strips_;
    QVBoxLayout* stripsLayout_;
    QLabel* title_;
    QLabel* status_;
    QLabel* error_;
    QCheckBox* threadLanes_;
    QList<PolicyGantt*> gantts_;
    std::unique_ptr<ComparisonRuns> runs_;
    QThread* worker_ = nullptr;  // the runs in progress
    std::shared_ptr<ComparisonRuns::Progress> progress_;
    int runsWanted_ = 0;
    QTimer* progressTimer_;
};

}  // namespace ts::ui
