#include "classroom/PredictMode.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QTimer>

#include "classroom/PanelVeil.h"
#include "classroom/PredictExplanation.h"
#include "classroom/PredictQuestionPanel.h"
#include "classroom/PredictQuestions.h"
#include "classroom/QuizCandidates.h"
#include "gantt/GanttView.h"
#include "model/UnitTime.h"
#include "panels/CaptionBanner.h"
#include "panels/ConsolePanel.h"
#include "panels/DecisionPanel.h"
#include "panels/MetricsPanel.h"
#include "panels/ProcessTablePanel.h"
#include "panels/ReadyQueuePanel.h"
#include "panels/ThreadTablePanel.h"
#include "source/SourcePanel.h"
#include "window/MainWindow.h"

namespace ts::ui {

PredictMode::PredictMode(MainWindow& window, QAction& toggle)
    : QObject(&window),
      window_(window),
      toggle_(toggle),
      dock_(new QDockWidget(tr("Predict what happens next"), &window)),
      panel_(new PredictQuestionPanel),
      whyVeil_(new PanelVeil(&window.decision(), tr("Hidden until you answer"))),
      readyVeil_(new PanelVeil(&window.readyQueue(), tr("Hidden until you answer"))),
      metricsVeil_(new PanelVeil(&window.metrics(), tr("Hidden while you predict: the metrics tell how the run ends"))) {
    dock_->setObjectName(QStringLiteral("predict"));
    dock_->setWidget(panel_);
    // Left through its own button or the menu, so that the view is always restored.
    dock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    window.addDockWidget(Qt::TopDockWidgetArea, dock_);
    dock_->hide();
    // A saved window layout may show the dock at start-up, with the mode off.
    connect(dock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !active_) QTimer::singleShot(0, dock_, &QWidget::hide);
    });
    connect(&toggle, &QAction::toggled, this, &PredictMode::setActive);
    connect(&window.controller(), &PlaybackController::recordingChanged, this, [this] {
        // A new run: its questions, once the window has finished showing it.
        if (active_) QTimer::singleShot(0, this, &PredictMode::begin);
    });
    connect(panel_, &PredictQuestionPanel::choiceMade, this, &PredictMode::answerThread);
    connect(panel_, &PredictQuestionPanel::textAnswered, this, &PredictMode::answerText);
    connect(panel_, &PredictQuestionPanel::skipRequested, this, &PredictMode::skip);
    connect(panel_, &PredictQuestionPanel::showMeRequested, this, &PredictMode::showMe);
    connect(panel_, &PredictQuestionPanel::nextRequested, this, &PredictMode::next);
    connect(panel_, &PredictQuestionPanel::restartRequested, this, &PredictMode::restart);
    connect(panel_, &PredictQuestionPanel::leaveRequested, this, [this] { toggle_.setChecked(false); });
    window.installEventFilter(this);
}

const PredictQuestion* PredictMode::asking() const {
    if (!active_ || index_ >= questions_.size()) return nullptr;
    const PredictQuestion& q = questions_[index_];
    return window_.controller().cursor() == q.at ? &q : nullptr;
}

bool PredictMode::hidingAnswer() const {
    return whyVeil_->covering() && readyVeil_->covering();
}

void PredictMode::setActive(bool on) {
    if (on == active_) return;
    active_ = on;
    if (toggle_.isChecked() != on) toggle_.setChecked(on);
    if (on) {
        // After the main window's own handler, so that what it shows can be hidden again.
        connect(&window_.controller(), &PlaybackController::cursorChanged, this, &PredictMode::follow,
                Qt::UniqueConnection);
        dock_->show();
        dock_->raise();
        begin();
        return;
    }
    disconnect(&window_.controller(), &PlaybackController::cursorChanged, this, &PredictMode::follow);
    metricsVeil_->setCovering(false);
    hideAnswer(false, 0);
    dock_->hide();
}

void PredictMode::begin() {
    PlaybackController& controller = window_.controller();
    questions_.clear();
    index_ = 0;
    score_.reset();
    panel_->showScore(score_);
    panel_->showProgress(0, 0);
    metricsVeil_->setCovering(true);
    hideAnswer(false, 0);
    const RunRecording* r = controller.recording();
    if (!r) {
        panel_->showMessage(tr("Open a scenario first (File, Open)."));
        return;
    }
    if (r->endless()) {
        panel_->showMessage(tr("This run repeats forever, so there is no whole run to predict. Give the "
                               "scenario an end (\"until\") and choose Predict again."));
        return;
    }
    // The questions and their answers come from the whole run.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    controller.finishRecording();
    QApplication::restoreOverrideCursor();
    questions_ = PredictQuestions::of(*r);
    if (questions_.empty()) {
        panel_->showMessage(tr("In this run the scheduler never has a choice: whenever it decides, only "
                               "one thread is ready. There is nothing to predict."));
        return;
    }
    // From the cursor on, so that a teacher can start where the class is; else from the start.
    while (index_ < questions_.size() && questions_[index_].at < controller.cursor()) ++index_;
    if (index_ == questions_.size()) index_ = 0;
    goTo(questions_[index_].at);
}

void PredictMode::follow(Time t) {
    if (!active_) return;
    if (index_ < questions_.size()) {
        const PredictQuestion& q = questions_[index_];
        if (t > q.at) {
            // Not past a question without an answer: back to it (this comes round again).
            window_.controller().pause();
            window_.controller().seek(q.at, true);
            return;
        }
        if (t == q.at) {
            ask(q);
            return;
        }
    }
    // Looking at the past, or between questions: nothing to hide there.
    hideAnswer(false, 0);
    showNextHint();
}

void PredictMode::ask(const PredictQuestion& q) {
    const RunRecording* r = window_.controller().recording();
    if (r) {
        panel_->showProgress(static_cast<int>(index_) + 1, static_cast<int>(questions_.size()));
        if (q.kind == PredictQuestion::Kind::NextThread) {
            const bool process = r->report() && QuizCandidates::nounFor(*r->report(), !r->source().empty()) == "process";
            QString prompt;
            if (r->cpuCount() == 1) {
                prompt = process ? tr("Which process runs next on the CPU?") : tr("Which thread runs next on the CPU?");
            } else {
                prompt = (process ? tr("Which process runs next on CPU %1?") : tr("Which thread runs next on CPU %1?"))
                             .arg(q.cpu);
            }
            std::vector<PredictChoice> choices;
            for (std::size_t i = 0; i < q.choices.size(); ++i) {
                const int tid = q.choices[i];
                const QString since = q.readySince[i] < 0 ? tr("running")
                                                           : tr("ready since %1").arg(UnitTime::format(q.readySince[i], r->unit()));
                choices.push_back(PredictChoice{tid, QString::fromStdString(r->threadName(tid)), since,
                                                window_.gantt().ganttStyle().threadColour(tid)});
            }
            panel_->askChoice(situation(q), prompt, choices);
        } else if (q.kind == PredictQuestion::Kind::OutputLine) {
            panel_->askText(situation(q), tr("What does it print?"), tr("the line, as the program prints it"));
        } else {
            panel_->askText(situation(q), tr("What value does it print for the counter?"), tr("a whole number"));
        }
    }
    hideAnswer(true, q.at - 1);
}

QString PredictMode::situation(const PredictQuestion& q) const {
    const RunRecording* r = window_.controller().recording();
    const QString when = UnitTime::format(q.at, r->unit());
    if (q.kind == PredictQuestion::Kind::OutputLine) {
        return tr("At %1 the program prints line %2 of its output.").arg(when).arg(q.line);
    }
    if (q.kind == PredictQuestion::Kind::FinalCounter) {
        return tr("At %1 the program prints the counter's final value (line %2 of its output).").arg(when).arg(q.line);
    }
    const QString cpu = r->cpuCount() == 1 ? tr("the CPU") : tr("CPU %1").arg(q.cpu);
    if (q.keepsCpu) {
        const QString newcomer = QString::fromStdString(r->threadName(q.arrivedTid));
        const QString running = QString::fromStdString(r->threadName(q.leftTid));
        return q.arrival ? tr("At %1 %2 arrives while %3 runs.").arg(when, newcomer, running)
                         : tr("At %1 %2 wakes up while %3 runs.").arg(when, newcomer, running);
    }
    if (q.leftTid < 0) return tr("At %1 %2 is free.").arg(when, cpu);
    // What the thread that had the CPU does now; a thread that goes on after its quantum went
    // back to the ready queue too, and was picked again.
    const QString name = QString::fromStdString(r->threadName(q.leftTid));
    // stateAt answers a state by value: keep it while its thread is read (AddressSanitizer found
    // a reference into the temporary).
    const RunState state = r->stateAt(q.at);
    const auto index = static_cast<std::size_t>(q.leftTid);
    if (index >= state.threads.size()) return tr("At %1 %2 is free.").arg(when, cpu);
    const ThreadNow& left = state.threads[index];
    if (left.state == ThreadState::Terminated) return tr("At %1 %2 has finished and leaves %3.").arg(when, name, cpu);
    if (left.state == ThreadState::Blocked) {
        return tr("At %1 %2 blocks (%3) and leaves %4.").arg(when, name, GanttStyle::reasonName(left.reason), cpu);
    }
    return tr("At %1 %2 goes back to the ready queue.").arg(when, name);
}

void PredictMode::hideAnswer(bool on, Time before) {
    whyVeil_->setCovering(on);
    readyVeil_->setCovering(on);
    const RunRecording* r = window_.controller().recording();
    if (!r) return;
    // The panels that show a state: at the instant just before the question, or (uncovered)
    // at the cursor, as the main window shows them.
    const Time t = on ? before : window_.controller().cursor();
    const RunState state = r->stateAt(t);
    const GanttStyle& style = window_.gantt().ganttStyle();
    window_.threadTable().showState(*r, state, style);
    // The process table too: else it showed Run beside threads still new (a question at 0 ms).
    window_.processTable().showState(*r, state);
    window_.source().showAt(*r, state, t, style);
    window_.console().showOutputUntil(*r, t);
    window_.captions().showAt(*r, t);
}

void PredictMode::answerThread(int tid) {
    const PredictQuestion* q = asking();
    if (!q || q->kind != PredictQuestion::Kind::NextThread) return;
    const RunRecording* r = window_.controller().recording();
    const QString answer = QString::fromStdString(r->threadName(q->answerTid));
    const bool right = tid == q->answerTid;
    score_.record(right);
    const QString chosen = QString::fromStdString(r->threadName(tid));
    QString headline;
    if (q->keepsCpu) {
        headline = right ? tr("✔ Right: %1 keeps the CPU.").arg(answer) : tr("✘ Not %1: %2 keeps the CPU.").arg(chosen, answer);
    } else {
        headline = right ? tr("✔ Right: %1 runs next.").arg(answer) : tr("✘ Not %1: %2 runs next.").arg(chosen, answer);
    }
    reveal(right ? PredictQuestionPanel::Right : PredictQuestionPanel::Wrong, headline, tid);
}

void PredictMode::answerText(const QString& text) {
    const PredictQuestion* q = asking();
    if (!q || q->kind == PredictQuestion::Kind::NextThread || text.trimmed().isEmpty()) return;
    const QString expected = QString::fromStdString(q->answerText);
    bool right = false;
    if (q->kind == PredictQuestion::Kind::FinalCounter) {
        bool number = false;
        const qlonglong value = text.trimmed().toLongLong(&number);
        right = number && value == expected.toLongLong();
    } else {
        // Spacing aside: print("a", b) puts one space where a student may type two.
        right = text.simplified() == expected.simplified();
    }
    score_.record(right);
    reveal(right ? PredictQuestionPanel::Right : PredictQuestionPanel::Wrong,
           right ? tr("✔ Right: it prints %1.").arg(expected) : tr("✘ Not quite: it prints %1.").arg(expected), -1);
}

void PredictMode::showMe() {
    const PredictQuestion* q = asking();
    if (!q) return;
    const RunRecording* r = window_.controller().recording();
    reveal(PredictQuestionPanel::Shown,
           q->kind == PredictQuestion::Kind::NextThread
               ? (q->keepsCpu ? tr("%1 keeps the CPU (shown, not scored).") : tr("%1 runs next (shown, not scored)."))
                     .arg(QString::fromStdString(r->threadName(q->answerTid)))
               : tr("It prints %1 (shown, not scored).").arg(QString::fromStdString(q->answerText)),
           -1);
}

void PredictMode::reveal(int verdict, const QString& headline, int chosen) {
    const PredictQuestion& q = questions_[index_];
    const RunRecording* r = window_.controller().recording();
    panel_->showVerdict(verdict, headline, r ? PredictExplanation::of(q, *r) : QString(), chosen,
                        q.kind == PredictQuestion::Kind::NextThread ? q.answerTid : -1);
    panel_->showScore(score_);
    ++index_;
    // The step is no longer a secret: the panels show this instant as it is.
    hideAnswer(false, 0);
    showNextHint();
}

void PredictMode::showNextHint() {
    const RunRecording* r = window_.controller().recording();
    if (index_ < questions_.size()) {
        panel_->showBetween(tr("Next question at %1: press Next, or play (Space) to watch the run get there.")
                                .arg(UnitTime::format(questions_[index_].at, r->unit())),
                            true);
    } else {
        panel_->showBetween(tr("That was the last question: %1 of %2 right. Restart to try again, or leave Predict.")
                                .arg(score_.right())
                                .arg(score_.asked()),
                            false);
    }
}

void PredictMode::skip() {
    if (!asking()) return;
    ++index_;
    if (index_ < questions_.size()) {
        next();
        return;
    }
    panel_->showVerdict(PredictQuestionPanel::Shown, tr("Skipped."), QString());
    hideAnswer(false, 0);
    showNextHint();
}

void PredictMode::next() {
    if (index_ < questions_.size()) goTo(questions_[index_].at);
}

void PredictMode::restart() {
    if (questions_.empty()) return;
    score_.reset();
    panel_->showScore(score_);
    index_ = 0;
    goTo(questions_[0].at);
}

void PredictMode::goTo(Time t) {
    PlaybackController& controller = window_.controller();
    controller.pause();
    const Time before = controller.cursor();
    controller.seek(t, true);
    // Already there: nothing was announced, so look again.
    if (controller.cursor() == before) follow(before);
}

bool PredictMode::eventFilter(QObject* watched, QEvent* event) {
    // Presentation mode repaints every panel at the cursor: cover the answer again after it.
    if (watched == &window_ && event->type() == QEvent::FontChange && active_) {
        QTimer::singleShot(0, this, [this] {
            if (const PredictQuestion* q = asking()) hideAnswer(true, q->at - 1);
        });
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace ts::ui
