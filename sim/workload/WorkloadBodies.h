#pragma once
// The bodies of a workload's threads, side by side in two arrays instead of one allocation
// each. The kernel keeps a pointer to every body, so the room is reserved once, for the counts
// given, and never moves. The command line and the benchmarks create bodies through this, so
// that the benchmarks measure the memory layout the product runs with.
#include <cstddef>
#include <vector>

#include "kernel/Kernel.h"
#include "scenario/WorkloadSpec.h"
#include "workload/BurstBody.h"

namespace ts {

class WorkloadBodies {
  public:
    WorkloadBodies(std::size_t burstThreads, std::size_t periodicThreads);
    // Room for every thread of `spec`.
    explicit WorkloadBodies(const WorkloadSpec& spec);
    WorkloadBodies(const WorkloadBodies&) = delete;
    WorkloadBodies& operator=(const WorkloadBodies&) = delete;

    ThreadBody* addBursts(const std::vector<BurstSpec>& bursts, bool repeat, Random rng);
    ThreadBody* addPeriodic(DurationDistribution jobLength, Random rng);
    // The body of thread `t` of process `p`: a periodic job's or its list of bursts.
    ThreadBody* add(const ProcessSpec& p, const ThreadSpec& t, Random rng);
    // Adds every process and thread of `spec` (the workload these bodies were made for) to the
    // kernel, each thread with its body from here and its own random stream, numbered in file
    // order: the one place the command line and the GUI both build a workload's run with.
    void populate(Kernel& kernel, const WorkloadSpec& spec);

  private:
    std::vector<BurstBody> bursts_;
    std::vector<PeriodicJobBody> periodic_;
};

}  // namespace ts
