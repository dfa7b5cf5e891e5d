#pragma once
// Turns the text of an option's value into what it means, or a UsageError that says what was
// expected. Durations on the command line must carry a unit ("4ms"), except 0: a bare "4" could
// as well mean 4 ns as 4 ms, and a silent guess would teach the wrong numbers.
#include <cstdint>
#include <string>
#include <vector>

#include "Invocation.h"
#include "kernel/Time.h"

namespace ts::app {

class OptionValues {
  public:
    explicit OptionValues(std::string command) : command_(std::move(command)) {}

    // `minimum` is 0 or 1 (positive).
    Time duration(const std::string& option, const std::string& text, Time minimum) const;
    std::int64_t integer(const std::string& option, const std::string& text, std::int64_t min,
                         std::int64_t max) const;
    std::string policy(const std::string& option, const std::string& text) const;
    // "fcfs,sjf,rr:4ms,mlfq:2ms".
    std::vector<PolicyChoice> policyList(const std::string& option, const std::string& text) const;
    // --json / --trace / --csv: a path, or "-" for stdout.
    std::string outputPath(const std::string& option, const std::string& text) const;

  private:
    std::string command_;
};

}  // namespace ts::app
