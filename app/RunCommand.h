#pragma once
// `timeslice run FILE [options]`: load, apply the command line's machine settings, simulate,
// and print the text chart and metrics, the JSON report and/or the Chrome trace.
#include <ostream>

#include "Invocation.h"

namespace ts::app {

class RunCommand {
  public:
    RunCommand(const RunRequest& request, std::ostream& out, std::ostream& err);

    // The exit status. Throws InputError / UsageError for bad input.
    int execute();

  private:
    int runWorkload();
    int runProgram();

    const RunRequest& request_;
    std::ostream& out_;
    std::ostream& err_;
};

}  // namespace ts::app
