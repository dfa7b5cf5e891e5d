#pragma once
// What `timeslice run` prints for people about a workload run: a title line, the text Gantt
// chart, the metrics table per process with an averages row, the run's totals, and the
// scenario's captions at the times they were shown.
#include <string>

#include "kernel/MachineConfig.h"
#include "report/RunReport.h"

namespace ts::app {

class RunText {
  public:
    // `machine` is the configuration the run used (after command-line overrides); the report
    // does not carry the switch costs.
    RunText(const RunReport& report, const MachineConfig& machine);

    std::string title() const;
    std::string metricsTable() const;
    std::string totals() const;
    // The captions reached, by time; empty when the scenario has none.
    std::string captions() const;
    // All of the above with the Gantt chart, separated by blank lines.
    std::string render() const;

  private:
    const RunReport& report_;
    const MachineConfig& machine_;
};

}  // namespace ts::app
