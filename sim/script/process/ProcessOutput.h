#pragma once
// The output sink of one program run on the kernel: it cuts what the program writes into lines,
// reports each line to the kernel's observer (kernel.reportOutput) with the simulated time,
// thread and stream of the write that began it, and keeps the lines for the report's `output`.
// stdout and stderr each have one buffer, as a terminal does: two threads that print pieces of
// a line in turn (Python 2's `print a,`) mix them exactly as CPython would.
// Lines are reported in the order they reach the screen, and their times never go back: a line
// begun before another stream's line was shown (`print(n, end=" ")`, then a traceback on
// stderr, then the end of the run flushing the rest) is shown at that line's instant, after it,
// where a terminal shows it too.
#include <string>
#include <string_view>
#include <vector>

#include "kernel/Kernel.h"
#include "report/RunReport.h"
#include "script/vm/OutputSink.h"

namespace ts::script {

class PythonProcess;

class ProcessOutput : public OutputSink {
public:
    ProcessOutput(Kernel& kernel, PythonProcess& process) : kernel_(kernel), process_(process) {}

    void write(OutputStream stream, std::string_view text, const VmThread& writer, Time at) override;
    void flushLine(OutputStream stream) override;
    // Ends the unfinished lines (the run is over).
    void flush();
    const std::vector<OutputRecord>& records() const { return records_; }
    std::vector<OutputRecord> takeRecords() { return std::move(records_); }

private:
    struct PendingLine {
        std::string text;
        std::string thread;
        int tid = -1;
        Time at = 0;
    };
    void emit(OutputStream stream, PendingLine& line);

    Kernel& kernel_;
    PythonProcess& process_;
    PendingLine pending_[2];
    std::vector<OutputRecord> records_;
    Time lastShown_ = 0;  // the time of the last line reported
};

}  // namespace ts::script
