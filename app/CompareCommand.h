#pragma once
// `timeslice compare FILE --policies LIST`: the workload under each policy, one table.
#include <ostream>

#include "Invocation.h"

namespace ts::app {

class CompareCommand {
  public:
    CompareCommand(const CompareRequest& request, std::ostream& out);

    int execute();

  private:
    const CompareRequest& request_;
    std::ostream& out_;
};

}  // namespace ts::app
