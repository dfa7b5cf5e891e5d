#include "model/UnitTime.h"

#include <algorithm>

#include "gantt/TimeAxis.h"

namespace ts::ui {

QString UnitTime::number(Time t, std::string_view unit) {
    const Time size = TimeAxis::unitNs(unit);
    // Integer arithmetic: whole units, then the remainder's digits with trailing zeros cut.
    // At most three decimals (microseconds in ms): a class reads "18.304 ms", not nanoseconds.
    const Time grain = std::max<Time>(1, size / 1000);
    const bool negative = t < 0;
    const Time a = (negative ? -t : t) + grain / 2 - ((negative ? -t : t) + grain / 2) % grain;
    QString text = QString::number(a / size);
    Time rest = a % size;
    if (rest != 0) {
        QString digits = QString::number(rest).rightJustified(QString::number(size - 1).size(), QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0'))) digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString UnitTime::format(Time t, std::string_view unit) {
    const std::string_view shown = TimeAxis::unitNs(unit) == kMillisecond && unit != "ms" ? "ms" : unit;
    return number(t, unit) + QLatin1Char(' ') + QString::fromUtf8(shown.data(), static_cast<qsizetype>(shown.size()));
}

}  // namespace ts::ui
