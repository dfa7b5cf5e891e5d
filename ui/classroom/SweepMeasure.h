#pragma once
// What an experiment plots against the swept setting: a mean time, the context switches, the
// CPU utilisation, or, for a program, a number it prints (the final counter) and the updates
// lost (the expected total minus that number). One point of a sweep gives one value, or none
// when the run has no such number (a program that never printed the label).
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>

#include "classroom/Sweep.h"

namespace ts::ui {

class SweepMeasure {
    Q_DECLARE_TR_FUNCTIONS(SweepMeasure)
public:
    enum class Kind {
        AverageWaiting,
        AverageTurnaround,
        AverageResponse,
        ContextSwitches,
        CpuUtilisation,
        PrintedNumber,  // the last number after `finalLabel` in the program's output
        LostUpdates,    // expected - the printed number
    };
    static constexpr Kind kAll[] = {Kind::AverageWaiting,  Kind::AverageTurnaround, Kind::AverageResponse,
                                    Kind::ContextSwitches, Kind::CpuUtilisation,    Kind::PrintedNumber,
                                    Kind::LostUpdates};

    Kind kind = Kind::AverageWaiting;
    std::string finalLabel = "counter:";
    // The expected total: a number typed by the user, or else the number a line containing
    // `expectedLabel` prints (race-counter.py prints "expected: 200000").
    std::optional<std::int64_t> expected;
    std::string expectedLabel = "expected:";

    // Only a program prints numbers.
    static bool needsProgram(Kind kind);
    static QString name(Kind kind);
    // A time unit as people read it: "us" is shown "µs".
    static QString unitText(const std::string& unit);

    // The point's value: times in `timeUnit` (ms, us, ns, s), utilisation in percent.
    std::optional<double> valueOf(const SweepPoint& point, const std::string& timeUnit) const;
    std::optional<std::int64_t> expectedOf(const SweepPoint& point) const;
    // The value axis title, short and with its unit: "Avg waiting (ms)", "Lost updates".
    QString axisTitle(const std::string& timeUnit) const;
};

}  // namespace ts::ui
