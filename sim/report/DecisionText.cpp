#include "report/DecisionText.h"

#include <cstdio>

#include "scenario/Duration.h"

namespace ts {
namespace {

std::string ratio(std::int64_t thousandths) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(thousandths) / 1000.0);
    return buf;
}

// Why the chosen thread won, as a clause: "has the shortest remaining time (2ms)".
std::string because(const Decision& d) {
    switch (d.code) {
        case ReasonCode::OnlyReady: return "is the only ready thread";
        case ReasonCode::FirstCome:
            return "has waited longest (ready since " + formatDuration(d.value) + ")";
        case ReasonCode::HeadOfQueue:
            return "is at the head of the ready queue; it gets a " + formatDuration(d.value) +
                   " quantum";
        case ReasonCode::ShortestBurst:
            return "has the shortest next CPU burst (" + formatDuration(d.value) + ")";
        case ReasonCode::ShortestRemaining:
            return "has the shortest remaining time (" + formatDuration(d.value) + ")";
        case ReasonCode::HighestRatio:
            return "has the highest response ratio (" + ratio(d.value) + ")";
        case ReasonCode::HighestPriority:
            return "has the highest priority (" + std::to_string(d.value) + ")";
        case ReasonCode::TopLevel:
            return "is first in the highest non-empty queue (level " + std::to_string(d.value) +
                   ", quantum " + formatDuration(d.value2) + ")";
        case ReasonCode::LotteryWinner:
            return "holds the winning ticket (" + std::to_string(d.value) + " of " +
                   std::to_string(d.value2) + ")";
        case ReasonCode::SmallestVruntime:
            return "has the smallest virtual runtime (" + formatDuration(d.value) + ")";
        case ReasonCode::ShortestPeriod:
            return "has the shortest period (" + formatDuration(d.value) + ")";
        case ReasonCode::EarliestDeadline:
            return "has the earliest deadline (" + formatDuration(d.value) + ")";
        case ReasonCode::Scheduled:
            return "is choice " + std::to_string(d.value) + " of the schedule";
    }
    return "was chosen";
}

// For a pre-emption: the two keys side by side, "2ms left against 5ms".
std::string comparison(const Decision& d) {
    switch (d.code) {
        case ReasonCode::ShortestRemaining:
            return formatDuration(d.value) + " left against " + formatDuration(d.value2);
        case ReasonCode::HighestPriority:
            return "priority " + std::to_string(d.value) + " against " + std::to_string(d.value2);
        case ReasonCode::SmallestVruntime:
            return "virtual runtime " + formatDuration(d.value) + " against " +
                   formatDuration(d.value2);
        case ReasonCode::ShortestPeriod:
            return "period " + formatDuration(d.value) + " against " + formatDuration(d.value2);
        case ReasonCode::EarliestDeadline:
            return "deadline " + formatDuration(d.value) + " against " + formatDuration(d.value2);
        case ReasonCode::TopLevel:
            return "level " + std::to_string(d.value) + " against " + std::to_string(d.value2);
        default:
            return because(d);
    }
}

}  // namespace

std::string DecisionText::describe(const Decision& d, std::string_view chosen,
                                   std::string_view other) {
    std::string s(chosen);
    switch (d.kind) {
        case DecisionKind::Continue:
            s += "'s quantum expired, but it ";
            s += because(d);
            s += ", so it goes on.";
            return s;
        case DecisionKind::Preempt:
            s += " pre-empts ";
            s += other;
            s += ": ";
            s += comparison(d);
            s += '.';
            return s;
        case DecisionKind::Dispatch:
            break;
    }
    s += ' ';
    s += because(d);
    s += '.';
    return s;
}

}  // namespace ts
