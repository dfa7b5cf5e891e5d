#include "classroom/PredictScore.h"

#include <algorithm>

namespace ts::ui {

void PredictScore::record(bool right) {
    ++asked_;
    if (right) {
        ++right_;
        best_ = std::max(best_, ++streak_);
    } else {
        streak_ = 0;
    }
}

}  // namespace ts::ui
