#pragma once
// The finished run's metrics: a table per process (arrival, first run, completion, turnaround,
// waiting, response, CPU), a bar chart of waiting, turnaround and response per process, and
// CPU utilisation over time.
// Until the run is complete it says so: metrics of half a run would mislead.
#include <QWidget>
#include <string>

class QTableWidget;
class QChart;
class QChartView;
class QLabel;

namespace ts {
struct RunReport;
}

namespace ts::ui {

class RunRecording;

class MetricsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetricsPanel(QWidget* parent = nullptr);
    void showRun(const RunRecording* recording);
    // The table as CSV text (empty when there is no finished run).
    QString csv() const;

private:
    // Columns of the per-process table that not every run shows: the last two only for runs
    // with periodic tasks, completion and turnaround not when all processes are periodic tasks.
    static constexpr int kCompletionColumn = 3;
    static constexpr int kTurnaroundColumn = 4;
    static constexpr int kJobsColumn = 8;
    static constexpr int kMissesColumn = 9;
    static constexpr int kColumns = 10;

    static void setChartOf(QChartView* view, QChart* chart);
    void showUtilisation(const RunReport& report);

    QLabel* summary_;
    QTableWidget* table_;
    QChartView* chart_;
    QChartView* utilisation_;
};

}  // namespace ts::ui
