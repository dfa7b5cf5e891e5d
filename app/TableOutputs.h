#pragma once
// What `compare` and `sweep` both do with their results: the table on stdout (unless --quiet, or
// a file option took stdout), then the CSV and JSON files that were asked for.
#include <optional>
#include <ostream>

#include "OutputFile.h"

namespace ts::app {

template <typename Output>
void writeTableOutputs(std::ostream& out, const Output& output, std::optional<OutputFile>& csv,
                       std::optional<OutputFile>& json, bool stdoutTaken, bool quiet) {
    if (!quiet && !stdoutTaken) out << output.table();
    if (csv) {
        output.writeCsv(csv->stream());
        csv->close();
    }
    if (json) {
        output.writeJson(json->stream());
        json->close();
    }
    out.flush();
}

}  // namespace ts::app
