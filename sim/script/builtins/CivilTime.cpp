#include "script/builtins/CivilTime.h"

#include <cstdio>

namespace ts::script {

namespace {

const char* const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// Days since 1970-01-01 of a proleptic Gregorian date: count whole 400-year eras from a year
// that starts in March, so the leap day falls at the end of the counted year.
std::int64_t daysFromCivil(std::int64_t year, int month, int day) {
    year -= month <= 2 ? 1 : 0;
    std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    std::int64_t yearOfEra = year - era * 400;
    int shiftedMonth = month > 2 ? month - 3 : month + 9;
    std::int64_t dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;
    std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

std::string twoDigits(int v) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d", v);
    return text;
}

}  // namespace

BrokenDownTime CivilTime::fromEpochSeconds(std::int64_t seconds) {
    std::int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    std::int64_t secondOfDay = seconds - days * 86400;
    BrokenDownTime t;
    t.hour = static_cast<int>(secondOfDay / 3600);
    t.minute = static_cast<int>(secondOfDay / 60 % 60);
    t.second = static_cast<int>(secondOfDay % 60);
    t.weekday = static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
    // Inverse of daysFromCivil.
    std::int64_t z = days + 719468;
    std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    std::int64_t dayOfEra = z - era * 146097;
    std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    std::int64_t shiftedMonth = (5 * dayOfYear + 2) / 153;
    t.day = static_cast<int>(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    t.month = static_cast<int>(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    t.year = static_cast<int>(yearOfEra + era * 400 + (t.month <= 2 ? 1 : 0));
    t.yearday = static_cast<int>(days - daysFromCivil(t.year, 1, 1) + 1);
    return t;
}

std::int64_t CivilTime::toEpochSeconds(const BrokenDownTime& t) {
    return daysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
}

std::string CivilTime::ctime(const BrokenDownTime& t) {
    char text[64];
    std::snprintf(text, sizeof text, "%.3s %.3s %2d %02d:%02d:%02d %d", kWeekdays[t.weekday], kMonths[t.month - 1], t.day,
                  t.hour, t.minute, t.second, t.year);
    return text;
}

std::string CivilTime::format(std::string_view format, const BrokenDownTime& t) {
    std::string out;
    for (std::size_t i = 0; i < format.size(); ++i) {
        char c = format[i];
        if (c != '%' || i + 1 == format.size()) {
            out += c;
            continue;
        }
        char d = format[++i];
        switch (d) {
        case 'a': out += std::string(kWeekdays[t.weekday]).substr(0, 3); break;
        case 'A': out += kWeekdays[t.weekday]; break;
        case 'b':
        case 'h': out += std::string(kMonths[t.month - 1]).substr(0, 3); break;
        case 'B': out += kMonths[t.month - 1]; break;
        case 'c': out += ctime(t); break;
        case 'd': out += twoDigits(t.day); break;
        case 'e': out += (t.day < 10 ? " " : "") + std::to_string(t.day); break;
        case 'H': out += twoDigits(t.hour); break;
        case 'I': out += twoDigits(t.hour % 12 == 0 ? 12 : t.hour % 12); break;
        case 'j': {
            char text[8];
            std::snprintf(text, sizeof text, "%03d", t.yearday);
            out += text;
            break;
        }
        case 'm': out += twoDigits(t.month); break;
        case 'M': out += twoDigits(t.minute); break;
        case 'p': out += t.hour < 12 ? "AM" : "PM"; break;
        case 'S': out += twoDigits(t.second); break;
        case 'w': out += std::to_string((t.weekday + 1) % 7); break;
        case 'x': out += twoDigits(t.month) + "/" + twoDigits(t.day) + "/" + twoDigits(t.year % 100); break;
        case 'X': out += twoDigits(t.hour) + ":" + twoDigits(t.minute) + ":" + twoDigits(t.second); break;
        case 'y': out += twoDigits(t.year % 100); break;
        case 'Y': out += std::to_string(t.year); break;
        case 'Z': out += "UTC"; break;
        case 'z': out += "+0000"; break;
        case '%': out += '%'; break;
        default:
            out += '%';
            out += d;
            break;
        }
    }
    return out;
}

}  // namespace ts::script
