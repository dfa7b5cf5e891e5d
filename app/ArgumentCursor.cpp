#include "ArgumentCursor.h"

#include "UsageError.h"

namespace ts::app {

ArgumentCursor::ArgumentCursor(std::vector<std::string> arguments, std::string command)
    : arguments_(std::move(arguments)), command_(std::move(command)) {}

ArgumentCursor::Argument ArgumentCursor::next() {
    std::string text = arguments_[next_++];
    if (!optionsEnded_ && text == "--") {
        optionsEnded_ = true;
        if (atEnd()) return Argument{"", std::nullopt, false};
        return Argument{arguments_[next_++], std::nullopt, false};
    }
    // "-" alone is an argument (stdout, for --json); "-x" and "--x" are options.
    if (optionsEnded_ || text.size() < 2 || text[0] != '-')
        return Argument{text, std::nullopt, false};
    if (text.rfind("--", 0) == 0) {
        if (const std::size_t equals = text.find('='); equals != std::string::npos) {
            return Argument{text.substr(0, equals), text.substr(equals + 1), true};
        }
    }
    return Argument{text, std::nullopt, true};
}

std::string ArgumentCursor::valueOf(const Argument& option, const char* what) {
    if (option.attached) return *option.attached;
    if (atEnd() || arguments_[next_].rfind("--", 0) == 0) {
        throw UsageError(command_, option.text + " needs a value: " + what);
    }
    return arguments_[next_++];
}

void ArgumentCursor::noValue(const Argument& option) const {
    if (option.attached) throw UsageError(command_, option.text + " takes no value");
}

}  // namespace ts::app
