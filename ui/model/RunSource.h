#pragma once
// What a RunRecording records: a kernel set up for one scenario, whatever its kind - a workload
// of bursts (WorkloadKernel) or a Python program (ProgramKernel). The recording drives the
// kernel; the source knows how the scenario is set up, where it stops and how its report ends.
#include <memory>
#include <string>
#include <vector>

#include "kernel/Kernel.h"
#include "report/RunReport.h"
#include "scenario/Caption.h"

namespace ts::ui {

class RunSource {
public:
    virtual ~RunSource() = default;

    // Sets the kernel up with `observer` listening from the very first event.
    virtual void attach(KernelObserver& observer) = 0;
    virtual Kernel& kernel() = 0;
    virtual const Kernel& kernel() const = 0;

    // Where the run stops (kNever: when nothing is left to do, or when the user pauses).
    virtual Time horizon() const = 0;
    // Runs forever unless paused (repeating work with no limit).
    virtual bool endless() const = 0;
    // The run is over though events remain (a program reached its instruction limit).
    virtual bool stopped() const { return false; }
    // The program itself ended before its kernel ran out of events (the instruction limit):
    // its process and threads are gone at the run's end.
    // Not so a run that only waits (Scheduler mode's, for the student's choice).
    virtual bool programEnded() const { return false; }
    // Adds what only the source knows to the finished run's report (output, exit status).
    virtual void completeReport(RunReport& report) = 0;

    virtual std::string path() const = 0;
    virtual std::string title() const = 0;
    virtual std::string unit() const = 0;
    // The program's source, for the source view (a workload has none).
    virtual std::string source() const { return {}; }
    // The scenario's captions (docs/captions.md), in file order.
    virtual const std::vector<Caption>& captions() const = 0;
};

// Loads a scenario file of any kind the GUI runs (.json workload or .py program).
// Throws InputError.
std::unique_ptr<RunSource> loadRunSource(const std::string& path);
// The same from a text in memory (the editor's, unsaved): `path` names it in messages, decides
// its kind as above, and is the base a workload's relative "program" paths resolve against.
std::unique_ptr<RunSource> loadRunSourceFromText(const std::string& path, const std::string& text);

}  // namespace ts::ui
