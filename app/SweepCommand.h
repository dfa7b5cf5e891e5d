#pragma once
// `timeslice sweep FILE --param P --values V [--jobs N] [--csv PATH] [--json PATH]`: the
// scenario run once per value of one setting, on N threads, one table row a run.
#include <ostream>
#include <string>
#include <vector>

#include "Invocation.h"

namespace ts::app {

class SweepCommand {
  public:
    // The arguments after "sweep". Throws UsageError for anything malformed or missing.
    static SweepRequest parse(std::vector<std::string> arguments);

    SweepCommand(const SweepRequest& request, std::ostream& out, std::ostream& err);

    int execute();

  private:
    const SweepRequest& request_;
    std::ostream& out_;
    std::ostream& err_;
};

}  // namespace ts::app
