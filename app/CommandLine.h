#pragma once
// The grammar of the timeslice command line (SPEC.md, "Command line"). It only parses: the
// sub-commands carry the request out. Qt-free, so the command line works without the GUI.
#include <string>
#include <vector>

#include "Invocation.h"

namespace ts::app {

class CommandLine {
  public:
    // `arguments` excludes the program name. Throws UsageError.
    static Invocation parse(const std::vector<std::string>& arguments);

  private:
    static RunRequest parseRun(std::vector<std::string> arguments);
    static CheckRequest parseCheck(std::vector<std::string> arguments);
    static CompareRequest parseCompare(std::vector<std::string> arguments);
};

}  // namespace ts::app
