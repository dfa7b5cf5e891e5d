#pragma once
// The rows of `timeslice compare` as a text table for people; CSV and JSON come from the
// writer the GUI shares (classroom/ComparisonExport).
#include <ostream>
#include <string>
#include <vector>

#include "classroom/ComparisonExport.h"
#include "classroom/PolicyComparison.h"

namespace ts::app {

class ComparisonOutput {
  public:
    ComparisonOutput(const WorkloadSpec& spec, const std::vector<ComparisonRow>& rows);

    std::string table() const;
    void writeCsv(std::ostream& out) const { export_.writeCsv(out); }
    void writeJson(std::ostream& out) const { export_.writeJson(out); }

  private:
    const WorkloadSpec& spec_;
    const std::vector<ComparisonRow>& rows_;
    ComparisonExport export_;
};

}  // namespace ts::app
