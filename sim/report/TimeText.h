#pragma once
// Times for people: a nanosecond count shown in the scenario's unit ("ms" for the textbook
// exercises), with at most three decimals and no trailing zeros, so 4500000 ns reads "4.5".
#include <string>
#include <string_view>

#include "kernel/Time.h"

namespace ts {

class TimeText {
  public:
    // `unit` is ns, us, ms or s; anything else falls back to ms.
    explicit TimeText(std::string_view unit);

    std::string format(Time ns) const;
    // With the unit attached, "0.5ms"; a value the three decimals cannot hold exactly is shown
    // in a finer unit instead ("250ns") rather than rounded.
    std::string formatWithUnit(Time ns) const;
    const std::string& unit() const { return unit_; }

  private:
    std::string unit_;
    Time scale_;
};

}  // namespace ts
