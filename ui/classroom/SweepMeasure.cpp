#include "classroom/SweepMeasure.h"

#include "gantt/TimeAxis.h"

namespace ts::ui {
namespace {

std::optional<double> inUnit(const std::optional<Time>& t, const std::string& unit) {
    if (!t) return std::nullopt;
    return static_cast<double>(*t) / static_cast<double>(TimeAxis::unitNs(unit));
}

}  // namespace

bool SweepMeasure::needsProgram(Kind kind) {
    return kind == Kind::PrintedNumber || kind == Kind::LostUpdates;
}

QString SweepMeasure::name(Kind kind) {
    switch (kind) {
        case Kind::AverageWaiting: return tr("Average waiting time");
        case Kind::AverageTurnaround: return tr("Average turnaround time");
        case Kind::AverageResponse: return tr("Average response time");
        case Kind::ContextSwitches: return tr("Context switches");
        case Kind::CpuUtilisation: return tr("CPU utilisation");
        case Kind::PrintedNumber: return tr("Number printed by the program");
        case Kind::LostUpdates: return tr("Lost updates (expected - printed)");
    }
    return {};
}

QString SweepMeasure::unitText(const std::string& unit) {
    return unit == "us" ? QStringLiteral("µs") : QString::fromStdString(unit);
}

std::optional<std::int64_t> SweepMeasure::expectedOf(const SweepPoint& point) const {
    if (expected) return expected;
    return point.lastNumberAfter(expectedLabel);
}

std::optional<double> SweepMeasure::valueOf(const SweepPoint& point, const std::string& timeUnit) const {
    switch (kind) {
        case Kind::AverageWaiting: return inUnit(point.averageWaiting, timeUnit);
        case Kind::AverageTurnaround: return inUnit(point.averageTurnaround, timeUnit);
        case Kind::AverageResponse: return inUnit(point.averageResponse, timeUnit);
        case Kind::ContextSwitches: return static_cast<double>(point.contextSwitches);
        case Kind::CpuUtilisation: return 100.0 * point.cpuUtilization;
        case Kind::PrintedNumber: {
            const auto printed = point.lastNumberAfter(finalLabel);
            if (!printed) return std::nullopt;
            return static_cast<double>(*printed);
        }
        case Kind::LostUpdates: {
            const auto printed = point.lastNumberAfter(finalLabel);
            const auto total = expectedOf(point);
            if (!printed || !total) return std::nullopt;
            return static_cast<double>(*total - *printed);
        }
    }
    return std::nullopt;
}

QString SweepMeasure::axisTitle(const std::string& timeUnit) const {
    const QString unit = unitText(timeUnit);
    switch (kind) {
        case Kind::AverageWaiting: return tr("Avg waiting (%1)").arg(unit);
        case Kind::AverageTurnaround: return tr("Avg turnaround (%1)").arg(unit);
        case Kind::AverageResponse: return tr("Avg response (%1)").arg(unit);
        case Kind::CpuUtilisation: return tr("CPU utilisation (%)");
        case Kind::PrintedNumber: return tr("Printed after \"%1\"").arg(QString::fromStdString(finalLabel));
        case Kind::ContextSwitches:
        case Kind::LostUpdates: break;
    }
    return kind == Kind::LostUpdates ? tr("Lost updates") : name(kind);
}

}  // namespace ts::ui
