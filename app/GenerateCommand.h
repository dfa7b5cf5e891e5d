#pragma once
// `timeslice generate --processes N --seed S [options]`: a random workload file on stdout (or
// in --output FILE). The same options give the same bytes on every machine.
#include <ostream>
#include <string>
#include <vector>

#include "Invocation.h"

namespace ts::app {

class GenerateCommand {
  public:
    // The arguments after "generate". Throws UsageError for anything malformed or missing.
    static GenerateRequest parse(std::vector<std::string> arguments);

    GenerateCommand(const GenerateRequest& request, std::ostream& out);

    int execute();

  private:
    const GenerateRequest& request_;
    std::ostream& out_;
};

}  // namespace ts::app
