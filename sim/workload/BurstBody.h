#pragma once
// The body of a workload thread: its CPU and I/O bursts in order, drawn from the thread's own
// random stream where a length is a distribution, starting over after the last when `repeat`.
#include <vector>

#include "kernel/ThreadBody.h"
#include "random/Random.h"
#include "scenario/WorkloadSpec.h"

namespace ts {

class BurstBody : public ThreadBody {
public:
    BurstBody(const std::vector<BurstSpec>& bursts, bool repeat, Random rng);
    Demand next(Thread& thread, Time now) override;

private:
    const std::vector<BurstSpec>* bursts_;
    bool repeat_;
    Random rng_;
    std::size_t index_ = 0;
};

// The body of a periodic task: one CPU burst of the job's length per release. A fixed length
// (every SimSo task set, most textbook ones) is returned as it is: no call into the
// distribution's switch at every job (the profile of the SimSo n100 run, docs/performance.md).
class PeriodicJobBody : public ThreadBody {
public:
    PeriodicJobBody(DurationDistribution jobLength, Random rng)
        : length_(jobLength), fixed_(jobLength.isFixed()), rng_(rng) {}
    Demand next(Thread& thread, Time now) override;

private:
    DurationDistribution length_;
    bool fixed_;
    bool inJob_ = false;
    Random rng_;
};

}  // namespace ts
