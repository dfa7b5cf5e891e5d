#pragma once
// Walks a sub-command's arguments: options as "--name value" or "--name=value", plain
// arguments, and "--" after which everything is a plain argument.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ts::app {

class ArgumentCursor {
  public:
    struct Argument {
        std::string text;                     // "--quantum" or "file.json"
        std::optional<std::string> attached;  // the value in "--quantum=4ms"
        bool isOption = false;
    };

    ArgumentCursor(std::vector<std::string> arguments, std::string command);

    bool atEnd() const { return next_ >= arguments_.size(); }
    Argument next();
    // The value of `option`: the attached one or the following argument. Throws UsageError when
    // there is none (the next argument being another option counts as none).
    std::string valueOf(const Argument& option, const char* what);
    // Throws UsageError when a flag such as --quiet was given a value.
    void noValue(const Argument& option) const;

    const std::string& command() const { return command_; }

  private:
    std::vector<std::string> arguments_;
    std::string command_;
    std::size_t next_ = 0;
    bool optionsEnded_ = false;
};

}  // namespace ts::app
