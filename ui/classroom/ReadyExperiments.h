#pragma once
// The experiments a teacher shows, one click each: how many updates the unlocked counter loses
// as the quantum grows (and from seed to seed), and how the average waiting time of a workload
// changes with the quantum. Each runs a scenario of the library, built into the program.
#include <QCoreApplication>
#include <QString>
#include <vector>

#include "classroom/SweepMeasure.h"
#include "classroom/SweepValues.h"

namespace ts::ui {

struct ReadyExperiment {
    QString title;        // the button
    QString explanation;  // what to look for, shown when it runs
    QString file;         // its scenario in scenarios/
    SweepParameter parameter = SweepParameter::Quantum;
    QString from;
    QString to;
    QString step;
    SweepMeasure::Kind measure = SweepMeasure::Kind::AverageWaiting;

    // The scenario's text, from the copy built into the program.
    QString text() const;
};

class ReadyExperiments {
    Q_DECLARE_TR_FUNCTIONS(ReadyExperiments)
public:
    static std::vector<ReadyExperiment> all();
};

}  // namespace ts::ui
