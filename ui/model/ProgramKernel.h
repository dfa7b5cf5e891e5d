#pragma once
// A kernel running a Python program (SPEC format 2) as one process, set up exactly as
// `timeslice run FILE.py` sets it up (same parse mode, machine, VM settings and 30 s default
// limit), so the window shows the run the command line prints.
#include <memory>
#include <optional>
#include <vector>

#include "model/RunSource.h"
#include "script/process/BlockedWait.h"
#include "scenario/ProgramSpec.h"

namespace ts::script {
class PythonProcess;
}

namespace ts::ui {

class ProgramKernel : public RunSource {
public:
    // Parses the program at once: a SyntaxError is an InputError here, before any window shows.
    // `policy` replaces the one the spec names (be the scheduler's, which waits for the student).
    explicit ProgramKernel(ProgramSpec spec, std::unique_ptr<SchedulingPolicy> policy = nullptr);
    ~ProgramKernel() override;

    void attach(KernelObserver& observer) override;
    Kernel& kernel() override { return *kernel_; }
    const Kernel& kernel() const override { return *kernel_; }
    Time horizon() const override;
    bool endless() const override { return false; }
    bool stopped() const override;
    bool programEnded() const override { return stopped(); }
    void completeReport(RunReport& report) override;
    std::string path() const override { return spec_.path; }
    std::string title() const override { return spec_.title; }
    std::string unit() const override { return "ms"; }
    std::string source() const override { return spec_.source; }
    const std::vector<Caption>& captions() const override { return spec_.captions; }

    // The bytecode instruction thread `tid` executes next, as a listing names it
    // ("STORE_GLOBAL counter"); empty when it has none to show (not started, ended, or inside
    // a call of the runtime's own).
    std::string nextInstruction(int tid) const;
    // Who waits for what in a deadlock, in the order the report's message names them, for the
    // GUI to say in its own language.
    std::vector<script::BlockedWait> deadlockWaits() const;
    // Ctrl-C: a KeyboardInterrupt in the main thread at `at`, as `timeslice run --interrupt-at`
    // delivers it. Set before the run starts (attach).
    void interruptAt(Time at) { interruptAt_ = at; }

private:
    struct Parsed;
    ProgramSpec spec_;
    std::unique_ptr<Parsed> parsed_;
    std::unique_ptr<Kernel> kernel_;
    std::unique_ptr<script::PythonProcess> process_;
    std::optional<Time> interruptAt_;
};

}  // namespace ts::ui
