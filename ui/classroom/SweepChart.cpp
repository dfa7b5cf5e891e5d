#include "classroom/SweepChart.h"

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

#include "gantt/TimeAxis.h"

namespace ts::ui {
namespace {

// The smallest 1, 2 or 5 times a power of ten that splits `span` into at most `parts` ticks;
// `whole` keeps it at 1 or more (CPUs and seeds have no halves).
double niceStep(double span, int parts, bool whole) {
    if (span <= 0) return 1;
    const double raw = span / parts;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * power;
    for (double m : {1.0, 2.0, 5.0}) {
        if (m * power >= raw) {
            step = m * power;
            break;
        }
    }
    return whole ? std::max(step, 1.0) : step;
}

bool allWhole(const QList<QPointF>& points, bool vertical) {
    return std::all_of(points.begin(), points.end(), [vertical](const QPointF& p) {
        const double v = vertical ? p.y() : p.x();
        return v == std::floor(v);
    });
}

// An axis whose ticks fall on round numbers from `low` to `high`; `room` leaves a little space
// after a point on the last tick, so that its dot is not cut in half by the plot's edge.
void setRange(QValueAxis* axis, double low, double high, bool whole, bool room) {
    if (high <= low) high = low + 1;
    const double step = niceStep(high - low, 8, whole);
    const double from = std::floor(low / step) * step;
    double to = std::ceil(high / step) * step;
    if (room && to == high) to += step / 4;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(from);
    axis->setTickInterval(step);
    axis->setRange(from, to);
    axis->setLabelFormat(whole || step >= 1 ? QStringLiteral("%.0f")
                                            : QStringLiteral("%.") + QString::number(int(std::ceil(-std::log10(step)))) + 'f');
}

}  // namespace

SweepChart::SweepChart(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
}

QString SweepChart::parameterTitle(SweepParameter parameter, const std::string& unit) {
    QString name;
    switch (parameter) {
        case SweepParameter::Quantum: name = tr("Quantum"); break;
        case SweepParameter::Cpus: name = tr("CPUs"); break;
        case SweepParameter::SwitchCost: name = tr("Context switch cost"); break;
        case SweepParameter::ThreadSwitchCost: name = tr("Thread switch cost"); break;
        case SweepParameter::Seed: name = tr("Seed"); break;
        case SweepParameter::InstructionCost: name = tr("Instruction cost"); break;
    }
    if (unit.empty()) return name;
    return tr("%1 (%2)").arg(name, SweepMeasure::unitText(unit));
}

std::string SweepChart::durationUnit(const std::vector<SweepPoint>& points) {
    std::int64_t largest = 0;
    for (const SweepPoint& p : points) largest = std::max(largest, p.value);
    if (largest >= kMillisecond) return "ms";
    if (largest >= kMicrosecond) return "us";
    return "ns";
}

void SweepChart::clear(const QString& message) {
    plotted_.clear();
    auto* chart = new QChart;
    chart->setTitle(message);
    chart->legend()->hide();
    replaceChart(chart);
}

void SweepChart::showPoints(const std::vector<SweepPoint>& points, SweepParameter parameter,
                            const SweepMeasure& measure, const std::string& timeUnit, const QString& title) {
    const bool duration = SweepValues::isDuration(parameter);
    const std::string xUnit = duration ? durationUnit(points) : std::string();
    const double xScale = duration ? static_cast<double>(TimeAxis::unitNs(xUnit)) : 1.0;
    plotted_.clear();
    for (const SweepPoint& p : points) {
        if (const auto v = measure.valueOf(p, timeUnit)) plotted_.append({static_cast<double>(p.value) / xScale, *v});
    }
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    auto* line = new QLineSeries;
    auto* dots = new QScatterSeries;
    line->append(plotted_);
    dots->append(plotted_);
    dots->setMarkerSize(11);
    line->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 3));
    dots->setColor(QColor(0x1f, 0x77, 0xb4));
    dots->setBorderColor(Qt::white);
    chart->addSeries(line);
    chart->addSeries(dots);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(parameterTitle(parameter, xUnit));
    y->setTitleText(measure.axisTitle(timeUnit));
    if (!plotted_.isEmpty()) {
        double xLow = plotted_.front().x(), xHigh = xLow, yHigh = plotted_.front().y(), yLow = yHigh;
        for (const QPointF& p : plotted_) {
            xLow = std::min(xLow, p.x());
            xHigh = std::max(xHigh, p.x());
            yLow = std::min(yLow, p.y());
            yHigh = std::max(yHigh, p.y());
        }
        setRange(x, xLow, xHigh, allWhole(plotted_, false) && !duration, true);
        // Counts and times start at zero, so that the eye compares heights honestly.
        setRange(y, std::min(0.0, yLow), yHigh, allWhole(plotted_, true), false);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    replaceChart(chart);
}

void SweepChart::replaceChart(QChart* chart) {
    // Fonts go on before the chart is shown: set later, Qt Charts keeps the old label widths
    // and wraps "12000" over two lines.
    applyFonts(chart);
    // The plot's height is known once the chart is laid out, and changes with the window.
    connect(chart, &QChart::plotAreaChanged, this, [this, chart] { fitVerticalTitle(chart); });
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

void SweepChart::fitVerticalTitle(QChart* c) const {
    const auto axes = c->axes(Qt::Vertical);
    if (axes.isEmpty() || c->plotArea().isEmpty()) return;
    QAbstractAxis* y = axes.front();
    const QFont labels = y->labelsFont();
    QFont title = labels;
    title.setBold(true);
    // As tall as the plot, less the text item's own margins; never below three quarters of
    // the labels' size (Qt Charts elides what still does not fit).
    const int room = qRound(c->plotArea().height()) - 16;
    const double smallest = labels.pointSizeF() * 0.75;
    while (title.pointSizeF() > smallest && QFontMetrics(title).horizontalAdvance(y->titleText()) > room) {
        title.setPointSizeF(title.pointSizeF() - 0.5);
    }
    if (y->titleFont() != title) y->setTitleFont(title);
}

QString SweepChart::horizontalTitle() const {
    const auto axes = chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? QString() : axes.front()->titleText();
}

QString SweepChart::verticalTitle() const {
    const auto axes = chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? QString() : axes.front()->titleText();
}

void SweepChart::setPresentationMode(bool on) {
    presentation_ = on;
}

void SweepChart::applyFonts(QChart* c) const {
    const bool on = presentation_;
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * (on ? 1.5 : 1.3));
    title.setBold(true);
    c->setTitleFont(title);
    QFont labels = font();
    labels.setPointSizeF(labels.pointSizeF() * (on ? 1.5 : 1.1));
    QFont axisTitle = labels;
    axisTitle.setBold(true);
    for (QAbstractAxis* axis : c->axes()) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(axisTitle);
    }
}

}  // namespace ts::ui
