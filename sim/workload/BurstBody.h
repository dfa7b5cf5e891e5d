#pragma once
// The body of a workload thread: its CPU and I/O bursts in order, drawn from the thread's own
// random stream where a length is a distribution, starting over after the last when `repeat`.
#include <cstdint>
#include <vector>

#include "kernel/ThreadBody.h"
#include "random/Random.h"
#include "scenario/WorkloadSpec.h"

namespace ts {

// A thread's body is read when its burst ends and when it wakes, half a second of simulated
// time apart with 10,000 threads: by then it has left the caches. Everything a draw from an
// exponential or fixed length reads (the vtable pointer, the bursts, the position, the
// generator's state) fills the first of its lines, so a call costs one miss instead of two
// (cachegrind, BM_KernelRoundRobin/10000); the normal draw's spare follows.
class alignas(64) BurstBody : public ThreadBody {
public:
    // `bursts` must outlive the body and stay as it is.
    BurstBody(const std::vector<BurstSpec>& bursts, bool repeat, Random rng);
    Demand next(Thread& thread, Time now) override;

private:
    const BurstSpec* bursts_;
    std::uint32_t count_;
    std::uint32_t index_ = 0;
    bool repeat_;
    Random rng_;
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
