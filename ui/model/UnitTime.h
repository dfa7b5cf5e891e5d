#pragma once
// Times as the panels print them: in the scenario's unit, rounded to three decimals, without
// trailing zeros ("0.5 ms", "18.304 ms"), so every number on screen reads in the scenario's unit.
#include <QString>
#include <string_view>

#include "kernel/Time.h"

namespace ts::ui {

class UnitTime {
public:
    static QString format(Time t, std::string_view unit);
    // The number only: "0.5".
    static QString number(Time t, std::string_view unit);
};

}  // namespace ts::ui
