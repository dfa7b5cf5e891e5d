#pragma once
// What every fuzz target shares: the input as text, and the checks on the one outcome a bad input
// may have besides success — an InputError whose message is the single line SPEC.md promises,
// "FILE:LINE:COL: error: ..." naming the file, with a place that lies inside the input.
// A broken promise aborts, which libFuzzer (and the replay test) reports as a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "scenario/InputError.h"

namespace ts::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string_view() : std::string_view(reinterpret_cast<const char*>(data), size);
}

[[noreturn]] inline void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz finding: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

inline void require(bool holds, const std::string& what) {
    if (!holds) fail(what);
}

// Lines a reader may count in `text`: '\n', and '\r' (Python's universal newlines), plus the
// line after the last break, where an error "at the end of the file" is placed.
inline int lineCount(std::string_view text) {
    int lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++lines;
    }
    return lines;
}

inline void checkInputError(const InputError& error, std::string_view text, const std::string& file) {
    const std::string message = error.what();
    require(error.file() == file, "InputError names '" + error.file() + "', not the input '" + file + "': " + message);
    require(message.rfind(file, 0) == 0, "message does not start with the file name: " + message);
    require(message.find('\n') == std::string::npos && message.find('\r') == std::string::npos,
            "message is more than one line: " + message);
    require(!error.message().empty(), "empty message: " + message);
    const SourcePos pos = error.pos();
    if (pos.known()) {
        require(pos.column >= 1, "column below 1: " + message);
        require(pos.line <= lineCount(text),
                "line " + std::to_string(pos.line) + " past the input's " + std::to_string(lineCount(text)) +
                    " lines: " + message);
    }
}

}  // namespace ts::fuzz
