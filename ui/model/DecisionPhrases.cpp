#include "model/DecisionPhrases.h"

#include <cstdio>

#include "scenario/Duration.h"

namespace ts::ui {
namespace {

QString duration(std::int64_t ns) { return QString::fromStdString(formatDuration(ns)); }

// As DecisionText writes it (printf's rounding, which QString::number's differs from on ties
// such as 0.125).
QString ratio(std::int64_t thousandths) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(thousandths) / 1000.0);
    return QString::fromLatin1(buf);
}

}  // namespace

QString DecisionPhrases::describe(const Decision& d, const QString& chosen, const QString& other) {
    switch (d.kind) {
        case DecisionKind::Continue: return goesOn(d, chosen);
        case DecisionKind::Preempt: return preempt(d, chosen, other);
        case DecisionKind::Dispatch: break;
    }
    return dispatch(d, chosen);
}

// An idle CPU takes the thread: "P2 has the shortest remaining time (2ms)."
QString DecisionPhrases::dispatch(const Decision& d, const QString& chosen) {
    switch (d.code) {
        case ReasonCode::OnlyReady: return tr("%1 is the only ready thread.").arg(chosen);
        case ReasonCode::FirstCome: return tr("%1 has waited longest (ready since %2).").arg(chosen, duration(d.value));
        case ReasonCode::HeadOfQueue:
            return tr("%1 is at the head of the ready queue; it gets a %2 quantum.").arg(chosen, duration(d.value));
        case ReasonCode::ShortestBurst:
            return tr("%1 has the shortest next CPU burst (%2).").arg(chosen, duration(d.value));
        case ReasonCode::ShortestRemaining:
            return tr("%1 has the shortest remaining time (%2).").arg(chosen, duration(d.value));
        case ReasonCode::HighestRatio:
            return tr("%1 has the highest response ratio (%2).").arg(chosen, ratio(d.value));
        case ReasonCode::HighestPriority:
            return tr("%1 has the highest priority (%2).").arg(chosen, QString::number(d.value));
        case ReasonCode::TopLevel:
            return tr("%1 is first in the highest non-empty queue (level %2, quantum %3).")
                .arg(chosen, QString::number(d.value), duration(d.value2));
        case ReasonCode::LotteryWinner:
            return tr("%1 holds the winning ticket (%2 of %3).").arg(chosen, QString::number(d.value), QString::number(d.value2));
        case ReasonCode::SmallestVruntime:
            return tr("%1 has the smallest virtual runtime (%2).").arg(chosen, duration(d.value));
        case ReasonCode::ShortestPeriod: return tr("%1 has the shortest period (%2).").arg(chosen, duration(d.value));
        case ReasonCode::EarliestDeadline:
            return tr("%1 has the earliest deadline (%2).").arg(chosen, duration(d.value));
        case ReasonCode::Scheduled: return tr("%1 is choice %2 of the schedule.").arg(chosen, QString::number(d.value));
    }
    return tr("%1 was chosen.").arg(chosen);
}

// The quantum expired and nobody was better: the same thread goes on.
QString DecisionPhrases::goesOn(const Decision& d, const QString& chosen) {
    switch (d.code) {
        case ReasonCode::OnlyReady:
            return tr("%1's quantum expired, but it is the only ready thread, so it goes on.").arg(chosen);
        case ReasonCode::FirstCome:
            return tr("%1's quantum expired, but it has waited longest (ready since %2), so it goes on.")
                .arg(chosen, duration(d.value));
        case ReasonCode::HeadOfQueue:
            return tr("%1's quantum expired, but it is at the head of the ready queue; it gets a %2 quantum, "
                      "so it goes on.")
                .arg(chosen, duration(d.value));
        case ReasonCode::ShortestBurst:
            return tr("%1's quantum expired, but it has the shortest next CPU burst (%2), so it goes on.")
                .arg(chosen, duration(d.value));
        case ReasonCode::ShortestRemaining:
            return tr("%1's quantum expired, but it has the shortest remaining time (%2), so it goes on.")
                .arg(chosen, duration(d.value));
        case ReasonCode::HighestRatio:
            return tr("%1's quantum expired, but it has the highest response ratio (%2), so it goes on.")
                .arg(chosen, ratio(d.value));
        case ReasonCode::HighestPriority:
            return tr("%1's quantum expired, but it has the highest priority (%2), so it goes on.")
                .arg(chosen, QString::number(d.value));
        case ReasonCode::TopLevel:
            return tr("%1's quantum expired, but it is first in the highest non-empty queue (level %2, quantum "
                      "%3), so it goes on.")
                .arg(chosen, QString::number(d.value), duration(d.value2));
        case ReasonCode::LotteryWinner:
            return tr("%1's quantum expired, but it holds the winning ticket (%2 of %3), so it goes on.")
                .arg(chosen, QString::number(d.value), QString::number(d.value2));
        case ReasonCode::SmallestVruntime:
            return tr("%1's quantum expired, but it has the smallest virtual runtime (%2), so it goes on.")
                .arg(chosen, duration(d.value));
        case ReasonCode::ShortestPeriod:
            return tr("%1's quantum expired, but it has the shortest period (%2), so it goes on.")
                .arg(chosen, duration(d.value));
        case ReasonCode::EarliestDeadline:
            return tr("%1's quantum expired, but it has the earliest deadline (%2), so it goes on.")
                .arg(chosen, duration(d.value));
        case ReasonCode::Scheduled:
            return tr("%1's quantum expired, but it is choice %2 of the schedule, so it goes on.")
                .arg(chosen, QString::number(d.value));
    }
    return tr("%1's quantum expired, but it was chosen, so it goes on.").arg(chosen);
}

// A ready thread takes the CPU from a running one: the two keys side by side where the policy
// compares keys, else the chosen thread's reason.
QString DecisionPhrases::preempt(const Decision& d, const QString& chosen, const QString& other) {
    switch (d.code) {
        case ReasonCode::ShortestRemaining:
            return tr("%1 pre-empts %2: %3 left against %4.").arg(chosen, other, duration(d.value), duration(d.value2));
        case ReasonCode::HighestPriority:
            return tr("%1 pre-empts %2: priority %3 against %4.").arg(chosen, other, QString::number(d.value), QString::number(d.value2));
        case ReasonCode::SmallestVruntime:
            return tr("%1 pre-empts %2: virtual runtime %3 against %4.")
                .arg(chosen, other, duration(d.value), duration(d.value2));
        case ReasonCode::ShortestPeriod:
            return tr("%1 pre-empts %2: period %3 against %4.").arg(chosen, other, duration(d.value), duration(d.value2));
        case ReasonCode::EarliestDeadline:
            return tr("%1 pre-empts %2: deadline %3 against %4.")
                .arg(chosen, other, duration(d.value), duration(d.value2));
        case ReasonCode::TopLevel:
            return tr("%1 pre-empts %2: level %3 against %4.").arg(chosen, other, QString::number(d.value), QString::number(d.value2));
        case ReasonCode::OnlyReady: return tr("%1 pre-empts %2: is the only ready thread.").arg(chosen, other);
        case ReasonCode::FirstCome:
            return tr("%1 pre-empts %2: has waited longest (ready since %3).").arg(chosen, other, duration(d.value));
        case ReasonCode::HeadOfQueue:
            return tr("%1 pre-empts %2: is at the head of the ready queue; it gets a %3 quantum.")
                .arg(chosen, other, duration(d.value));
        case ReasonCode::ShortestBurst:
            return tr("%1 pre-empts %2: has the shortest next CPU burst (%3).").arg(chosen, other, duration(d.value));
        case ReasonCode::HighestRatio:
            return tr("%1 pre-empts %2: has the highest response ratio (%3).").arg(chosen, other, ratio(d.value));
        case ReasonCode::LotteryWinner:
            return tr("%1 pre-empts %2: holds the winning ticket (%3 of %4).")
                .arg(chosen, other, QString::number(d.value), QString::number(d.value2));
        case ReasonCode::Scheduled:
            return tr("%1 pre-empts %2: is choice %3 of the schedule.").arg(chosen, other, QString::number(d.value));
    }
    return tr("%1 pre-empts %2: was chosen.").arg(chosen, other);
}

}  // namespace ts::ui
