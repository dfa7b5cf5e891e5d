#pragma once
// The timeslice executable: parses the command line, carries out the command, and turns every
// failure into one clear message on stderr and SPEC.md's exit status - never a crash or a
// stack trace.
#include <ostream>
#include <string>
#include <vector>

#include "Invocation.h"

namespace ts::app {

class Application {
  public:
    // `arguments` excludes the program name, which is `argv0`.
    Application(std::string argv0, std::vector<std::string> arguments, std::ostream& out,
                std::ostream& err);

    // The exit status; never throws.
    int run();

  private:
    int dispatch(const Invocation& invocation);
    int runDefaultScenario();
    int gui(const GuiRequest& request);

    std::string argv0_;
    std::vector<std::string> arguments_;
    std::ostream& out_;
    std::ostream& err_;
};

}  // namespace ts::app
