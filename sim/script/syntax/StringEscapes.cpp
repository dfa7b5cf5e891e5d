#include "script/syntax/StringEscapes.h"

#include "report/Utf8Text.h"

namespace ts::script {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string unicodeEscapeError(std::size_t from, std::size_t to, const char* what) {
    return "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
           std::to_string(from) + "-" + std::to_string(to) + ": " + what;
}

}  // namespace

bool parseStringPrefix(std::string_view letters, PythonVersion version, StringPrefix& prefix) {
    prefix = StringPrefix{};
    if (letters.size() > 2) return false;
    for (char c : letters) {
        bool* flag = nullptr;
        switch (c) {
            case 'r':
            case 'R':
                flag = &prefix.raw;
                break;
            case 'b':
            case 'B':
                flag = &prefix.bytes;
                break;
            case 'u':
            case 'U':
                flag = &prefix.unicode;
                break;
            case 'f':
            case 'F':
                flag = &prefix.format;
                break;
            default:
                return false;
        }
        if (*flag) return false;
        *flag = true;
    }
    if (prefix.bytes && (prefix.unicode || prefix.format)) return false;
    if (version == PythonVersion::Python2) {
        // Python 2: u, b, r, ur, br (and rb from 2.7 on); no f-strings.
        return !prefix.format;
    }
    if (prefix.unicode && letters.size() > 1) return false;
    return true;
}

std::string decodeStringBody(std::string_view body, const StringPrefix& prefix,
                             PythonVersion version, std::string& out) {
    if (prefix.raw) {
        out.append(body);
        return {};
    }
    // Where \u and \U are escapes: Python 3 text, and Python 2 unicode literals.
    bool textEscapes = !prefix.bytes && (version == PythonVersion::Python3 || prefix.unicode);
    // Where \x and octal escapes give a code point rather than a byte.
    bool codePoints = textEscapes;
    auto appendValue = [&](std::uint32_t value) {
        if (codePoints)
            utf8::append(out, value);
        else
            out += static_cast<char>(value & 0xFF);
    };
    for (std::size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        std::size_t escapeStart = i;
        char e = body[++i];
        switch (e) {
            case '\n':
                break;  // line continuation inside the literal
            case '\\':
                out += '\\';
                break;
            case '\'':
                out += '\'';
                break;
            case '"':
                out += '"';
                break;
            case 'a':
                out += '\a';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'v':
                out += '\v';
                break;
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7': {
                std::uint32_t value = 0;
                int count = 0;
                while (count < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7') {
                    value = value * 8 + static_cast<std::uint32_t>(body[i] - '0');
                    ++i;
                    ++count;
                }
                --i;
                appendValue(value);
                break;
            }
            case 'x':
            case 'u':
            case 'U': {
                if (e != 'x' && !textEscapes) {
                    out += '\\';
                    out += e;
                    break;
                }
                int width = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                std::uint32_t value = 0;
                for (int k = 0; k < width; ++k) {
                    std::size_t at = i + 1 + static_cast<std::size_t>(k);
                    int h = at < body.size() ? hexValue(body[at]) : -1;
                    if (h < 0) {
                        const char* what = e == 'x'   ? "truncated \\xXX escape"
                                           : e == 'u' ? "truncated \\uXXXX escape"
                                                      : "truncated \\UXXXXXXXX escape";
                        return unicodeEscapeError(escapeStart, at > escapeStart ? at - 1 : at,
                                                  what);
                    }
                    value = value * 16 + static_cast<std::uint32_t>(h);
                }
                i += static_cast<std::size_t>(width);
                if (value > 0x10FFFF)
                    return unicodeEscapeError(escapeStart, i, "illegal Unicode character");
                if (e == 'x')
                    appendValue(value);
                else
                    utf8::append(out, value);
                break;
            }
            default:
                // Unknown escapes (and \N{...}, which we do not support) stay as written.
                out += '\\';
                out += e;
                break;
        }
    }
    return {};
}

}  // namespace ts::script
