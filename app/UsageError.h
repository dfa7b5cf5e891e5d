#pragma once
// A mistake on the command line itself (unknown option, missing or malformed value). The
// application prints it with a usage hint for the sub-command and exits with status 2.
#include <stdexcept>
#include <string>

namespace ts::app {

class UsageError : public std::runtime_error {
  public:
    UsageError(std::string command, const std::string& message)
        : std::runtime_error(message), command_(std::move(command)) {}

    // The sub-command the mistake belongs to ("run", "compare", ...), or empty.
    const std::string& command() const { return command_; }

  private:
    std::string command_;
};

}  // namespace ts::app
