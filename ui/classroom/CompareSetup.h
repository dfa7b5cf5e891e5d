#pragma once
// The Compare window's choice of runs: every policy the kernel has, each with a check box, and
// for the policies that run in quanta (rr, mlfq, lottery) the quanta to try, several at once
// ("2ms, 8ms": one run each). It starts on a textbook set: fcfs, sjf, srtf, rr at the
// workload's quantum and four times it, and non-pre-emptive priority.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <string>
#include <vector>

#include "classroom/PolicyComparison.h"

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace ts::ui {

class CompareSetup : public QWidget {
    Q_OBJECT
public:
    // `spec` gives the default quantum and the unit of bare numbers in the quanta.
    explicit CompareSetup(const WorkloadSpec& spec, QWidget* parent = nullptr);

    // The runs chosen, in the order of the list. On a quantum that cannot be read, returns
    // nothing and sets `error` to a message naming the policy and the text.
    std::vector<PolicyChoice> choices(QString* error) const;
    // Checks exactly the policies named (for the tests and for "textbook set").
    void choose(const QStringList& policies);
    void setQuanta(const QString& policy, const QString& quanta);
    // What is chosen, as the user left it: carried over to the window a change of interface
    // language builds anew.
    struct Selection {
        QStringList policies;
        QList<QPair<QString, QString>> quanta;  // policy, its quanta's text
    };
    Selection selection() const;
    void select(const Selection& selection);
    // While runs are being made, the Compare button waits for them.
    void setComparing(bool comparing);

signals:
    void compareRequested();

private:
    struct Entry {
        std::string policy;
        QCheckBox* check;
        QLineEdit* quanta;  // nullptr for a policy without a quantum
    };
    void chooseTextbookSet();

    std::vector<Entry> entries_;
    QPushButton* compare_;
    std::string unit_;
    QString defaultQuanta_;
};

}  // namespace ts::ui
