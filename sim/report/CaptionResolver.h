#pragma once
// Finds, in a recorded run, the moment each caption of its scenario is tied to (docs/captions.md):
// a time, or the n-th occurrence of an event of a thread, read from the recording's state
// changes, output lines, deadline misses and (for programs that report them) source lines.
// The GUI resolves a partial recording as it grows; the command line a finished one.
#include <string>
#include <vector>

#include "kernel/Time.h"
#include "report/RunReport.h"
#include "scenario/Caption.h"
#include "trace/TraceRecorder.h"

namespace ts {

class Kernel;

// Who is who in a run, indexed as in the kernel's tables: each thread's name and process, and
// each process's name.
struct RunNames {
    std::vector<std::string> threads;
    std::vector<int> threadProcess;
    std::vector<std::string> processes;

    static RunNames of(const Kernel& kernel);
};

struct ResolvedCaption {
    Time time = 0;
    int caption = 0;  // index into the captions resolved
};

struct CaptionResolution {
    std::vector<ResolvedCaption> resolved;  // by time, then by caption index
    std::vector<int> unresolved;            // moments that did not come (yet), in caption order
};

class CaptionResolver {
  public:
    // The recording is complete up to `knownUntil` (a finished run: its end time); nothing
    // after it counts, so a caption resolved on a partial recording keeps its moment.
    // Needs the recording's state changes (TraceRecorder::Options::states).
    static CaptionResolution resolve(const std::vector<Caption>& captions,
                                     const TraceRecorder& trace, const RunNames& names,
                                     Time knownUntil);

    // The report's list: the captions shown, by time, then those never shown.
    static std::vector<CaptionRecord> records(const std::vector<Caption>& captions,
                                              const CaptionResolution& resolution);

    // Whether any caption needs the program's source lines recorded (VmConfig::reportLines).
    static bool needsLines(const std::vector<Caption>& captions);

    // Whether `threadName` is the `wanted` name: equal, or Python 3's default name for it
    // ("Thread-1 (worker)" is Thread-1).
    static bool nameMatches(const std::string& threadName, const std::string& wanted);
};

}  // namespace ts
