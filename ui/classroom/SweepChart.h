#pragma once
// An experiment's result as a chart: the measure (vertical) against the swept setting
// (horizontal), a line through the points and a dot on each, both axes titled with their unit.
// Durations on the horizontal axis read in ms, µs or ns, whichever fits the values.
#include <QChartView>
#include <QList>
#include <QPointF>
#include <string>
#include <vector>

#include "classroom/Sweep.h"
#include "classroom/SweepMeasure.h"

namespace ts::ui {

class SweepChart : public QChartView {
    Q_OBJECT
public:
    explicit SweepChart(QWidget* parent = nullptr);

    // `timeUnit` is the unit of the measure's times (the scenario's).
    void showPoints(const std::vector<SweepPoint>& points, SweepParameter parameter, const SweepMeasure& measure,
                    const std::string& timeUnit, const QString& title);
    void clear(const QString& message);

    // The plotted points, in the axes' units (a point without a value is left out).
    QList<QPointF> plotted() const { return plotted_; }
    QString horizontalTitle() const;
    QString verticalTitle() const;

    // The swept setting's name, with the unit of its values when it has one ("Quantum (ms)").
    static QString parameterTitle(SweepParameter parameter, const std::string& unit);
    // The unit durations of these values read best in: ms, us or ns.
    static std::string durationUnit(const std::vector<SweepPoint>& points);
    // Larger type for a projector, from the next chart shown on.
    void setPresentationMode(bool on);

private:
    void replaceChart(QChart* chart);
    void applyFonts(QChart* chart) const;
    // The vertical axis title in smaller type when the plot is too low for it (presentation
    // mode, "Aggiornamenti persi"): Qt Charts would cut it to "Aggiornamenti p...".
    void fitVerticalTitle(QChart* chart) const;

    QList<QPointF> plotted_;
    bool presentation_ = false;
};

}  // namespace ts::ui
