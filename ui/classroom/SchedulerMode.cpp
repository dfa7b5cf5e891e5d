#include "classroom/SchedulerMode.h"

#include <QAction>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

#include "classroom/HoldingScriptedPolicy.h"
#include "classroom/ReadyChoicePanel.h"
#include "classroom/ScheduleReplay.h"
#include "gantt/GanttView.h"
#include "model/PlaybackController.h"
#include "model/ProgramKernel.h"
#include "model/UnitTime.h"
#include "scenario/Duration.h"
#include "scenario/InputError.h"
#include "script/process/BlockedWait.h"

namespace ts::ui {
namespace {

// A program's output ends in the lines that matter here (the counter, who holds what).
constexpr int kOutputLinesShown = 4;

QLabel* wrappingLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString lastLines(const RunRecording& r, int count) {
    QString all;
    for (const OutputChunk& c : r.trace().output()) all += QString::fromStdString(std::string(r.trace().textOf(c)));
    QStringList lines = all.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty()) lines.removeLast();
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(QLatin1Char('\n'));
}

}  // namespace

SchedulerMode::SchedulerMode(PlaybackController& controller, const GanttView& gantt, ShowRun show,
                             QWidget* parent)
    : QWidget(parent),
      controller_(controller),
      gantt_(gantt),
      show_(std::move(show)),
      scenario_(wrappingLabel(this)),
      quantum_(new QSpinBox(this)),
      prompt_(wrappingLabel(this)),
      choices_(new ReadyChoicePanel(this)),
      schedule_(wrappingLabel(this)),
      output_(wrappingLabel(this)),
      outcome_(wrappingLabel(this)),
      undoButton_(new QPushButton(tr("&Undo"), this)),
      startOver_(new QPushButton(tr("Start &over"), this)),
      save_(new QPushButton(tr("&Save as scenario..."), this)),
      undo_(new QAction(tr("Undo the last choice"), this)) {
    auto* intro = wrappingLabel(this);
    intro->setText(tr("You are the scheduler: at every decision, choose which ready thread gets the "
                      "CPU. Can you make two threads lose an update of a shared counter, or "
                      "deadlock on two locks?"));
    applyFonts();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    schedule_->setFont(mono);
    output_->setFont(mono);
    output_->setFrameShape(QFrame::StyledPanel);
    output_->setMargin(6);
    quantum_->setRange(1, 1000000);
    // Its size hint is wide enough for "1000000 instructions": allowed narrower in a projector's
    // narrow column, where a smaller number still shows whole.
    quantum_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    quantum_->setToolTip(tr("How long a thread runs before the timer interrupts it and you choose "
                            "again (none: until it waits or ends). Changing it starts over."));
    undo_->setShortcut(QKeySequence::Undo);
    undo_->setShortcutContext(Qt::WindowShortcut);
    addAction(undo_);
    undoButton_->setToolTip(tr("Take the last choice back (%1)").arg(undo_->shortcut().toString(QKeySequence::NativeText)));

    auto* quantumRow = new QHBoxLayout;
    quantumRow->addWidget(new QLabel(tr("Quantum:"), this));
    quantumRow->addWidget(quantum_);
    quantumRow->addStretch(1);
    // Two rows, so that the three fit a projector's narrow column in large type.
    auto* buttons = new QGridLayout;
    buttons->addWidget(undoButton_, 0, 0);
    buttons->addWidget(startOver_, 0, 1);
    buttons->addWidget(save_, 1, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    // Never squeezed below what it needs (the dock scrolls instead): buttons stay whole.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    // The decision and its buttons first, where the eye goes; the rest below.
    layout->addWidget(prompt_);
    layout->addWidget(choices_);
    layout->addLayout(buttons);
    layout->addLayout(quantumRow);
    layout->addWidget(new QLabel(tr("Your schedule:"), this));
    layout->addWidget(schedule_);
    layout->addWidget(new QLabel(tr("Output so far:"), this));
    layout->addWidget(output_);
    layout->addWidget(outcome_);
    layout->addSpacing(6);
    layout->addWidget(scenario_);
    layout->addWidget(intro);
    layout->addStretch(1);

    connect(choices_, &ReadyChoicePanel::chosen, this, &SchedulerMode::choose);
    connect(undo_, &QAction::triggered, this, &SchedulerMode::undo);
    connect(undoButton_, &QPushButton::clicked, this, &SchedulerMode::undo);
    connect(startOver_, &QPushButton::clicked, this, &SchedulerMode::startOver);
    connect(save_, &QPushButton::clicked, this, &SchedulerMode::saveAs);
    connect(quantum_, &QSpinBox::editingFinished, this, [this] { setQuantumSteps(quantum_->value()); });
    // Another run opened in the window ends the game; the buttons would answer for a run no
    // longer shown.
    connect(&controller_, &PlaybackController::recordingChanged, this, [this] {
        if (showing_) return;
        // Forgotten at once: a later run may even be allocated where this one was.
        shown_ = nullptr;
        program_ = nullptr;
        open_.reset();
        refresh();
    });
    refresh();
}

SchedulerMode::~SchedulerMode() = default;

void SchedulerMode::applyFonts() {
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    prompt_->setFont(heading);
}

void SchedulerMode::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange) return;
    // Presentation mode: the question and the buttons grow with the window's type.
    applyFonts();
    refresh();
}

bool SchedulerMode::start(const QString& path, const QString& text, QString* error) {
    try {
        replay_ = std::make_unique<ScheduleReplay>(path.toStdString(), text.toStdString());
    } catch (const InputError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    interleaving_.clear();
    quantumSteps_ = replay_->initialQuantumSteps();
    const bool program = replay_->isProgram();
    const QString unit = QString::fromStdString(replay_->unit());
    quantum_->setMinimum(program ? 1 : 0);
    quantum_->setSuffix(program ? tr(" instruction(s)") : QLatin1Char(' ') + unit);
    quantum_->setSpecialValueText(program ? QString() : tr("none"));
    quantum_->setValue(quantumSteps_);
    scenario_->setText(tr("Scenario: %1").arg(QFileInfo(path).fileName()));
    replay();
    return true;
}

bool SchedulerMode::active() const { return replay_ && shown_ && controller_.recording() == shown_; }

bool SchedulerMode::choose(int tid) {
    if (!active() || !open_) return false;
    const std::vector<int>& ready = open_->ready;
    if (std::find(ready.begin(), ready.end(), tid) == ready.end()) return false;
    std::vector<std::string> names;
    for (int t : ready) names.push_back(shown_->threadName(t));
    interleaving_.push(tid, Interleaving::labelFor(tid, shown_->threadName(tid), names));
    replay();
    return true;
}

bool SchedulerMode::undo() {
    if (!active() || interleaving_.empty()) return false;
    interleaving_.pop();
    replay();
    return true;
}

void SchedulerMode::startOver() {
    if (!replay_) return;
    interleaving_.clear();
    replay();
}

void SchedulerMode::setQuantumSteps(int steps) {
    if (!replay_ || steps == quantumSteps_) return;
    quantumSteps_ = steps;
    quantum_->setValue(steps);
    startOver();
}

void SchedulerMode::replay() {
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<WaitingRun> run;
    try {
        run = replay_->run(interleaving_, quantumSteps_);
    } catch (const InputError& e) {
        outcome_->setText(QString::fromStdString(e.what()));
        return;
    }
    // The recording will own the run; the program inside it is asked for threads' next steps.
    program_ = dynamic_cast<const ProgramKernel*>(&run->inner());
    showing_ = true;
    show_(std::move(run), QString::fromStdString(replay_->path()));
    showing_ = false;
    shown_ = controller_.recording();
    // Recorded at once up to the decision: a replay is short, and the buttons need the end.
    controller_.finishRecording();
    const auto* policy = dynamic_cast<const HoldingScriptedPolicy*>(&shown_->kernel().policy());
    open_ = policy ? policy->openDecision() : std::nullopt;
    controller_.seek(open_ ? open_->time : shown_->endTime(), true);
    lastReplayMs_ = clock.elapsed();
    refresh();
    emit runShown();
}

void SchedulerMode::refresh() {
    if (showing_) return;  // the run being shown is not this mode's yet
    const bool live = active();
    undo_->setEnabled(live && !interleaving_.empty());
    undoButton_->setEnabled(undo_->isEnabled());
    startOver_->setEnabled(live && !interleaving_.empty());
    save_->setEnabled(live);
    quantum_->setEnabled(live);
    schedule_->setText(interleaving_.empty() ? tr("(no choice yet)") : QString::fromStdString(interleaving_.text()));
    if (!live) {
        prompt_->setText(replay_ ? tr("The window now shows another run. Choose Classroom > Be the "
                                      "scheduler to play with it.")
                                 : QString());
        choices_->setChoices({});
        output_->clear();
        outcome_->clear();
        return;
    }
    const QString out = lastLines(*shown_, kOutputLinesShown);
    output_->setText(out.isEmpty() ? tr("(nothing printed yet)") : out);
    refreshDecision(*shown_);
    refreshOutcome(*shown_);
}

void SchedulerMode::refreshDecision(const RunRecording& r) {
    if (!open_) {
        prompt_->setText(tr("No decision is left: the run is over."));
        choices_->setChoices({});
        return;
    }
    prompt_->setText(tr("Decision %1 at %2: which thread runs next?")
                         .arg(interleaving_.size() + 1)
                         .arg(QString::fromStdString(formatDuration(open_->time))));
    const QStringList source = QString::fromStdString(r.source()).split(QLatin1Char('\n'));
    const RunState state = r.stateAt(open_->time);
    std::vector<ReadyChoice> buttons;
    for (int tid : open_->ready) {
        ReadyChoice c;
        c.tid = tid;
        c.name = QString::fromStdString(r.threadName(tid));
        c.colour = gantt_.ganttStyle().threadColour(tid);
        const int line = r.lines().lineAt(tid, open_->time);
        if (line > 0 && line <= source.size()) {
            c.detail = tr("line %1: %2").arg(line).arg(source[line - 1].trimmed());
            // Inside a line such as counter += 1, the instruction tells load from store.
            const std::string next = program_ ? program_->nextInstruction(tid) : std::string();
            if (!next.empty()) c.detail += QLatin1Char('\n') + tr("next: %1").arg(QString::fromStdString(next));
        } else if (source.size() <= 1) {
            c.detail = tr("%1 of CPU so far").arg(UnitTime::format(state.cpuTimeOf(tid), r.unit()));
        } else {
            c.detail = tr("has not run yet");
        }
        buttons.push_back(std::move(c));
    }
    choices_->setChoices(buttons);
}

void SchedulerMode::refreshOutcome(const RunRecording& r) {
    const RunReport* report = r.report();
    QString text;
    QString colour = QStringLiteral("#1a1a1a");
    if (!r.failure().empty()) {
        text = QString::fromStdString(r.failure());
        colour = QStringLiteral("#b00000");
    } else if (open_ || !report) {
        text.clear();
    } else if (report->exitStatus == "deadlock") {
        text = tr("Deadlock: every thread left waits for another, and nobody can run. %1").arg(whoWaits());
        colour = QStringLiteral("#b00000");
    } else if (report->exitStatus == "error") {
        text = tr("The program stopped with an error (see the output).");
        colour = QStringLiteral("#b00000");
    } else if (report->exitStatus == "time-limit") {
        text = tr("The run reached its time limit at %1.").arg(UnitTime::format(report->end, r.unit()));
    } else {
        text = tr("The run is complete: %1 choice(s) made. Save the schedule to replay it, or undo "
                  "and try another.")
                   .arg(interleaving_.size());
    }
    outcome_->setText(text);
    outcome_->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
}

QString SchedulerMode::whoWaits() const {
    // The interpreter's facts, said as its report's message says them ("T1 waits for lock 0x..
    // held by T2; ..."), in the interface's language.
    QStringList waits;
    for (const script::BlockedWait& w : program_ ? program_->deadlockWaits() : std::vector<script::BlockedWait>{}) {
        const QString thread = QString::fromStdString(w.thread);
        if (!w.noted) {
            waits << tr("%1 waits (%2)").arg(thread, GanttStyle::reasonName(w.reason));
        } else if (w.holder.empty()) {
            waits << tr("%1 waits for %2").arg(thread, QString::fromStdString(w.object));
        } else {
            waits << tr("%1 waits for %2 held by %3")
                         .arg(thread, QString::fromStdString(w.object), QString::fromStdString(w.holder));
        }
    }
    return waits.join(QStringLiteral("; "));
}

QString SchedulerMode::prompt() const { return prompt_->text(); }

QString SchedulerMode::outcome() const { return outcome_->text(); }

bool SchedulerMode::saveTo(const QString& path, QString* error) {
    if (!replay_) return false;
    const std::string text = replay_->savedText(interleaving_, quantumSteps_);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !file.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SchedulerMode::saveAs() {
    if (!replay_) return;
    const QFileInfo base(QString::fromStdString(replay_->path()));
    const QString suggested = base.dir().filePath(base.completeBaseName() + tr("-my-schedule") + QLatin1Char('.') + base.suffix());
    const QString filter = replay_->isProgram() ? tr("Programs (*.py)") : tr("Workloads (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save as scenario"), suggested, filter);
    if (path.isEmpty()) return;
    // The extension decides how the file is read back: keep the scenario's kind.
    const QString suffix = QLatin1Char('.') + base.suffix();
    if (!path.endsWith(suffix)) path += suffix;
    QString error;
    if (!saveTo(path, &error)) QMessageBox::warning(this, tr("Save as scenario"), error);
}

}  // namespace ts::ui
