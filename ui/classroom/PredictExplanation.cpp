#include "classroom/PredictExplanation.h"

#include "classroom/QuizCandidates.h"
#include "classroom/QuizText.h"
#include "model/RunRecording.h"

namespace ts::ui {
namespace {

// Times as the quiz writes them: a program's in the largest unit each reaches ("1.8 us").
QString timeText(Time t, const RunRecording& r) {
    return QString::fromStdString(QuizText::time(t, r.source().empty() ? r.unit() : std::string()));
}

// The report numbers threads from 1.
QString nameOf(int reportTid, const RunRecording& r) { return QString::fromStdString(r.threadName(reportTid - 1)); }

}  // namespace

QString PredictExplanation::of(const PredictQuestion& q, const RunRecording& r) {
    const QString at = timeText(q.at, r);
    switch (q.kind) {
        case PredictQuestion::Kind::NextThread: return pick(q, r);
        case PredictQuestion::Kind::OutputLine:
            return tr("%1 prints it at t = %2.").arg(QString::fromStdString(q.printedBy), at);
        case PredictQuestion::Kind::FinalCounter: return counter(q, at);
    }
    return {};
}

QString PredictExplanation::keeps(const PredictQuestion& q, const RunRecording& r) {
    const QString at = timeText(q.at, r);
    const QString newcomer = QString::fromStdString(r.threadName(q.arrivedTid));
    const QString running = QString::fromStdString(r.threadName(q.leftTid));
    const QString joins = q.arrival ? tr("At t = %1 %2 arrives and joins the ready queue.").arg(at, newcomer)
                                  : tr("At t = %1 %2 wakes up and joins the ready queue.").arg(at, newcomer);
    const QString why = r.kernel().policy().preemptive()
                            ? tr("%1 keeps the CPU: the policy takes it away only for a more urgent newcomer, and %2 is "
                                 "not more urgent.")
                                  .arg(running, newcomer)
                            : tr("%1 keeps the CPU: the policy never takes it from a running one; %2 waits for its turn.")
                                  .arg(running, newcomer);
    return joins + QLatin1Char(' ') + why;
}

QString PredictExplanation::pick(const PredictQuestion& q, const RunRecording& r) {
    if (q.keepsCpu) return keeps(q, r);
    const auto& decisions = r.trace().decisions();
    if (q.decision >= decisions.size() || !r.report()) return {};
    const Decision& d = decisions[q.decision];
    const QString at = timeText(d.time, r);
    const QString sentence = r.sentence(d);
    const QString left = nameOf(q.pick.leftTid, r);
    QString text;
    switch (q.pick.left) {
        case QuizCandidates::Left::Idle:
            text = r.report()->cpus > 1
                       ? tr("At t = %1 CPU %2 is free. The scheduler decides: %3").arg(at, QString::number(d.cpu), sentence)
                       : tr("At t = %1 the CPU is free. The scheduler decides: %2").arg(at, sentence);
            break;
        case QuizCandidates::Left::TimerInterrupt:
            text = tr("At t = %1 the timer interrupts %2: its quantum is over, and it goes back to the ready queue. "
                      "The scheduler then decides: %3")
                       .arg(at, left, sentence);
            break;
        case QuizCandidates::Left::PreEmpted:
            // A workload of one-thread processes speaks of processes, as the quiz does.
            text = QuizCandidates::nounFor(*r.report(), !r.source().empty()) == "process"
                       ? tr("At t = %1 a better process is ready and pre-empts %2. The scheduler then decides: %3")
                             .arg(at, left, sentence)
                       : tr("At t = %1 a better thread is ready and pre-empts %2. The scheduler then decides: %3")
                             .arg(at, left, sentence);
            break;
        case QuizCandidates::Left::Finished:
            text = tr("At t = %1 %2 has finished. The scheduler then decides: %3").arg(at, left, sentence);
            break;
        case QuizCandidates::Left::Blocked:
            text = tr("At t = %1 %2 blocks (I/O, a sleep or a wait) and leaves the CPU. The scheduler then "
                      "decides: %3")
                       .arg(at, left, sentence);
            break;
    }
    if (q.pick.start > d.time) {
        text += QLatin1Char(' ') + tr("After a context switch of %1, %2 starts at t = %3.")
                                       .arg(timeText(q.pick.start - d.time, r),
                                            QString::fromStdString(r.threadName(d.tid)), timeText(q.pick.start, r));
    }
    return text;
}

QString PredictExplanation::counter(const PredictQuestion& q, const QString& at) {
    QString text = tr("%1 prints %2 at t = %3.")
                       .arg(QString::fromStdString(q.printedBy), QString::fromStdString(QuizText::code(q.printedLine)), at);
    if (q.expected > 0) {
        const qint64 value = QString::fromStdString(q.answerText).toLongLong();
        text += QLatin1Char(' ') +
                tr("%1 of the %2 increments are lost: `counter += 1` loads, adds and stores, and a thread interrupted "
                   "between its load and its store writes back a stale value over the other threads' increments.")
                    .arg(QString::number(q.expected - value), QString::number(q.expected));
    }
    return text;
}

}  // namespace ts::ui
