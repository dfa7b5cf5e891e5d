#pragma once
// The form of an experiment: which setting to sweep, over which values (from, to, and a step or
// a number of points), and what to plot. For a program it also asks which printed number is the
// result (the final counter) and what the total should have been, for the lost updates.
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

#include "classroom/SweepMeasure.h"
#include "classroom/SweepValues.h"

class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QLabel;

namespace ts::ui {

struct ReadyExperiment;

class ExperimentSetup : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentSetup(QWidget* parent = nullptr);

    // A program offers the instruction cost and the printed numbers; a workload does not.
    void setProgram(bool program);
    void apply(const ReadyExperiment& experiment);
    void setParameter(SweepParameter parameter);
    void setRange(const QString& from, const QString& to, const QString& step);
    void setPointCount(int count);  // "from, to, N points" instead of a step
    void setMeasure(SweepMeasure::Kind kind);
    void setLabels(const QString& finalLabel, const QString& expected);

    SweepParameter parameter() const;
    SweepMeasure measure() const;
    // The values to run, or nullopt with `error` saying which field is wrong and why.
    std::optional<std::vector<std::int64_t>> values(QString* error) const;

signals:
    // The measure or its labels changed: the chart can be redrawn without running again.
    void measureChanged();

private:
    void parameterChosen();
    void refreshEnabled();

    bool program_ = false;
    QComboBox* parameter_;
    QLineEdit* from_;
    QLineEdit* to_;
    QRadioButton* byStep_;
    QRadioButton* byCount_;
    QLineEdit* step_;
    QSpinBox* count_;
    QComboBox* measure_;
    QLineEdit* finalLabel_;
    QLineEdit* expected_;
    QLabel* lostHelp_;
};

}  // namespace ts::ui
