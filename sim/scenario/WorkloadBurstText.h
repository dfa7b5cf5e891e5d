#pragma once
// A process's "bursts" as one line of text, for a table cell, and back:
//   [{"cpu": 5}, {"io": 3}, {"cpu": 2}]                    cpu 5, io 3, cpu 2
//   [{"cpu": {"exp": 50}}, {"io": {"uniform": [20, 60]}}]  cpu exp(50), io uniform(20, 60)
// A length is a number in the file's unit, a duration such as 30ms, or a string in double
// quotes. The text only fixes the shape; what the shape means (known kinds and distributions,
// valid durations) is the workload loader's to judge, so the editor reports exactly what
// loading the file would.
#include <optional>
#include <string>
#include <string_view>

namespace ts {

class JsonValue;

class WorkloadBurstText {
  public:
    // The line for the "bursts" value `bursts`, parsed from `source`; nullopt when the value has
    // a shape the line cannot spell (not an array of one-key objects, say).
    static std::optional<std::string> format(const JsonValue& bursts, std::string_view source);

    // The JSON array the line `text` spells, e.g. `[{"cpu": 5}, {"io": {"exp": 3}}]`. A text
    // that starts with '[' is taken as JSON and kept as written. On a fault returns nullopt and
    // sets `error` to what is wrong, e.g. "expected a length after 'cpu'".
    static std::optional<std::string> toJson(std::string_view text, std::string* error);
};

}  // namespace ts
