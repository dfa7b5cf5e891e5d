#pragma once
// An experiment's points as a table under its chart, one row a point. A program shows the number
// it printed and the updates lost first, then how the run went; a workload shows the mean
// waiting, turnaround and response times. Times are in the scenario's unit.
#include <QTableWidget>
#include <string>
#include <vector>

#include "classroom/Sweep.h"
#include "classroom/SweepMeasure.h"

namespace ts::ui {

class SweepTable : public QTableWidget {
    Q_OBJECT
public:
    explicit SweepTable(QWidget* parent = nullptr);

    void showPoints(const std::vector<SweepPoint>& points, SweepParameter parameter, const SweepMeasure& measure,
                    const std::string& timeUnit, bool program);
};

}  // namespace ts::ui
