#pragma once
// The Compare window's bar charts (Qt Charts): average waiting, turnaround and response time
// in the workload's unit, and context switches, one bar per policy in the order compared.
#include <QWidget>
#include <array>
#include <string>
#include <vector>

#include "classroom/PolicyComparison.h"

class QChartView;
class QBarSet;

namespace ts::ui {

class ComparisonCharts : public QWidget {
    Q_OBJECT
public:
    enum class Metric { Waiting, Turnaround, Response, ContextSwitches };
    static constexpr int kMetrics = 4;

    explicit ComparisonCharts(QWidget* parent = nullptr);

    // `unit` is the workload's ("ms"): the times are shown in it.
    void showRows(const std::vector<ComparisonRow>& rows, const std::string& unit);
    // The bars of one chart (nullptr before the first comparison).
    const QBarSet* bars(Metric metric) const;
    // The category under each bar: the policies' labels, "rr:4ms".
    QStringList categories(Metric metric) const;
    // Larger type for a projector.
    void setPresentation(bool on);

    // A row's value for `metric` as the chart shows it (times in `unit`; 0 for no value).
    static double valueOf(const ComparisonRow& row, Metric metric, const std::string& unit);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitCategoryLabels();
    void showChart(Metric metric, const std::vector<ComparisonRow>& rows, const std::string& unit);
    QString titleOf(Metric metric, const std::string& unit) const;

    std::array<QChartView*, kMetrics> views_{};
    bool presentation_ = false;
};

}  // namespace ts::ui
