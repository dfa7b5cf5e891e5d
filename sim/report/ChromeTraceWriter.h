#pragma once
// The run as a Chrome trace-event file (`timeslice run --trace`, and the window's export), which
// Perfetto (ui.perfetto.dev) and chrome://tracing open. Tracks: one per CPU (under a "CPUs"
// process listed first), and one per simulated thread under its simulated process. Each slice
// is a complete ("X") event on its CPU's track and on its thread's track; context-switch
// overhead is a slice of its own ("context switch", category "switch"). Every scheduling
// decision is an instant ("i") event on its CPU with the reason as an argument. Times are
// microseconds written as exact decimals (nanosecond resolution), so the file is
// byte-identical between runs.
#include <ostream>
#include <string>

#include "kernel/Time.h"
#include "report/RunReport.h"

namespace ts {

class ChromeTraceWriter {
  public:
    static void write(std::ostream& out, const RunReport& report);

    // 1234567 ns -> "1234.567" (microseconds, no trailing zeros).
    static std::string microseconds(Time ns);
};

}  // namespace ts
