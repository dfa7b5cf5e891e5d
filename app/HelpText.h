#pragma once
// The help and usage texts of the command line.
#include <string>

namespace ts::app {

class HelpText {
  public:
    // The full help, or the help of one sub-command ("run", "check", "compare", "gui").
    static std::string full(const std::string& topic);
    // One line for the foot of a usage error: the sub-command's synopsis and where to read more.
    static std::string usageHint(const std::string& command);
    static std::string version();
};

}  // namespace ts::app
