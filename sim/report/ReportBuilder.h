#pragma once
// Gathers a finished kernel run and its recording into a RunReport: the metrics per process
// and thread, the counters, the slices and the decisions in words.
#include "kernel/Kernel.h"
#include "report/RunReport.h"
#include "trace/TraceRecorder.h"

namespace ts {

class ReportBuilder {
public:
    static RunReport build(const Kernel& kernel, const TraceRecorder& recorder);
};

}  // namespace ts
