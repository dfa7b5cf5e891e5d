#include "scenario/CaptionLineParser.h"

#include <cctype>
#include <charconv>
#include <vector>

#include "scenario/Duration.h"
#include "scenario/InputError.h"
#include "scenario/Suggestion.h"

namespace ts {
namespace {

struct Token {
    std::string text;
    std::size_t offset = 0;  // into the value
    bool quoted = false;
};

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

class CaptionLineReader {
  public:
    CaptionLineReader(std::string_view value, SourcePos valuePos, const std::string& path)
        : value_(value), valuePos_(valuePos), path_(path) {}

    Caption read() {
        caption_.pos = valuePos_;
        const std::size_t colon = tokenize();
        readText(colon);
        if (tokens_.empty()) {
            fail(colon, "a caption needs a moment before ':': a time such as 3ms, or an event (" +
                            eventList() + ")");
        }
        readMoment();
        return caption_;
    }

  private:
    [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
        throw InputError(
            path_, SourcePos{valuePos_.line, valuePos_.column + static_cast<int>(offset)}, message);
    }

    static std::string eventList() {
        std::string list;
        for (std::string_view word : captionEventWords()) {
            list += (list.empty() ? "" : ", ") + std::string(word);
        }
        return list;
    }

    // Splits the moment into words and quoted names up to the first ':' outside quotes, and
    // returns that colon's offset.
    std::size_t tokenize() {
        std::size_t i = 0;
        while (i < value_.size()) {
            const char c = value_[i];
            if (isBlank(c)) {
                ++i;
            } else if (c == ':') {
                return i;
            } else if (c == '"') {
                const std::size_t close = value_.find('"', i + 1);
                if (close == std::string_view::npos)
                    fail(i, "this quoted thread name has no closing '\"'");
                tokens_.push_back(Token{std::string(value_.substr(i + 1, close - i - 1)), i, true});
                i = close + 1;
            } else {
                const std::size_t start = i;
                while (i < value_.size() && !isBlank(value_[i]) && value_[i] != ':' &&
                       value_[i] != '"')
                    ++i;
                tokens_.push_back(
                    Token{std::string(value_.substr(start, i - start)), start, false});
            }
        }
        fail(0,
             "a caption is 'WHEN: TEXT' (e.g. 'caption: 3ms: ...' or 'caption: preempt Thread-1: "
             "...'), but there is no ':' before its text");
    }

    void readText(std::size_t colon) {
        std::size_t start = colon + 1;
        while (start < value_.size() && isBlank(value_[start])) ++start;
        caption_.text = std::string(value_.substr(start));
        if (caption_.text.empty()) fail(colon, "the caption has no text after ':'");
    }

    std::int64_t positiveNumber(const Token& token, const std::string& what) const {
        std::int64_t n = 0;
        const char* first = token.text.data();
        const char* last = first + token.text.size();
        const auto [ptr, ec] = std::from_chars(first, last, n);
        if (token.quoted || ec != std::errc() || ptr != last || n < 1 || n > 1000000000) {
            fail(token.offset, what + " must be a whole number from 1, found '" + token.text + "'");
        }
        return n;
    }

    void readMoment() {
        const Token& first = tokens_.front();
        if (first.quoted) {
            fail(first.offset,
                 "a caption starts with its moment: a time such as 3ms, or an event (" +
                     eventList() + "), not a quoted name");
        }
        std::size_t next = 1;
        if (auto event = captionEventNamed(first.text)) {
            caption_.trigger = *event;
            if (*event == CaptionTrigger::Line) {
                if (next >= tokens_.size()) {
                    fail(first.offset, "'line' needs a line number, e.g. 'line 12'");
                }
                caption_.line = static_cast<int>(positiveNumber(tokens_[next++], "a line number"));
            }
        } else {
            readTime(first);
        }
        for (; next < tokens_.size(); ++next) next = readQualifier(next);
    }

    void readTime(const Token& token) {
        const char c = token.text.front();
        if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') {
            fail(token.offset, "unknown caption moment '" + token.text + "'" +
                                   suggestWord(token.text, captionEventWords()) +
                                   "; a time is written like 3ms or 1.5s");
        }
        std::string error;
        const auto t = parseDuration(token.text, "ms", &error);
        if (!t) fail(token.offset, "bad caption time '" + token.text + "': " + error);
        caption_.trigger = CaptionTrigger::At;
        caption_.at = *t;
    }

    // Reads the word at `i` (and its arguments); returns the index of the last one it used.
    std::size_t readQualifier(std::size_t i) {
        const Token& token = tokens_[i];
        const std::string& word = token.text;
        const bool isTime = caption_.trigger == CaptionTrigger::At;
        if (!token.quoted && word == "pause") {
            if (caption_.pause) fail(token.offset, "'pause' is given twice");
            caption_.pause = true;
            return i;
        }
        if (isTime) {
            fail(token.offset,
                 "a caption at a time takes nothing more than 'pause' before ':', "
                 "found '" +
                     word + "'");
        }
        if (!token.quoted && !word.empty() && word.front() == '#') {
            if (occurrenceGiven_) fail(token.offset, "the occurrence ('#N') is given twice");
            occurrenceGiven_ = true;
            caption_.occurrence = static_cast<int>(positiveNumber(
                Token{word.substr(1), token.offset + 1, false}, "the occurrence after '#'"));
            return i;
        }
        if (!token.quoted && word == "at") return readLineQualifier(i);
        if (!token.quoted && captionTakesReason(caption_.trigger) && !caption_.reason) {
            if (auto reason = blockReasonNamed(word)) {
                caption_.reason = reason;
                return i;
            }
        }
        readThreadName(token);
        return i;
    }

    std::size_t readLineQualifier(std::size_t i) {
        const Token& at = tokens_[i];
        if (!captionTakesLineQualifier(caption_.trigger)) {
            fail(at.offset, std::string("'at line N' does not apply to '") +
                                captionTriggerName(caption_.trigger) + "'");
        }
        if (caption_.line > 0) fail(at.offset, "'at line' is given twice");
        if (i + 2 >= tokens_.size() || tokens_[i + 1].quoted || tokens_[i + 1].text != "line") {
            fail(at.offset,
                 "'at' must be followed by 'line N', e.g. 'preempt Thread-1 at line 12'");
        }
        caption_.line = static_cast<int>(positiveNumber(tokens_[i + 2], "a line number"));
        return i + 2;
    }

    void readThreadName(const Token& token) {
        if (token.text.empty()) fail(token.offset, "a thread name cannot be empty");
        for (char c : token.text) {
            if (static_cast<unsigned char>(c) < 0x20) {
                fail(token.offset, "a thread name cannot contain control characters");
            }
        }
        if (!caption_.thread.empty()) {
            static constexpr std::string_view kKeywords[] = {"pause", "at"};
            std::string hint = suggestWord(token.text, kKeywords);
            if (hint.find("did you mean") == std::string::npos) {
                hint = " (write a name with spaces in double quotes: \"Thread-1 (worker)\")";
            }
            fail(token.offset, "a caption names one thread, and '" + caption_.thread +
                                   "' is already named; found '" + token.text + "'" + hint);
        }
        caption_.thread = token.text;
    }

    std::string_view value_;
    SourcePos valuePos_;
    const std::string& path_;
    std::vector<Token> tokens_;
    Caption caption_;
    bool occurrenceGiven_ = false;
};

}  // namespace

Caption parseCaptionLine(std::string_view value, SourcePos valuePos, const std::string& path) {
    return CaptionLineReader(value, valuePos, path).read();
}

}  // namespace ts
