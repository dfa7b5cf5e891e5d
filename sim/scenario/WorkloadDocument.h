#pragma once
// A workload file open in the table editor: its processes as rows of cells (name, arrival,
// priority, bursts, period, deadline), edited by splicing new text over the bytes of just the
// value that changed. Everything else in the file - other keys, the machine, comments in
// "description", spacing, key order, number spelling - stays byte for byte as it was, so
// text() of an unedited document is the file exactly.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/JsonValue.h"

namespace ts {

class WorkloadDocument {
  public:
    enum class Column { Name, Arrival, Priority, Bursts, Period, Deadline };
    static constexpr int kColumnCount = 6;

    // The key a column edits ("name", "arrival", ...); the bursts column also shows a
    // process's "threads" or "program", read-only.
    static const char* columnKey(Column column);

    // Throws InputError when `text` is not JSON or not a JSON object. `path` names the file in
    // messages and is where a process's "program" is looked up from.
    WorkloadDocument(std::string text, std::string path);

    const std::string& text() const { return text_; }
    const std::string& path() const { return path_; }
    // The parsed text, with every value's byte span in text().
    const JsonValue& root() const { return root_; }
    // The elements of "processes" (empty when there is no such list).
    const JsonValue::Array& processes() const;
    int rowCount() const { return static_cast<int>(processes().size()); }
    // The unit bare numbers are in: the file's "unit" when it is a known one, else ms.
    std::string unit() const;

    // What the cell shows: a name or a string as its text, a number as the file spells it, the
    // bursts as a line (see WorkloadBurstText), an absent value as "".
    std::string cellText(int row, Column column) const;
    // False for the bursts of a process made of "threads" or a "program", and for every cell of
    // an element that is not an object.
    bool isEditable(int row, Column column) const;

    // Writes `text` into the cell: a name as a string; a time or priority as a number when it
    // is one, else as a string ("30ms"); "" removes an optional key. Text equal to cellText()
    // changes nothing. Returns the reason when the text cannot be written at all (bursts that
    // are not a line of bursts); a value that is written but wrong is validate()'s to report.
    std::optional<std::string> setCell(int row, Column column, std::string_view text);

    // Inserts a new process (a fresh name, arrival 0, one 1-unit CPU burst) before `row`
    // (rowCount() appends), in the list's own layout; creates "processes" when there is none.
    // False when "processes" is there but not a list, or `row` is out of range.
    bool insertProcess(int row);
    // False when `row` is out of range.
    bool removeProcess(int row);

    // Writes `json` as the machine's `key` (creating "machine" when there is none); an empty
    // `json` removes the key. Returns the reason when it cannot be written ("machine" is not an
    // object, or `json` does not parse).
    std::optional<std::string> setMachineValue(const std::string& key, const std::string& json);

  private:
    const JsonValue& element(int row) const { return processes()[static_cast<std::size_t>(row)]; }
    std::optional<std::string> writeMember(const JsonValue& object, const std::string& key,
                                           const std::string& json);
    void removeMember(const JsonValue& object, const std::string& key);
    std::string freshName() const;
    std::string newProcessText() const;
    // Replaces text_[begin, end) with `insert` when the result still parses; otherwise leaves
    // the document as it was and returns the parser's message.
    std::optional<std::string> splice(std::size_t begin, std::size_t end, std::string_view insert);

    std::string text_;
    std::string path_;
    JsonValue root_;
};

}  // namespace ts
