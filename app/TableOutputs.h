#pragma once
// What `compare` and `sweep` both do with their results: the table on stdout (unless --quiet, or
// a file option took stdout), then the CSV and JSON files that were asked for.
#include <optional>
#include <ostream>
#include <string>

#include "ArgumentCursor.h"
#include "OptionValues.h"
#include "OutputFile.h"

namespace ts::app {

// The output options both take: --csv PATH, --json PATH and --quiet (-q), read into a request
// with csvPath, jsonPath and quiet. False when `argument` is none of them.
template <typename Request>
bool readTableOutputOption(ArgumentCursor& cursor, const ArgumentCursor::Argument& argument,
                           const OptionValues& values, Request& request) {
    const std::string& name = argument.text;
    if (name == "--csv" || name == "--json") {
        std::optional<std::string>& path = name == "--csv" ? request.csvPath : request.jsonPath;
        path = values.outputPath(name, cursor.valueOf(argument, "a file name, or - for stdout"));
        return true;
    }
    if (name == "--quiet" || name == "-q") {
        cursor.noValue(argument);
        request.quiet = true;
        return true;
    }
    return false;
}

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
