#pragma once
// A form for a random workload, with the same settings as `timeslice generate`: how many
// processes, the seed, the arrival pattern, the CPU (and optional I/O) burst distributions,
// bursts per process, a priority range and the machine; or, chosen at the top, a periodic task
// set (tasks, total utilisation, period range) for rate monotonic against EDF. The preview
// shows the file it makes and the command line that makes the same file; text() is that file
// once accepted.
#include <QDialog>
#include <QList>
#include <QString>
#include <optional>
#include <string>

#include "workload/WorkloadGeneratorOptions.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ts::ui {

class WorkloadGeneratorDialog : public QDialog {
    Q_OBJECT
  public:
    explicit WorkloadGeneratorDialog(QWidget* parent = nullptr);

    // The generated workload; empty while the form has a fault.
    QString text() const { return text_; }
    // The fault in the form, in one sentence; empty when there is none.
    QString problem() const { return problem_; }
    // The settings the form shows; nullopt while a field cannot be read.
    std::optional<WorkloadGeneratorOptions> options() const;
    void setOptions(const WorkloadGeneratorOptions& options);
    // "timeslice generate ..." for the current settings; empty while the form has a fault.
    QString commandLine() const { return commandLine_; }

  signals:
    // After every change of the form, with the new preview (empty on a fault).
    void previewChanged(const QString& text);

  private:
    // The fields of one burst distribution: its kind, then one or two durations.
    struct DistributionFields {
        QComboBox* kind = nullptr;
        QLineEdit* first = nullptr;
        QLineEdit* second = nullptr;
    };

    DistributionFields makeDistributionFields();
    void showDistribution(const DistributionFields& fields, const DurationDistribution& value);
    void regenerate();
    void updateFieldStates();
    bool periodicChosen() const;
    // The periodic fields read into `options`; false while a period cannot be read.
    bool readPeriodic(WorkloadGeneratorOptions& options, QString* error) const;
    std::optional<DurationDistribution> readDistribution(const DistributionFields& fields,
                                                         const std::string& unit,
                                                         const QString& what, QString* error) const;

    QComboBox* kind_;  // processes or periodic tasks
    QSpinBox* processes_;
    QSpinBox* seed_;
    QComboBox* arrival_;
    QLineEdit* arrivalSpan_;
    DistributionFields cpu_;
    QCheckBox* io_;
    DistributionFields ioFields_;
    QSpinBox* bursts_;
    QCheckBox* priorities_;
    QSpinBox* lowestPriority_;
    QSpinBox* highestPriority_;
    QSpinBox* tasks_;
    QDoubleSpinBox* utilisation_;
    QLineEdit* shortestPeriod_;
    QLineEdit* longestPeriod_;
    QComboBox* policy_;
    QLineEdit* quantum_;
    QSpinBox* cpus_;
    QComboBox* unit_;
    QPlainTextEdit* preview_;
    QLabel* command_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
    QFormLayout* form_ = nullptr;
    QList<int> processRows_;   // the form's rows only processes have
    QList<int> periodicRows_;  // the form's rows only periodic tasks have
    QString text_;
    QString problem_;
    QString commandLine_;
};

}  // namespace ts::ui
