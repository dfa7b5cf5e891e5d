#include "script/syntax/SourceText.h"

#include <cctype>
#include <cstdio>

#include "report/Utf8Text.h"
#include "script/syntax/StringEscapes.h"
#include "script/syntax/SyntaxError.h"

namespace ts::script {
namespace {

std::string lowercase(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The encoding named by a "coding[:=] name" comment in one of the first two lines, or "".
std::string codingCookie(std::string_view text) {
    std::size_t lineStart = 0;
    for (int line = 0; line < 2 && lineStart < text.size(); ++line) {
        std::size_t lineEnd = text.find_first_of("\r\n", lineStart);
        if (lineEnd == std::string_view::npos) lineEnd = text.size();
        std::string_view content = text.substr(lineStart, lineEnd - lineStart);
        std::size_t first = content.find_first_not_of(" \t\f");
        if (first != std::string_view::npos && content[first] == '#') {
            std::size_t at = content.find("coding", first);
            if (at != std::string_view::npos && at + 6 < content.size() &&
                (content[at + 6] == ':' || content[at + 6] == '=')) {
                std::size_t nameStart = content.find_first_not_of(" \t", at + 7);
                std::size_t nameEnd = nameStart;
                while (nameEnd < content.size() &&
                       (std::isalnum(static_cast<unsigned char>(content[nameEnd])) ||
                        content[nameEnd] == '-' || content[nameEnd] == '_' ||
                        content[nameEnd] == '.'))
                    ++nameEnd;
                if (nameStart != std::string_view::npos && nameEnd > nameStart)
                    return lowercase(std::string(content.substr(nameStart, nameEnd - nameStart)));
            }
        } else if (first != std::string_view::npos) {
            break;  // the cookie must come before any code
        }
        lineStart = lineEnd;
        if (lineStart < text.size() && text[lineStart] == '\r') ++lineStart;
        if (lineStart < text.size() && text[lineStart] == '\n') ++lineStart;
    }
    return {};
}

bool isLatin1Name(const std::string& name) {
    return name == "latin-1" || name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" ||
           name == "iso-latin-1" || name == "l1" || name == "cp1252" || name == "windows-1252";
}

bool isUtf8Name(const std::string& name) {
    return name == "utf-8" || name == "utf8" || name == "ascii" || name == "us-ascii" ||
           name.rfind("utf-8-", 0) == 0;
}

// Length of the valid UTF-8 sequence at `at`, or 0 when it is malformed.
std::size_t validUtf8Length(std::string_view s, std::size_t at) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b0 = byte(at);
    if (b0 < 0x80) return 1;
    std::size_t length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
    if (length == 0 || b0 > 0xF4 || at + length > s.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((byte(at + k) & 0xC0) != 0x80) return 0;
    unsigned char b1 = byte(at + 1);
    if (b0 == 0xE0 && b1 < 0xA0) return 0;   // overlong
    if (b0 == 0xED && b1 >= 0xA0) return 0;  // surrogate
    if (b0 == 0xF0 && b1 < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && b1 >= 0x90) return 0;  // beyond U+10FFFF
    return length;
}

}  // namespace

std::uint32_t decodeUtf8At(std::string_view s, std::size_t at, std::size_t& length) {
    auto byte = [&](std::size_t k) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(s[k]));
    };
    std::uint32_t b0 = byte(at);
    if (b0 < 0x80 || at + 1 >= s.size()) {
        length = 1;
        return b0;
    }
    if (b0 < 0xE0) {
        length = 2;
        return ((b0 & 0x1F) << 6) | (byte(at + 1) & 0x3F);
    }
    if (b0 < 0xF0 && at + 2 < s.size()) {
        length = 3;
        return ((b0 & 0x0F) << 12) | ((byte(at + 1) & 0x3F) << 6) | (byte(at + 2) & 0x3F);
    }
    if (at + 3 < s.size()) {
        length = 4;
        return ((b0 & 0x07) << 18) | ((byte(at + 1) & 0x3F) << 12) | ((byte(at + 2) & 0x3F) << 6) |
               (byte(at + 3) & 0x3F);
    }
    length = 1;
    return b0;
}

SourcePos positionOfOffset(std::string_view text, std::size_t offset) {
    SourcePos pos{1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

std::string prepareSourceText(std::string_view bytes, const std::string& fileName) {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

    std::string encoding = codingCookie(bytes);
    bool latin1 = isLatin1Name(encoding);
    if (!encoding.empty() && !latin1 && !isUtf8Name(encoding))
        throw SyntaxError(fileName, SourcePos{1, 1}, "unknown encoding: " + encoding);

    std::string text;
    text.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        char c = bytes[i];
        if (c == '\r') {
            text += '\n';
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        } else if (latin1 && static_cast<unsigned char>(c) >= 0x80) {
            utf8::append(text, static_cast<unsigned char>(c));
        } else {
            text += c;
        }
    }

    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\0')
            throw SyntaxError(fileName, positionOfOffset(text, i),
                              "source code cannot contain null bytes");
        std::size_t length = validUtf8Length(text, i);
        if (length == 0) {
            SourcePos pos = positionOfOffset(text, i);
            char hex[8];
            std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(text[i]));
            throw SyntaxError(
                fileName, pos,
                "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' in file " + fileName +
                    " on line " + std::to_string(pos.line) +
                    ", but no encoding declared; see https://peps.python.org/pep-0263/"
                    " for details");
        }
        i += length;
    }
    return text;
}

}  // namespace ts::script
