#include "classroom/ComparisonCharts.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include "gantt/TimeAxis.h"

namespace ts::ui {
namespace {

// One colour per chart, so that the four read apart at a glance (Okabe-Ito, colour-blind safe).
constexpr QRgb kColours[ComparisonCharts::kMetrics] = {0xE69F00, 0x56B4E9, 0x009E73, 0xCC79A7};

int indexOf(ComparisonCharts::Metric metric) { return static_cast<int>(metric); }

}  // namespace

ComparisonCharts::ComparisonCharts(QWidget* parent) : QWidget(parent) {
    // Side by side in one row, under the Gantt charts: each gets a quarter of the width, which
    // leaves room for a label under every bar.
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    for (QChartView*& view : views_) {
        view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 300);
        row->addWidget(view);
    }
}

double ComparisonCharts::valueOf(const ComparisonRow& row, Metric metric, const std::string& unit) {
    const auto inUnit = [&unit](const std::optional<Time>& t) {
        return t ? static_cast<double>(*t) / static_cast<double>(TimeAxis::unitNs(unit)) : 0.0;
    };
    switch (metric) {
        case Metric::Waiting: return inUnit(row.averages.waiting);
        case Metric::Turnaround: return inUnit(row.averages.turnaround);
        case Metric::Response: return inUnit(row.averages.response);
        case Metric::ContextSwitches: return static_cast<double>(row.contextSwitches);
    }
    return 0.0;
}

QString ComparisonCharts::titleOf(Metric metric, const std::string& unit) const {
    const QString u = QString::fromStdString(unit);
    switch (metric) {
        case Metric::Waiting: return tr("Average waiting time (%1)").arg(u);
        case Metric::Turnaround: return tr("Average turnaround time (%1)").arg(u);
        case Metric::Response: return tr("Average response time (%1)").arg(u);
        case Metric::ContextSwitches: return tr("Context switches");
    }
    return {};
}

void ComparisonCharts::showRows(const std::vector<ComparisonRow>& rows, const std::string& unit) {
    for (int i = 0; i < kMetrics; ++i) showChart(static_cast<Metric>(i), rows, unit);
    fitCategoryLabels();
}

void ComparisonCharts::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitCategoryLabels();
}

void ComparisonCharts::fitCategoryLabels() {
    for (QChartView* view : views_) {
        if (!view->chart()) continue;
        for (QAbstractAxis* axis : view->chart()->axes(Qt::Horizontal)) {
            auto* categories = qobject_cast<QBarCategoryAxis*>(axis);
            if (!categories) continue;
            const QFontMetrics fm(categories->labelsFont());
            int widest = 0;
            for (const QString& label : categories->categories()) widest = std::max(widest, fm.horizontalAdvance(label));
            // The plot is narrower than the view by the value axis and the margins.
            const qsizetype count = std::max<qsizetype>(1, categories->count());
            const int perBar = static_cast<int>((view->width() - fm.horizontalAdvance(QStringLiteral("0000")) - 40) / count);
            categories->setLabelsAngle(widest + 8 > perBar ? -90 : 0);
        }
    }
}

void ComparisonCharts::showChart(Metric metric, const std::vector<ComparisonRow>& rows,
                                 const std::string& unit) {
    const int i = indexOf(metric);
    auto* set = new QBarSet(titleOf(metric, unit));
    set->setColor(QColor::fromRgb(kColours[i]));
    set->setLabelColor(QColor(20, 20, 20));
    QStringList labels;
    double top = 0.0;
    for (const ComparisonRow& row : rows) {
        const double value = valueOf(row, metric, unit);
        *set << value;
        top = std::max(top, value);
        labels << QString::fromStdString(row.label);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(titleOf(metric, unit));
    QFont titleFont = chart->titleFont();
    titleFont.setPixelSize(presentation_ ? 18 : 14);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    QFont axisFont = categories->labelsFont();
    axisFont.setPixelSize(presentation_ ? 18 : 12);
    categories->setLabelsFont(axisFont);
    // Policy labels whole ("rr:16ms"); fitCategoryLabels() slants them when they would collide.
    categories->setTruncateLabels(false);
    QFont valueFont = axisFont;
    valueFont.setBold(true);
    set->setLabelFont(valueFont);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    // Room above the tallest bar for its label.
    values->setRange(0.0, top > 0.0 ? top * 1.15 : 1.0);
    values->applyNiceNumbers();
    values->setLabelFormat(metric == Metric::ContextSwitches ? QStringLiteral("%d") : QStringLiteral("%.3g"));
    values->setLabelsFont(axisFont);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChartView* view = views_[static_cast<std::size_t>(i)];
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

const QBarSet* ComparisonCharts::bars(Metric metric) const {
    const QChart* chart = views_[static_cast<std::size_t>(indexOf(metric))]->chart();
    if (!chart || chart->series().isEmpty()) return nullptr;
    const auto* series = qobject_cast<const QBarSeries*>(chart->series().front());
    return series && series->count() > 0 ? series->barSets().front() : nullptr;
}

QStringList ComparisonCharts::categories(Metric metric) const {
    const QChart* chart = views_[static_cast<std::size_t>(indexOf(metric))]->chart();
    if (!chart) return {};
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        if (auto* c = qobject_cast<QBarCategoryAxis*>(axis)) return c->categories();
    }
    return {};
}

void ComparisonCharts::setPresentation(bool on) { presentation_ = on; }

}  // namespace ts::ui
