#pragma once
// The running score of Predict mode: answers right out of questions asked, the current streak
// of right answers and the best one. Skipped and shown questions are not asked.
namespace ts::ui {

class PredictScore {
public:
    void record(bool right);
    void reset() { *this = PredictScore(); }
    int right() const { return right_; }
    int asked() const { return asked_; }
    int streak() const { return streak_; }
    int bestStreak() const { return best_; }

private:
    int right_ = 0;
    int asked_ = 0;
    int streak_ = 0;
    int best_ = 0;
};

}  // namespace ts::ui
