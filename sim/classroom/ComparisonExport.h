#pragma once
// A policy comparison as CSV for a spreadsheet (times in the workload's unit, named in each
// header) and as JSON (times in integer nanoseconds, as in the run report): the files
// `timeslice compare --csv/--json` writes and the GUI's Compare window exports, byte for byte.
#include <ostream>
#include <vector>

#include "classroom/PolicyComparison.h"
#include "scenario/WorkloadSpec.h"

namespace ts {

class ComparisonExport {
  public:
    ComparisonExport(const WorkloadSpec& spec, const std::vector<ComparisonRow>& rows);

    void writeCsv(std::ostream& out) const;
    void writeJson(std::ostream& out) const;

  private:
    const WorkloadSpec& spec_;
    const std::vector<ComparisonRow>& rows_;
};

}  // namespace ts
