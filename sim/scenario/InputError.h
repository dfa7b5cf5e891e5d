#pragma once
// The one error every bad input turns into: a message naming the file and, where the fault has
// a place, its line and column. The command line prints what() and exits with status 2.
#include <stdexcept>
#include <string>

#include "scenario/SourcePos.h"

namespace ts {

class InputError : public std::runtime_error {
public:
    InputError(std::string file, SourcePos pos, const std::string& message)
        : std::runtime_error(format(file, pos, message)),
          file_(std::move(file)), pos_(pos), message_(message) {}

    const std::string& file() const { return file_; }
    SourcePos pos() const { return pos_; }
    const std::string& message() const { return message_; }

    // "FILE:LINE:COL: error: message", or "FILE: error: message" when the place is unknown.
    static std::string format(const std::string& file, SourcePos pos, const std::string& message) {
        std::string out = file;
        if (pos.known()) {
            out += ':' + std::to_string(pos.line) + ':' + std::to_string(pos.column);
        }
        out += ": error: " + oneLine(message);
        return out;
    }

    // The message with its control characters escaped ("\r" as \r, 0x01 as \x01): messages
    // quote the input (a key, a name, a duration), which may hold line breaks, and the command
    // line's message must stay one line (found by tests/fuzz: fuzz_workload_loader).
    static std::string oneLine(const std::string& message) {
        std::string out;
        out.reserve(message.size());
        for (const char c : message) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x20 && byte != 0x7F) {
                out += c;
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c == '\t') {
                out += "\\t";
            } else {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\x";
                out += kHex[byte >> 4];
                out += kHex[byte & 15];
            }
        }
        return out;
    }

private:
    std::string file_;
    SourcePos pos_;
    std::string message_;
};

}  // namespace ts
