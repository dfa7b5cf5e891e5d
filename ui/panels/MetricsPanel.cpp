#include "panels/MetricsPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include "gantt/TimeAxis.h"
#include "model/RunRecording.h"
#include "model/UnitTime.h"
#include "panels/TableCells.h"
#include "panels/UtilisationSeries.h"

namespace ts::ui {
namespace {

QString optionalTime(const std::optional<Time>& t, const std::string& unit) {
    return t ? UnitTime::number(*t, unit) : QStringLiteral("-");
}

}  // namespace

MetricsPanel::MetricsPanel(QWidget* parent)
    : QWidget(parent),
      summary_(new QLabel),
      table_(new QTableWidget),
      chart_(new QChartView),
      utilisation_(new QChartView) {
    auto* tabs = new QTabWidget;
    tabs->addTab(table_, tr("Table"));
    tabs->addTab(chart_, tr("Chart"));
    tabs->addTab(utilisation_, tr("CPU utilisation"));
    utilisation_->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    layout->addWidget(tabs, 1);
    table_->setColumnCount(kColumns);
    table_->setHorizontalHeaderLabels({tr("Process"), tr("Arrival"), tr("First run"),
                                       tr("Completion"), tr("Turnaround"), tr("Waiting"),
                                       tr("Response"), tr("CPU"), tr("Jobs done"), tr("Deadline misses")});
    table_->setToolTip(tr("Times in the scenario's unit"));
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    chart_->setRenderHint(QPainter::Antialiasing);
    showRun(nullptr);
}

void MetricsPanel::setChartOf(QChartView* view, QChart* chart) {
    // A chart asks for room for its axes and legend in the current type, which in presentation
    // mode would hold every dock beside it (and the window) taller than a projector: it draws
    // in what the window can spare, as the table does.
    chart->setMinimumSize(QSizeF(0, 0));
    view->setChart(chart);
}

void MetricsPanel::showRun(const RunRecording* recording) {
    const RunReport* report = recording ? recording->report() : nullptr;
    if (!report) {
        summary_->setText(recording ? tr("The run is still being simulated; its metrics appear "
                                         "when it is complete.")
                                    : QString());
        table_->setRowCount(0);
        for (QChartView* view : {chart_, utilisation_}) {
            QChart* old = view->chart();
            setChartOf(view, new QChart);
            delete old;
        }
        return;
    }
    // The counts are plurals of their own ("1 CPU", "2 CPUs"; "1 cambio di contesto").
    const QString cpus = tr("%n CPU(s)", nullptr, static_cast<int>(report->cpus));
    const QString switches = tr("%n context switch(es)", nullptr, static_cast<int>(report->contextSwitches));
    // The quantum goes with the policy where the policy uses one (the report gives it then).
    QString policy = QString::fromStdString(report->policy);
    if (report->quantum > 0) {
        policy = tr("%1 (quantum %2)").arg(policy, UnitTime::format(report->quantum, report->unit));
    }
    summary_->setText(tr("Policy %1, %2; ended at %3 (%4); CPU utilisation %5%; %6.")
                          .arg(policy, cpus,
                               UnitTime::format(report->end, report->unit),
                               TableCells::exitStatusText(report->exitStatus))
                          .arg(report->cpuUtilization * 100.0, 0, 'f', 1)
                          .arg(switches));
    table_->setRowCount(static_cast<int>(report->processes.size()));
    const Time unit = TimeAxis::unitNs(report->unit);
    auto* waiting = new QBarSet(tr("waiting"));
    auto* turnaround = new QBarSet(tr("turnaround"));
    auto* response = new QBarSet(tr("response"));
    QStringList names;
    // Periodic tasks never complete: what tells them apart is how many jobs each finished and
    // how many deadlines it missed (rate monotonic against EDF).
    // When every process is one, completion and turnaround are empty columns: they go.
    bool periodic = false, allPeriodic = !report->processes.empty();
    for (const ProcessMetrics& p : report->processes) {
        periodic = periodic || p.jobsReleased > 0;
        allPeriodic = allPeriodic && p.jobsReleased > 0;
    }
    table_->setColumnHidden(kJobsColumn, !periodic);
    table_->setColumnHidden(kMissesColumn, !periodic);
    table_->setColumnHidden(kCompletionColumn, allPeriodic);
    table_->setColumnHidden(kTurnaroundColumn, allPeriodic);
    int row = 0;
    for (const ProcessMetrics& p : report->processes) {
        const bool task = p.jobsReleased > 0;
        const QStringList cells{QString::fromStdString(p.name),
                                UnitTime::number(p.arrival, report->unit),
                                optionalTime(p.firstRun, report->unit), optionalTime(p.completion, report->unit),
                                optionalTime(p.turnaround, report->unit),
                                UnitTime::number(p.waiting, report->unit),
                                optionalTime(p.response, report->unit),
                                UnitTime::number(p.cpu, report->unit),
                                task ? tr("%1 of %2").arg(p.jobsCompleted).arg(p.jobsReleased) : QStringLiteral("-"),
                                task ? QString::number(p.deadlineMisses) : QStringLiteral("-")};
        for (int c = 0; c < cells.size(); ++c) table_->setItem(row, c, new QTableWidgetItem(cells[c]));
        ++row;
        names << QString::fromStdString(p.name);
        const auto inUnit = [unit](Time t) { return static_cast<double>(t) / static_cast<double>(unit); };
        *waiting << inUnit(p.waiting);
        *turnaround << inUnit(p.turnaround.value_or(0));
        *response << inUnit(p.response.value_or(0));
    }
    table_->setHorizontalHeaderItem(0, new QTableWidgetItem(tr("Process (times in %1)").arg(QString::fromStdString(report->unit))));
    table_->resizeColumnsToContents();
    auto* series = new QBarSeries;
    series->append({waiting, turnaround, response});
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Per process (%1)").arg(QString::fromStdString(report->unit)));
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = chart_->chart();
    setChartOf(chart_, chart);
    delete old;
    showUtilisation(*report);
}

void MetricsPanel::showUtilisation(const RunReport& report) {
    constexpr int kWindows = 50;
    const std::vector<double> busy = UtilisationSeries::compute(report.slices, report.end, report.cpus, kWindows);
    const double unit = static_cast<double>(TimeAxis::unitNs(report.unit));
    const double width = static_cast<double>(report.end) / kWindows / unit;
    auto* series = new QLineSeries;
    series->setName(tr("CPU busy (%)"));
    for (std::size_t w = 0; w < busy.size(); ++w) {
        // A step line: flat across each window.
        series->append(static_cast<double>(w) * width, busy[w] * 100.0);
        series->append(static_cast<double>(w + 1) * width, busy[w] * 100.0);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("CPU utilisation over time"));
    auto* x = new QValueAxis;
    x->setTitleText(tr("time (%1)").arg(QString::fromStdString(report.unit)));
    x->setRange(0, static_cast<double>(report.end) / unit);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    QChart* old = utilisation_->chart();
    setChartOf(utilisation_, chart);
    delete old;
}

QString MetricsPanel::csv() const {
    // The columns shown: a run without periodic tasks has no job counts to export.
    QList<int> shown;
    for (int c = 0; c < table_->columnCount(); ++c) {
        if (!table_->isColumnHidden(c)) shown << c;
    }
    QString out;
    for (int c : shown) {
        out += (c != shown.front() ? QStringLiteral(",") : QString()) + table_->horizontalHeaderItem(c)->text();
    }
    out += QLatin1Char('\n');
    for (int r = 0; r < table_->rowCount(); ++r) {
        for (int c : shown) {
            QString cell = table_->item(r, c) ? table_->item(r, c)->text() : QString();
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))) {
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            }
            out += (c != shown.front() ? QStringLiteral(",") : QString()) + cell;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

}  // namespace ts::ui
