#pragma once
// The GUI's ear on the kernel: the ordinary TraceRecorder (so the finished run gives the same
// report as the command line) plus the thread and process changes, with the CPU a running
// thread is on, written into the ChangeLog the GUI seeks in.
#include "model/ChangeLog.h"
#include "trace/TraceRecorder.h"

namespace ts::ui {

class RunObserver : public TraceRecorder {
public:
    explicit RunObserver(ChangeLog& log) : log_(log) {}

    void onThreadState(Time t, const Thread& thread, ThreadState from) override;
    void onProcessState(Time t, const Process& process) override;

private:
    ChangeLog& log_;
};

}  // namespace ts::ui
