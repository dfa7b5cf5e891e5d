#pragma once
// A run that ends where the student must choose (be the scheduler): it wraps the scenario's own
// run (a program's or a workload's kernel, under HoldingScriptedPolicy), stops as soon as the
// policy waits, and is reported as waiting rather than as the deadlock an idle CPU with ready
// threads would otherwise look like.
#include <memory>

#include "model/RunSource.h"

namespace ts::ui {

class WaitingRun : public RunSource {
public:
    explicit WaitingRun(std::unique_ptr<RunSource> inner) : inner_(std::move(inner)) {}

    // The scenario's own run (a ProgramKernel for a program), for what only it can tell.
    const RunSource& inner() const { return *inner_; }

    void attach(KernelObserver& observer) override { inner_->attach(observer); }
    Kernel& kernel() override { return inner_->kernel(); }
    const Kernel& kernel() const override { return inner_->kernel(); }
    Time horizon() const override;
    bool endless() const override { return false; }
    bool stopped() const override { return inner_->stopped() || waiting(); }
    bool programEnded() const override { return inner_->programEnded(); }
    void completeReport(RunReport& report) override;
    std::string path() const override { return inner_->path(); }
    std::string title() const override { return inner_->title(); }
    std::string unit() const override { return inner_->unit(); }
    std::string source() const override { return inner_->source(); }
    const std::vector<Caption>& captions() const override { return inner_->captions(); }

private:
    bool waiting() const;

    std::unique_ptr<RunSource> inner_;
};

}  // namespace ts::ui
