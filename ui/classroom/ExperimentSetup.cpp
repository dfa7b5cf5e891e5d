#include "classroom/ExperimentSetup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>

#include "classroom/ReadyExperiments.h"

namespace ts::ui {
namespace {

constexpr SweepParameter kParameters[] = {SweepParameter::Quantum,          SweepParameter::Cpus,
                                          SweepParameter::SwitchCost,       SweepParameter::ThreadSwitchCost,
                                          SweepParameter::Seed,             SweepParameter::InstructionCost};

QString parameterName(SweepParameter p) {
    switch (p) {
        case SweepParameter::Quantum: return ExperimentSetup::tr("Quantum");
        case SweepParameter::Cpus: return ExperimentSetup::tr("Number of CPUs");
        case SweepParameter::SwitchCost: return ExperimentSetup::tr("Context switch cost");
        case SweepParameter::ThreadSwitchCost: return ExperimentSetup::tr("Thread switch cost");
        case SweepParameter::Seed: return ExperimentSetup::tr("Random seed");
        case SweepParameter::InstructionCost: return ExperimentSetup::tr("Instruction cost (programs)");
    }
    return {};
}

struct Defaults {
    const char* from;
    const char* to;
    const char* step;
};

// A range worth looking at for each setting, filled in when the setting is chosen.
Defaults defaultsOf(SweepParameter p) {
    switch (p) {
        case SweepParameter::Quantum: return {"1ms", "20ms", "1ms"};
        case SweepParameter::Cpus: return {"1", "8", "1"};
        case SweepParameter::SwitchCost: return {"0", "2ms", "250us"};
        case SweepParameter::ThreadSwitchCost: return {"0", "1ms", "100us"};
        case SweepParameter::Seed: return {"1", "20", "1"};
        case SweepParameter::InstructionCost: return {"10ns", "100ns", "10ns"};
    }
    return {"", "", ""};
}

// One value of a field, checked as `timeslice sweep --values` checks it.
std::optional<std::int64_t> oneValue(const QString& field, const QString& text, SweepParameter p, QString* error) {
    std::string why;
    const auto v = SweepValues::parse(text.trimmed().toStdString(), p, &why);
    if (!v || v->size() != 1) {
        *error = ExperimentSetup::tr("%1: %2")
                     .arg(field, v ? ExperimentSetup::tr("one value, please") : QString::fromStdString(why));
        return std::nullopt;
    }
    return v->front();
}

}  // namespace

ExperimentSetup::ExperimentSetup(QWidget* parent)
    : QWidget(parent),
      parameter_(new QComboBox),
      from_(new QLineEdit),
      to_(new QLineEdit),
      byStep_(new QRadioButton(tr("Step"))),
      byCount_(new QRadioButton(tr("Points"))),
      step_(new QLineEdit),
      count_(new QSpinBox),
      measure_(new QComboBox),
      finalLabel_(new QLineEdit(QStringLiteral("counter:"))),
      expected_(new QLineEdit(QStringLiteral("expected:"))),
      lostHelp_(new QLabel) {
    for (SweepParameter p : kParameters) parameter_->addItem(parameterName(p), static_cast<int>(p));
    for (SweepMeasure::Kind k : SweepMeasure::kAll) measure_->addItem(SweepMeasure::name(k), static_cast<int>(k));
    count_->setRange(1, static_cast<int>(SweepValues::kMaxPoints));
    count_->setValue(10);
    byStep_->setChecked(true);
    from_->setToolTip(tr("Durations need a unit: 500us, 4ms, 1s"));
    to_->setToolTip(from_->toolTip());
    step_->setToolTip(from_->toolTip());
    finalLabel_->setToolTip(tr("The text before the number to plot, as the program prints it: the last "
                               "number on the last line containing it is taken."));
    expected_->setToolTip(tr("A number (200000), or the text before the line's number that gives it "
                             "(expected:)."));
    lostHelp_->setWordWrap(true);
    lostHelp_->setText(tr("<b>Lost updates</b> = expected - printed. Threads that add to a shared "
                          "counter without a lock lose an update whenever one is interrupted between "
                          "reading the counter and writing it back, and another writes in between."));

    auto* stepRow = new QHBoxLayout;
    stepRow->addWidget(byStep_);
    stepRow->addWidget(step_, 1);
    stepRow->addWidget(byCount_);
    stepRow->addWidget(count_);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Vary"), parameter_);
    form->addRow(tr("&From"), from_);
    form->addRow(tr("To"), to_);
    form->addRow(tr("By"), stepRow);
    form->addRow(tr("&Plot"), measure_);
    form->addRow(tr("Printed &number after"), finalLabel_);
    form->addRow(tr("&Expected total"), expected_);
    form->addRow(lostHelp_);

    connect(parameter_, &QComboBox::currentIndexChanged, this, &ExperimentSetup::parameterChosen);
    connect(byStep_, &QRadioButton::toggled, this, &ExperimentSetup::refreshEnabled);
    connect(measure_, &QComboBox::currentIndexChanged, this, [this] {
        refreshEnabled();
        emit measureChanged();
    });
    connect(finalLabel_, &QLineEdit::textChanged, this, &ExperimentSetup::measureChanged);
    connect(expected_, &QLineEdit::textChanged, this, &ExperimentSetup::measureChanged);
    parameterChosen();
}

void ExperimentSetup::setProgram(bool program) {
    program_ = program;
    // Items a workload has no use for stay listed, greyed, so the list looks the same for both.
    auto enable = [](QComboBox* box, int index, bool on) {
        if (auto* model = qobject_cast<QStandardItemModel*>(box->model())) model->item(index)->setEnabled(on);
    };
    enable(parameter_, parameter_->findData(static_cast<int>(SweepParameter::InstructionCost)), program);
    for (SweepMeasure::Kind k : SweepMeasure::kAll) {
        if (SweepMeasure::needsProgram(k)) enable(measure_, measure_->findData(static_cast<int>(k)), program);
    }
    if (!program && parameter() == SweepParameter::InstructionCost) setParameter(SweepParameter::Quantum);
    if (!program && SweepMeasure::needsProgram(measure().kind)) setMeasure(SweepMeasure::Kind::AverageWaiting);
    if (program && !SweepMeasure::needsProgram(measure().kind)) setMeasure(SweepMeasure::Kind::PrintedNumber);
    refreshEnabled();
}

void ExperimentSetup::apply(const ReadyExperiment& experiment) {
    setParameter(experiment.parameter);
    setRange(experiment.from, experiment.to, experiment.step);
    setMeasure(experiment.measure);
    setLabels(QStringLiteral("counter:"), QStringLiteral("expected:"));
}

void ExperimentSetup::setParameter(SweepParameter parameter) {
    parameter_->setCurrentIndex(parameter_->findData(static_cast<int>(parameter)));
}

void ExperimentSetup::setRange(const QString& from, const QString& to, const QString& step) {
    from_->setText(from);
    to_->setText(to);
    step_->setText(step);
    byStep_->setChecked(true);
}

void ExperimentSetup::setPointCount(int count) {
    count_->setValue(count);
    byCount_->setChecked(true);
}

void ExperimentSetup::setMeasure(SweepMeasure::Kind kind) {
    measure_->setCurrentIndex(measure_->findData(static_cast<int>(kind)));
}

void ExperimentSetup::setLabels(const QString& finalLabel, const QString& expected) {
    finalLabel_->setText(finalLabel);
    expected_->setText(expected);
}

SweepParameter ExperimentSetup::parameter() const {
    return static_cast<SweepParameter>(parameter_->currentData().toInt());
}

SweepMeasure ExperimentSetup::measure() const {
    SweepMeasure m;
    m.kind = static_cast<SweepMeasure::Kind>(measure_->currentData().toInt());
    m.finalLabel = finalLabel_->text().toStdString();
    bool isNumber = false;
    const qlonglong expected = expected_->text().trimmed().toLongLong(&isNumber);
    if (isNumber) {
        m.expected = expected;
    } else {
        m.expectedLabel = expected_->text().toStdString();
    }
    return m;
}

std::optional<std::vector<std::int64_t>> ExperimentSetup::values(QString* error) const {
    const SweepParameter p = parameter();
    QString ignored;
    if (!error) error = &ignored;
    if (byStep_->isChecked()) {
        // The same text `timeslice sweep --values FROM:TO:STEP` reads, so both say the same.
        const QString range = from_->text().trimmed() + ':' + to_->text().trimmed() + ':' + step_->text().trimmed();
        std::string why;
        auto list = SweepValues::parse(range.toStdString(), p, &why);
        if (!list) *error = QString::fromStdString(why);
        return list;
    }
    const auto first = oneValue(tr("From"), from_->text(), p, error);
    if (!first) return std::nullopt;
    const auto last = oneValue(tr("To"), to_->text(), p, error);
    if (!last) return std::nullopt;
    if (*last < *first) {
        *error = tr("the range ends (%1) before it starts (%2)")
                     .arg(QString::fromStdString(SweepValues::format(p, *last)),
                          QString::fromStdString(SweepValues::format(p, *first)));
        return std::nullopt;
    }
    return SweepValues::evenly(*first, *last, static_cast<std::size_t>(count_->value()));
}

void ExperimentSetup::parameterChosen() {
    // Keeps "step" or "points" as the user chose it; only the numbers change.
    const Defaults d = defaultsOf(parameter());
    from_->setText(QString::fromLatin1(d.from));
    to_->setText(QString::fromLatin1(d.to));
    step_->setText(QString::fromLatin1(d.step));
}

void ExperimentSetup::refreshEnabled() {
    step_->setEnabled(byStep_->isChecked());
    count_->setEnabled(!byStep_->isChecked());
    const SweepMeasure::Kind kind = measure().kind;
    finalLabel_->setEnabled(program_ && SweepMeasure::needsProgram(kind));
    expected_->setEnabled(program_ && kind == SweepMeasure::Kind::LostUpdates);
    lostHelp_->setVisible(kind == SweepMeasure::Kind::LostUpdates);
}

}  // namespace ts::ui
