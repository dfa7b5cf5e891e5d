#pragma once
// The rows of `timeslice compare` as a text table for people, as CSV for a spreadsheet (times
// in the scenario's unit, named in each header) and as JSON (times in integer nanoseconds, as
// in the run report).
#include <ostream>
#include <string>
#include <vector>

#include "PolicyComparison.h"

namespace ts::app {

class ComparisonOutput {
  public:
    ComparisonOutput(const WorkloadSpec& spec, const std::vector<ComparisonRow>& rows);

    std::string table() const;
    void writeCsv(std::ostream& out) const;
    void writeJson(std::ostream& out) const;

  private:
    const WorkloadSpec& spec_;
    const std::vector<ComparisonRow>& rows_;
};

}  // namespace ts::app
