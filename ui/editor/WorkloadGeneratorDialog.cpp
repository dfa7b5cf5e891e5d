#include "editor/WorkloadGeneratorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

#include "policies/PolicyFactory.h"
#include "scenario/Duration.h"
#include "workload/PeriodicTaskGenerator.h"
#include "workload/WorkloadGenerator.h"

namespace ts::ui {
namespace {

using Kind = DurationDistribution::Kind;

QString durationText(Time ns) {
    return QString::fromStdString(formatDuration(ns));
}

// A duration field: a bare number is in the file's unit, as in the file itself.
std::optional<Time> readDuration(const QLineEdit& field, const std::string& unit, Time minimum,
                                 const QString& what, QString* error) {
    std::string problem;
    const std::optional<Time> ns =
        parseDuration(field.text().trimmed().toStdString(), unit, &problem);
    if (!ns) {
        *error = what + QStringLiteral(": ") + QString::fromStdString(problem);
        return std::nullopt;
    }
    if (*ns < minimum) {
        *error = what + QObject::tr(" must be positive");
        return std::nullopt;
    }
    return ns;
}

void selectData(QComboBox& box, const QVariant& value) {
    const int at = box.findData(value);
    if (at >= 0) box.setCurrentIndex(at);
}

}  // namespace

WorkloadGeneratorDialog::WorkloadGeneratorDialog(QWidget* parent)
    : QDialog(parent),
      kind_(new QComboBox(this)),
      processes_(new QSpinBox(this)),
      seed_(new QSpinBox(this)),
      arrival_(new QComboBox(this)),
      arrivalSpan_(new QLineEdit(this)),
      cpu_(makeDistributionFields()),
      io_(new QCheckBox(tr("I/O bursts between the CPU bursts"), this)),
      ioFields_(makeDistributionFields()),
      bursts_(new QSpinBox(this)),
      priorities_(new QCheckBox(tr("Priorities from"), this)),
      lowestPriority_(new QSpinBox(this)),
      highestPriority_(new QSpinBox(this)),
      tasks_(new QSpinBox(this)),
      utilisation_(new QDoubleSpinBox(this)),
      shortestPeriod_(new QLineEdit(this)),
      longestPeriod_(new QLineEdit(this)),
      policy_(new QComboBox(this)),
      quantum_(new QLineEdit(this)),
      cpus_(new QSpinBox(this)),
      unit_(new QComboBox(this)),
      preview_(new QPlainTextEdit(this)),
      command_(new QLabel(this)),
      error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Generate a random workload"));
    kind_->addItem(tr("processes"), QStringLiteral("processes"));
    kind_->addItem(tr("periodic tasks"), QStringLiteral("tasks"));
    kind_->setToolTip(tr("Periodic tasks: a real-time task set to compare rm and edf"));
    tasks_->setRange(1, PeriodicTaskGenerator::kMaxTasks);
    utilisation_->setRange(0.001, PeriodicTaskGenerator::kMaxTasks);
    utilisation_->setDecimals(3);
    utilisation_->setSingleStep(0.05);
    utilisation_->setToolTip(
        tr("The tasks' total share of the CPU, split among them at random; at most 1 each"));
    shortestPeriod_->setPlaceholderText(tr("shortest"));
    longestPeriod_->setPlaceholderText(tr("longest"));
    processes_->setRange(1, WorkloadGeneratorOptions::kMaxProcesses);
    seed_->setRange(0, std::numeric_limits<int>::max());
    arrival_->addItem(tr("all at time 0"), QStringLiteral("zero"));
    arrival_->addItem(tr("uniform over a window of"), QStringLiteral("uniform"));
    arrival_->addItem(tr("Poisson, mean gap"), QStringLiteral("poisson"));
    bursts_->setRange(1, WorkloadGeneratorOptions::kMaxCpuBursts);
    bursts_->setToolTip(tr("CPU bursts per process; with I/O, an I/O burst between each two"));
    lowestPriority_->setRange(-1000, 1000);
    highestPriority_->setRange(-1000, 1000);
    for (std::string_view name : PolicyFactory::names()) {
        policy_->addItem(QString::fromUtf8(name.data(), static_cast<int>(name.size())));
    }
    quantum_->setPlaceholderText(tr("e.g. 4ms (rr, mlfq and lottery need one)"));
    cpus_->setRange(1, 256);
    for (const char* unit : {"ns", "us", "ms", "s"}) unit_->addItem(QString::fromLatin1(unit));
    preview_->setReadOnly(true);
    preview_->setLineWrapMode(QPlainTextEdit::NoWrap);
    preview_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command_->setWordWrap(true);
    command_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto row = [this](std::initializer_list<QWidget*> widgets) {
        auto* line = new QHBoxLayout;
        for (QWidget* widget : widgets) line->addWidget(widget);
        line->addStretch();
        return line;
    };
    auto* and_ = new QLabel(tr("to"), this);
    auto* form = new QFormLayout;
    form_ = form;
    // Rows are counted as they are added, to show only those of the chosen kind.
    auto add = [form](QList<int>* kind, auto... cells) {
        if (kind) kind->append(form->rowCount());
        form->addRow(cells...);
    };
    add(nullptr, tr("Generate"), kind_);
    add(&processRows_, tr("Processes"), processes_);
    add(&periodicRows_, tr("Tasks"), tasks_);
    add(nullptr, tr("Seed"), seed_);
    add(&periodicRows_, tr("Total utilisation"), utilisation_);
    add(&periodicRows_, tr("Periods from"),
        row({shortestPeriod_, new QLabel(tr("to"), this), longestPeriod_}));
    add(&processRows_, tr("Arrivals"), row({arrival_, arrivalSpan_}));
    add(&processRows_, tr("CPU bursts"), row({cpu_.kind, cpu_.first, cpu_.second}));
    add(&processRows_, io_);
    add(&processRows_, tr("I/O bursts"), row({ioFields_.kind, ioFields_.first, ioFields_.second}));
    add(&processRows_, tr("CPU bursts per process"), bursts_);
    add(&processRows_, row({priorities_, lowestPriority_, and_, highestPriority_}));
    form->addRow(tr("Policy"), row({policy_, new QLabel(tr("quantum"), this), quantum_}));
    form->addRow(tr("CPUs"), cpus_);
    form->addRow(tr("Unit of the file"), unit_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(preview_, 1);
    layout->addWidget(command_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    WorkloadGeneratorOptions defaults;
    defaults.arrival = ArrivalPattern::poisson(5 * kMillisecond);
    defaults.cpuBurst = DurationDistribution::exponential(10 * kMillisecond);
    defaults.ioBurst = DurationDistribution::uniform(2 * kMillisecond, 8 * kMillisecond);
    defaults.cpuBursts = 2;
    defaults.policy = "rr";
    defaults.quantum = 4 * kMillisecond;
    setOptions(defaults);

    // Periodic tasks are for the real-time policies: choosing them picks rate monotonic.
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        if (!periodicChosen()) return;
        policy_->setCurrentText(QStringLiteral("rm"));
        quantum_->clear();  // neither rm nor edf uses one
    });
    // Every field regenerates the preview as it changes.
    const auto changed = [this] { regenerate(); };
    for (QSpinBox* box :
         {processes_, tasks_, seed_, bursts_, lowestPriority_, highestPriority_, cpus_}) {
        connect(box, &QSpinBox::valueChanged, this, changed);
    }
    connect(utilisation_, &QDoubleSpinBox::valueChanged, this, changed);
    for (QComboBox* box : {kind_, arrival_, cpu_.kind, ioFields_.kind, policy_, unit_}) {
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    }
    for (QLineEdit* field : {arrivalSpan_, cpu_.first, cpu_.second, ioFields_.first,
                             ioFields_.second, shortestPeriod_, longestPeriod_, quantum_}) {
        connect(field, &QLineEdit::textChanged, this, changed);
    }
    for (QCheckBox* box : {io_, priorities_}) connect(box, &QCheckBox::toggled, this, changed);
    regenerate();
}

WorkloadGeneratorDialog::DistributionFields WorkloadGeneratorDialog::makeDistributionFields() {
    DistributionFields fields{new QComboBox(this), new QLineEdit(this), new QLineEdit(this)};
    fields.kind->addItem(tr("fixed"), static_cast<int>(Kind::Fixed));
    fields.kind->addItem(tr("exponential"), static_cast<int>(Kind::Exponential));
    fields.kind->addItem(tr("uniform"), static_cast<int>(Kind::Uniform));
    fields.kind->addItem(tr("normal"), static_cast<int>(Kind::Normal));
    return fields;
}

void WorkloadGeneratorDialog::showDistribution(const DistributionFields& fields,
                                               const DurationDistribution& value) {
    selectData(*fields.kind, static_cast<int>(value.kind));
    fields.first->setText(durationText(value.a));
    fields.second->setText(value.kind == Kind::Uniform || value.kind == Kind::Normal
                               ? durationText(value.b)
                               : QString());
}

void WorkloadGeneratorDialog::setOptions(const WorkloadGeneratorOptions& options) {
    selectData(*kind_, options.periodic ? QStringLiteral("tasks") : QStringLiteral("processes"));
    const PeriodicTaskSet periodic = options.periodic.value_or(PeriodicTaskSet());
    tasks_->setValue(periodic.tasks);
    utilisation_->setValue(periodic.utilisation);
    shortestPeriod_->setText(durationText(periodic.shortestPeriod));
    longestPeriod_->setText(durationText(periodic.longestPeriod));
    processes_->setValue(options.processes);
    seed_->setValue(
        static_cast<int>(std::min<std::uint64_t>(options.seed, std::numeric_limits<int>::max())));
    selectData(*arrival_, QString::fromStdString(
                              options.arrival.kind == ArrivalPattern::Kind::AllAtZero ? "zero"
                              : options.arrival.kind == ArrivalPattern::Kind::Uniform ? "uniform"
                                                                                      : "poisson"));
    arrivalSpan_->setText(options.arrival.span > 0 ? durationText(options.arrival.span)
                                                   : QString());
    showDistribution(cpu_, options.cpuBurst);
    io_->setChecked(options.ioBurst.has_value());
    showDistribution(
        ioFields_, options.ioBurst.value_or(DurationDistribution::exponential(10 * kMillisecond)));
    bursts_->setValue(options.cpuBursts);
    priorities_->setChecked(options.priorities.has_value());
    lowestPriority_->setValue(options.priorities ? options.priorities->lowest : 0);
    highestPriority_->setValue(options.priorities ? options.priorities->highest : 5);
    policy_->setCurrentText(QString::fromStdString(options.policy));
    quantum_->setText(options.quantum > 0 ? durationText(options.quantum) : QString());
    cpus_->setValue(options.cpus);
    unit_->setCurrentText(QString::fromStdString(options.unit));
    regenerate();
}

std::optional<DurationDistribution> WorkloadGeneratorDialog::readDistribution(
    const DistributionFields& fields, const std::string& unit, const QString& what,
    QString* error) const {
    const auto kind = static_cast<Kind>(fields.kind->currentData().toInt());
    const bool two = kind == Kind::Uniform || kind == Kind::Normal;
    const QString firstName = kind == Kind::Fixed     ? tr("length")
                              : kind == Kind::Uniform ? tr("minimum")
                                                      : tr("mean");
    const std::optional<Time> a =
        readDuration(*fields.first, unit, 1, what + QLatin1Char(' ') + firstName, error);
    if (!a) return std::nullopt;
    if (!two) {
        return kind == Kind::Fixed ? DurationDistribution::fixed(*a)
                                   : DurationDistribution::exponential(*a);
    }
    const QString secondName = kind == Kind::Uniform ? tr("maximum") : tr("standard deviation");
    const std::optional<Time> b = readDuration(*fields.second, unit, kind == Kind::Normal ? 0 : 1,
                                               what + QLatin1Char(' ') + secondName, error);
    if (!b) return std::nullopt;
    return kind == Kind::Uniform ? DurationDistribution::uniform(*a, *b)
                                 : DurationDistribution::normal(*a, *b);
}

bool WorkloadGeneratorDialog::periodicChosen() const {
    return kind_->currentData().toString() == QLatin1String("tasks");
}

bool WorkloadGeneratorDialog::readPeriodic(WorkloadGeneratorOptions& options,
                                           QString* error) const {
    PeriodicTaskSet periodic{tasks_->value(), utilisation_->value(), 0, 0};
    const std::optional<Time> shortest =
        readDuration(*shortestPeriod_, options.unit, 1, tr("Shortest period"), error);
    if (!shortest) return false;
    const std::optional<Time> longest =
        readDuration(*longestPeriod_, options.unit, 1, tr("Longest period"), error);
    if (!longest) return false;
    periodic.shortestPeriod = *shortest;
    periodic.longestPeriod = *longest;
    options.periodic = periodic;
    return true;
}

std::optional<WorkloadGeneratorOptions> WorkloadGeneratorDialog::options() const {
    QString ignored;
    WorkloadGeneratorOptions options;
    options.processes = processes_->value();
    options.seed = static_cast<std::uint64_t>(seed_->value());
    options.unit = unit_->currentText().toStdString();
    options.policy = policy_->currentText().toStdString();
    if (!quantum_->text().trimmed().isEmpty()) {
        const std::optional<Time> quantum = readDuration(*quantum_, options.unit, 1, {}, &ignored);
        if (!quantum) return std::nullopt;
        options.quantum = *quantum;
    }
    options.cpus = cpus_->value();
    if (periodicChosen()) {
        if (!readPeriodic(options, &ignored)) return std::nullopt;
        return options;
    }
    const QString arrival = arrival_->currentData().toString();
    if (arrival != QLatin1String("zero")) {
        const std::optional<Time> span = readDuration(*arrivalSpan_, options.unit, 1, {}, &ignored);
        if (!span) return std::nullopt;
        options.arrival = arrival == QLatin1String("uniform") ? ArrivalPattern::uniform(*span)
                                                              : ArrivalPattern::poisson(*span);
    }
    const auto cpu = readDistribution(cpu_, options.unit, {}, &ignored);
    if (!cpu) return std::nullopt;
    options.cpuBurst = *cpu;
    if (io_->isChecked()) {
        options.ioBurst = readDistribution(ioFields_, options.unit, {}, &ignored);
        if (!options.ioBurst) return std::nullopt;
    }
    options.cpuBursts = bursts_->value();
    if (priorities_->isChecked()) {
        options.priorities = PriorityRange{lowestPriority_->value(), highestPriority_->value()};
    }
    return options;
}

void WorkloadGeneratorDialog::updateFieldStates() {
    for (int row : processRows_) form_->setRowVisible(row, !periodicChosen());
    for (int row : periodicRows_) form_->setRowVisible(row, periodicChosen());
    arrivalSpan_->setEnabled(arrival_->currentData().toString() != QLatin1String("zero"));
    for (const DistributionFields* fields : {&cpu_, &ioFields_}) {
        const auto kind = static_cast<Kind>(fields->kind->currentData().toInt());
        // Within a hidden row too: a field shown there would float over the form.
        fields->second->setVisible(!periodicChosen() &&
                                   (kind == Kind::Uniform || kind == Kind::Normal));
        fields->first->setPlaceholderText(kind == Kind::Fixed     ? tr("length")
                                          : kind == Kind::Uniform ? tr("minimum")
                                                                  : tr("mean"));
        fields->second->setPlaceholderText(kind == Kind::Uniform ? tr("maximum")
                                                                 : tr("standard deviation"));
    }
    for (QWidget* widget :
         {static_cast<QWidget*>(ioFields_.kind), static_cast<QWidget*>(ioFields_.first),
          static_cast<QWidget*>(ioFields_.second)}) {
        widget->setEnabled(io_->isChecked());
    }
    lowestPriority_->setEnabled(priorities_->isChecked());
    highestPriority_->setEnabled(priorities_->isChecked());
}

void WorkloadGeneratorDialog::regenerate() {
    updateFieldStates();
    // Field by field first, for a message that names the field; then the options as a whole.
    QString problem;
    const std::string unit = unit_->currentText().toStdString();
    if (periodicChosen()) {
        WorkloadGeneratorOptions periodic;
        periodic.unit = unit;
        readPeriodic(periodic, &problem);
    } else {
        if (arrival_->currentData().toString() != QLatin1String("zero")) {
            readDuration(*arrivalSpan_, unit, 1, tr("Arrivals"), &problem);
        }
        if (problem.isEmpty()) readDistribution(cpu_, unit, tr("CPU burst"), &problem);
        if (problem.isEmpty() && io_->isChecked()) {
            readDistribution(ioFields_, unit, tr("I/O burst"), &problem);
        }
    }
    if (problem.isEmpty() && !quantum_->text().trimmed().isEmpty()) {
        readDuration(*quantum_, unit, 1, tr("Quantum"), &problem);
    }
    const std::optional<WorkloadGeneratorOptions> chosen = options();
    if (problem.isEmpty() && chosen) {
        problem = QString::fromStdString(WorkloadGenerator::problem(*chosen));
    }
    if (problem.isEmpty() && !chosen) problem = tr("A field cannot be read");
    problem_ = problem;
    if (problem.isEmpty()) {
        text_ = QString::fromStdString(WorkloadGenerator::generate(*chosen));
        commandLine_ = QString::fromStdString(WorkloadGenerator::commandLine(*chosen));
    } else {
        text_.clear();
        commandLine_.clear();
    }
    preview_->setPlainText(text_);
    command_->setText(commandLine_.isEmpty() ? QString()
                                             : tr("Command line: %1").arg(commandLine_));
    error_->setText(problem_);
    error_->setVisible(!problem_.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty());
    emit previewChanged(text_);
}

}  // namespace ts::ui
