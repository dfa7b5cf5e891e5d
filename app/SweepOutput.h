#pragma once
// A parameter sweep's results as a text table (one row a point), CSV and JSON. Workloads show
// the mean waiting, turnaround and response; programs how the run ended and the last line they
// printed (a race's final counter, say).
#include <ostream>
#include <string>
#include <vector>

#include "classroom/Sweep.h"

namespace ts::app {

class SweepOutput {
  public:
    // `unit` is the unit the table's times are in; `program` tells which columns to show.
    SweepOutput(std::string scenario, std::string title, std::string unit, bool program,
                SweepParameter parameter, const std::vector<SweepPoint>& points);

    std::string table() const;
    void writeCsv(std::ostream& out) const;
    void writeJson(std::ostream& out) const;

  private:
    std::string scenario_;
    std::string title_;
    std::string unit_;
    bool program_;
    SweepParameter parameter_;
    const std::vector<SweepPoint>& points_;
};

}  // namespace ts::app
