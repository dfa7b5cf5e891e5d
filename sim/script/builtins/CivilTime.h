#pragma once
// Calendar arithmetic for the time module on the simulated clock: seconds since the epoch to a
// broken-down UTC time and back, and strftime's common directives in the C locale. "Local" time
// is UTC in timeslice, so a run never depends on the machine's time zone.
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::script {

struct BrokenDownTime {
    int year = 1970, month = 1, day = 1;  // month 1..12
    int hour = 0, minute = 0, second = 0;
    int weekday = 3;                      // Monday = 0, as Python's tm_wday
    int yearday = 1;                      // 1..366
};

class CivilTime {
public:
    static BrokenDownTime fromEpochSeconds(std::int64_t seconds);
    static std::int64_t toEpochSeconds(const BrokenDownTime& t);
    // strftime(format) for %a %A %b %B %c %d %e %H %I %j %m %M %p %S %w %x %X %y %Y %Z %z %%.
    static std::string format(std::string_view format, const BrokenDownTime& t);
    // "Tue Oct 25 23:38:34 2016", as time.ctime() and asctime() print it.
    static std::string ctime(const BrokenDownTime& t);
};

}  // namespace ts::script
