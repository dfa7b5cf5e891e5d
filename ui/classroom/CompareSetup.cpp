#include "classroom/CompareSetup.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "gantt/TimeAxis.h"
#include "policies/PolicyFactory.h"
#include "scenario/Duration.h"

namespace ts::ui {
namespace {

// What each policy is, in words, for its row's tooltip and note (translated in CompareSetup's context).
struct PolicyDescription {
    std::string_view policy;
    const char* text;
};
constexpr PolicyDescription kDescriptions[] = {
    {"fcfs", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "first come, first served")},
    {"sjf", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "shortest job first")},
    {"srtf", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "shortest remaining time first")},
    {"hrrn", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "highest response ratio next")},
    {"priority", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "priority, not pre-emptive")},
    {"priority-preemptive", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "priority, pre-emptive")},
    {"rr", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "round robin")},
    {"mlfq", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "multilevel feedback queue")},
    {"lottery", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "lottery")},
    {"cfs", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "completely fair (Linux CFS)")},
    {"rm", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "rate monotonic")},
    {"edf", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "earliest deadline first")},
    {"scripted", QT_TRANSLATE_NOOP("ts::ui::CompareSetup", "the workload's own schedule")},
};

QString describe(std::string_view policy) {
    for (const PolicyDescription& d : kDescriptions) {
        if (d.policy == policy) return CompareSetup::tr(d.text);
    }
    return {};
}

}  // namespace

CompareSetup::CompareSetup(const WorkloadSpec& spec, QWidget* parent) : QWidget(parent), unit_(spec.unit) {
    // The workload's quantum, else four of its units: 4 ms for the textbook's millisecond exercises.
    const Time quantum = spec.machine.quantum > 0 ? spec.machine.quantum : 4 * TimeAxis::unitNs(spec.unit);
    defaultQuanta_ = QStringLiteral("%1, %2").arg(QString::fromStdString(formatDuration(quantum)),
                                                  QString::fromStdString(formatDuration(4 * quantum)));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>Policies to compare</b>"));
    layout->addWidget(heading);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (std::string_view name : PolicyFactory::names()) {
        const std::string policy(name);
        auto* check = new QCheckBox(QString::fromStdString(policy));
        check->setToolTip(describe(name));
        grid->addWidget(check, row, 0);
        QLineEdit* quanta = nullptr;
        if (PolicyFactory::needsQuantum(name)) {
            quanta = new QLineEdit(defaultQuanta_);
            quanta->setToolTip(tr("Quanta to try, separated by commas: one run each "
                                  "(bare numbers are in %1)").arg(QString::fromStdString(unit_)));
            quanta->setAccessibleName(tr("%1 quanta").arg(QString::fromStdString(policy)));
            grid->addWidget(quanta, row, 1);
        } else {
            auto* what = new QLabel(describe(name));
            what->setEnabled(false);
            grid->addWidget(what, row, 1);
        }
        entries_.push_back({policy, check, quanta});
        ++row;
    }
    layout->addLayout(grid);
    auto* textbook = new QPushButton(tr("&Textbook set"));
    textbook->setToolTip(tr("fcfs, sjf, srtf, rr at two quanta, priority"));
    connect(textbook, &QPushButton::clicked, this, &CompareSetup::chooseTextbookSet);
    compare_ = new QPushButton(tr("&Compare"));
    compare_->setDefault(true);
    connect(compare_, &QPushButton::clicked, this, &CompareSetup::compareRequested);
    layout->addWidget(textbook);
    layout->addWidget(compare_);
    layout->addStretch(1);
    chooseTextbookSet();
}

void CompareSetup::chooseTextbookSet() {
    for (const Entry& e : entries_) {
        if (e.quanta) e.quanta->setText(defaultQuanta_);
    }
    choose({QStringLiteral("fcfs"), QStringLiteral("sjf"), QStringLiteral("srtf"), QStringLiteral("rr"),
            QStringLiteral("priority")});
}

void CompareSetup::setComparing(bool comparing) {
    compare_->setEnabled(!comparing);
    compare_->setText(comparing ? tr("Simulating...") : tr("&Compare"));
}

void CompareSetup::choose(const QStringList& policies) {
    for (const Entry& e : entries_) e.check->setChecked(policies.contains(QString::fromStdString(e.policy)));
}

void CompareSetup::setQuanta(const QString& policy, const QString& quanta) {
    for (const Entry& e : entries_) {
        if (e.quanta && QString::fromStdString(e.policy) == policy) e.quanta->setText(quanta);
    }
}

CompareSetup::Selection CompareSetup::selection() const {
    Selection s;
    for (const Entry& e : entries_) {
        const QString policy = QString::fromStdString(e.policy);
        if (e.check->isChecked()) s.policies << policy;
        if (e.quanta) s.quanta.append({policy, e.quanta->text()});
    }
    return s;
}

void CompareSetup::select(const Selection& selection) {
    choose(selection.policies);
    for (const auto& [policy, quanta] : selection.quanta) setQuanta(policy, quanta);
}

std::vector<PolicyChoice> CompareSetup::choices(QString* error) const {
    std::vector<PolicyChoice> result;
    for (const Entry& e : entries_) {
        if (!e.check->isChecked()) continue;
        if (!e.quanta) {
            result.push_back({e.policy, std::nullopt});
            continue;
        }
        const QStringList texts = e.quanta->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")),
                                                         Qt::SkipEmptyParts);
        if (texts.isEmpty()) {
            if (error) *error = tr("%1 needs a quantum: write one, e.g. 4ms").arg(QString::fromStdString(e.policy));
            return {};
        }
        for (const QString& text : texts) {
            std::string why;
            const std::optional<Time> quantum = parseDuration(text.toStdString(), unit_, &why);
            if (!quantum || *quantum <= 0) {
                if (error) {
                    *error = tr("%1 quantum '%2': %3")
                                 .arg(QString::fromStdString(e.policy), text,
                                      why.empty() ? tr("must be more than zero") : QString::fromStdString(why));
                }
                return {};
            }
            result.push_back({e.policy, quantum});
        }
    }
    if (result.empty() && error) *error = tr("Choose at least one policy.");
    return result;
}

}  // namespace ts::ui
