#include "OptionValues.h"

#include <charconv>
#include <limits>

#include "UsageError.h"
#include "policies/PolicyFactory.h"
#include "scenario/Duration.h"

namespace ts::app {
namespace {

std::string policyNames() {
    std::string out;
    for (std::string_view name : PolicyFactory::names()) {
        out += (out.empty() ? "" : ", ") + std::string(name);
    }
    return out;
}

}  // namespace

Time OptionValues::duration(const std::string& option, const std::string& text,
                            Time minimum) const {
    std::string error;
    // Zero is zero in any unit, so it alone may go without one.
    const std::optional<Time> ns = parseDuration(text, text == "0" ? "ns" : "", &error);
    if (!ns) {
        if (error.find("needs a unit") != std::string::npos) {
            error += ", e.g. " + text + "ms";
        }
        throw UsageError(command_, option + ": " + error);
    }
    if (*ns < minimum) {
        throw UsageError(command_, option + " must be positive, found '" + text + "'");
    }
    return *ns;
}

std::int64_t OptionValues::integer(const std::string& option, const std::string& text,
                                   std::int64_t min, std::int64_t max) const {
    std::int64_t value = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    const auto result = std::from_chars(first, last, value);
    const std::string range =
        max == std::numeric_limits<std::int64_t>::max()
            ? "a whole number from " + std::to_string(min)
            : "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    if (text.empty() || result.ptr != last || result.ec == std::errc::invalid_argument) {
        throw UsageError(command_, option + " needs " + range + ", found '" + text + "'");
    }
    if (result.ec == std::errc::result_out_of_range || value < min || value > max) {
        throw UsageError(command_, option + " must be " + range + ", found '" + text + "'");
    }
    return value;
}

std::string OptionValues::policy(const std::string& option, const std::string& text) const {
    if (!PolicyFactory::known(text)) {
        throw UsageError(command_, option + ": unknown policy '" + text + "' (use one of " +
                                       policyNames() + ")");
    }
    return text;
}

std::vector<PolicyChoice> OptionValues::policyList(const std::string& option,
                                                   const std::string& text) const {
    std::vector<PolicyChoice> choices;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string entry = text.substr(start, comma - start);
        start = comma + 1;
        if (entry.empty()) {
            throw UsageError(command_, option + " has an empty entry in '" + text +
                                           "' (write e.g. fcfs,sjf,rr:4ms)");
        }
        PolicyChoice choice;
        const std::size_t colon = entry.find(':');
        choice.name = policy(option, entry.substr(0, colon));
        if (colon != std::string::npos) {
            choice.quantum = duration(option + " " + choice.name, entry.substr(colon + 1), 1);
        }
        choices.push_back(std::move(choice));
    }
    return choices;
}

std::string OptionValues::outputPath(const std::string& option, const std::string& text) const {
    if (text.empty()) throw UsageError(command_, option + " needs a file name, or - for stdout");
    return text;
}

}  // namespace ts::app
