#pragma once
// A kernel set up for a workload scenario exactly as the command line sets one up (same
// policy, same per-thread random streams, same bodies), so the GUI shows the very run that
// `timeslice run` prints.
#include <memory>
#include <vector>

#include "model/RunSource.h"
#include "scenario/WorkloadSpec.h"
#include "workload/WorkloadBodies.h"

namespace ts::ui {

class WorkloadKernel : public RunSource {
public:
    // Throws InputError for what this version cannot run (programs inside a workload).
    // `policy` replaces the one the spec names (be the scheduler's, which waits for the student).
    explicit WorkloadKernel(WorkloadSpec spec, std::unique_ptr<SchedulingPolicy> policy = nullptr);

    void attach(KernelObserver& observer) override { kernel_->setObserver(&observer); }
    Kernel& kernel() override { return *kernel_; }
    const Kernel& kernel() const override { return *kernel_; }
    Time horizon() const override { return horizonOf(spec_); }
    bool endless() const override;
    void completeReport(RunReport& report) override;
    std::string path() const override { return spec_.path; }
    std::string title() const override { return spec_.title; }
    std::string unit() const override { return spec_.unit; }
    const std::vector<Caption>& captions() const override { return spec_.captions; }

    // The scenario's `until`, the hyperperiod of its periodic tasks, or never (finite work
    // ends by itself; repeating work runs until the user pauses it).
    static Time horizonOf(const WorkloadSpec& spec);

private:
    WorkloadSpec spec_;  // first: the thread bodies read its bursts
    WorkloadBodies bodies_;  // the threads' bodies, side by side as the command line has them
    std::unique_ptr<Kernel> kernel_;
};

}  // namespace ts::ui
