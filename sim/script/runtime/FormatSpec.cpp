#include "script/runtime/Concat.h"
#include "script/runtime/FormatSpec.h"

#include "script/runtime/Utf8.h"

namespace ts::script {

namespace {
bool isAlign(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

// Reads a decimal number at pos; -1 when there is none, -2 when it is absurdly large.
int readNumber(std::string_view text, std::size_t& pos) {
    if (pos >= text.size() || text[pos] < '0' || text[pos] > '9') return -1;
    long value = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        value = value * 10 + (text[pos++] - '0');
        if (value > 100000000) return -2;
    }
    return static_cast<int>(value);
}
}  // namespace

bool FormatSpec::parse(std::string_view text, std::string_view typeName, FormatSpec& out, std::string& error) {
    out = FormatSpec();
    std::size_t pos = 0;
    if (!text.empty()) {
        std::size_t firstLength = Utf8::sequenceLength(static_cast<unsigned char>(text[0]));
        if (firstLength < text.size() && isAlign(text[firstLength])) {
            out.fill = std::string(text.substr(0, firstLength));
            out.fillSpecified = true;
            out.align = text[firstLength];
            pos = firstLength + 1;
        } else if (isAlign(text[0])) {
            out.align = text[0];
            pos = 1;
        }
    }
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-' || text[pos] == ' ')) out.sign = text[pos++];
    if (pos < text.size() && text[pos] == 'z') {
        out.coerceNegativeZero = true;
        ++pos;
    }
    if (pos < text.size() && text[pos] == '#') {
        out.alternate = true;
        ++pos;
    }
    if (pos < text.size() && text[pos] == '0') {
        out.zeroPadding = true;
        ++pos;
    }
    int width = readNumber(text, pos);
    if (width == -2) {
        error = "Too many decimal digits in format string";
        return false;
    }
    out.width = width;
    if (out.zeroPadding && out.width < 0) out.width = 0;
    if (pos < text.size() && (text[pos] == ',' || text[pos] == '_')) {
        out.grouping = text[pos++];
        if (pos < text.size() && (text[pos] == ',' || text[pos] == '_')) {
            error = text[pos] == out.grouping ? concat("Cannot specify '", std::string(1, out.grouping), "' with '", std::string(1, out.grouping), "'.")
                                              : "Cannot specify both ',' and '_'.";
            return false;
        }
    }
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        int precision = readNumber(text, pos);
        if (precision == -1) {
            error = "Format specifier missing precision";
            return false;
        }
        if (precision == -2) {
            error = "Too many decimal digits in format string";
            return false;
        }
        out.precision = precision;
    }
    if (text.size() - pos > 1) {
        error = concat("Invalid format specifier '", std::string(text), "' for object of type '", std::string(typeName), "'");
        return false;
    }
    if (pos < text.size()) out.type = text[pos];
    return true;
}

}  // namespace ts::script
