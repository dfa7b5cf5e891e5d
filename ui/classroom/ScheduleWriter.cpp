#include "classroom/ScheduleWriter.h"

#include <vector>

#include "scenario/Duration.h"
#include "scenario/JsonText.h"
#include "scenario/WorkloadDocument.h"

namespace ts::ui {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
    return s;
}

// The text as lines, each with its end of line (the last one may have none).
std::vector<std::string> splitLines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = text.find('\n', pos);
        const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        lines.emplace_back(text.substr(pos, next - pos));
        pos = next;
    }
    return lines;
}

// Where the front matter is, found as the program loader finds it: after blank lines and
// comments, a triple-quoted string whose first line is `timeslice`.
struct FrontMatter {
    std::size_t open = 0;   // the line with the opening quotes
    std::size_t close = 0;  // the line with the closing quotes
    std::string quote;
};

bool findFrontMatter(const std::vector<std::string>& lines, FrontMatter& found) {
    std::size_t i = 0;
    while (i < lines.size()) {
        std::string_view l = trimmed(lines[i]);
        if (i == 0 && l.substr(0, 3) == "\xEF\xBB\xBF") l = trimmed(l.substr(3));
        if (l.empty() || l.front() == '#') {
            ++i;
            continue;
        }
        std::size_t q = 0;
        while (q < l.size() && (l[q] == 'r' || l[q] == 'R' || l[q] == 'u' || l[q] == 'U')) ++q;
        const std::string_view quote = l.substr(q, 3);
        if ((quote != "\"\"\"" && quote != "'''") || trimmed(l.substr(q + 3)) != "timeslice") return false;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (lines[j].find(quote) != std::string::npos) {
                found = FrontMatter{i, j, std::string(quote)};
                return true;
            }
        }
        return false;  // unterminated: it did not load, and is not written
    }
    return false;
}

// The key a front matter line sets ("" for blank and comment lines).
std::string keyOf(std::string_view line) {
    line = trimmed(line);
    const std::size_t colon = line.find(':');
    if (line.empty() || line.front() == '#' || colon == std::string_view::npos) return {};
    return std::string(trimmed(line.substr(0, colon)));
}

}  // namespace

std::string ScheduleWriter::program(std::string_view text, const ScheduleSettings& settings) {
    // The keys that make the replay exact, in the order they are added.
    std::vector<std::pair<std::string, std::string>> keys = {
        {"policy", "scripted"},
        {"quantum", settings.quantum > 0 ? formatDuration(settings.quantum) : std::string()},
        {"quantumJitter", "0"},
        {"schedule", settings.schedule}};
    std::vector<std::string> lines = splitLines(text);
    const std::string eol = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
    FrontMatter fm;
    if (!findFrontMatter(lines, fm)) {
        // A new front matter after the leading comments (a #! line must stay first).
        std::size_t at = 0;
        while (at < lines.size() && trimmed(lines[at]).substr(0, 1) == "#") ++at;
        std::vector<std::string> block = {"\"\"\"timeslice" + eol};
        for (const auto& [key, value] : keys) {
            if (!value.empty()) block.push_back(key + ": " + value + eol);
        }
        block.push_back("\"\"\"" + eol);
        if (at > 0 && lines[at - 1].find('\n') == std::string::npos) lines[at - 1] += eol;
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), block.begin(), block.end());
        std::string out;
        for (const std::string& l : lines) out += l;
        return out;
    }
    // Replace each key's line in place; drop a key whose value is now empty; add the others
    // before the closing quotes.
    std::vector<std::string> added;
    for (const auto& [key, value] : keys) {
        bool replaced = false;
        for (std::size_t i = fm.open + 1; i <= fm.close; ++i) {
            const std::size_t quote = i == fm.close ? lines[i].find(fm.quote) : std::string::npos;
            const std::string body = quote == std::string::npos ? lines[i] : lines[i].substr(0, quote);
            if (keyOf(body) != key) continue;
            const std::string indent = body.substr(0, body.find_first_not_of(" \t"));
            const std::string rest = quote == std::string::npos ? eol : eol + lines[i].substr(quote);
            lines[i] = value.empty() ? (quote == std::string::npos ? "" : lines[i].substr(quote))
                                     : indent + key + ": " + value + rest;
            replaced = true;
        }
        if (!replaced && !value.empty()) added.push_back(key + ": " + value + eol);
    }
    std::string& closing = lines[fm.close];
    const std::size_t quote = closing.find(fm.quote);
    // A key written on the closing line keeps a line of its own before the added ones.
    std::string before = closing.substr(0, quote);
    if (before.find_first_not_of(" \t\r\n") == std::string::npos) {
        before.clear();
    } else if (before.back() != '\n') {
        before += eol;
    }
    std::string newClosing = before;
    for (const std::string& a : added) newClosing += a;
    closing = newClosing + closing.substr(quote);
    std::string out;
    for (const std::string& l : lines) out += l;
    return out;
}

std::string ScheduleWriter::workload(const std::string& text, const std::string& path,
                                     const ScheduleSettings& settings) {
    WorkloadDocument doc(text, path);
    // Bare numbers are in the file's unit; a string with a unit is exact whatever the unit.
    doc.setMachineValue("schedule", settings.schedule.empty() ? std::string() : quoteJson(settings.schedule));
    doc.setMachineValue("quantum", settings.quantum > 0 ? quoteJson(formatDuration(settings.quantum)) : std::string());
    doc.setMachineValue("policy", quoteJson("scripted"));
    return doc.text();
}

}  // namespace ts::ui
