#include "scenario/WorkloadValidation.h"

#include <algorithm>
#include <optional>

#include "scenario/InputError.h"
#include "scenario/WorkloadLoader.h"

namespace ts {
namespace {

using Column = WorkloadDocument::Column;

// The byte offset of a parser position (columns count UTF-8 characters; a BOM takes none).
std::optional<std::size_t> offsetOf(const std::string& text, SourcePos pos) {
    if (!pos.known()) return std::nullopt;
    std::size_t at = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    for (int line = 1; line < pos.line; ++line) {
        at = text.find('\n', at);
        if (at == std::string::npos) return std::nullopt;
        ++at;
    }
    for (int column = 1; column < pos.column && at < text.size(); ++column) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

// The column a member of a process belongs to; every key the table has no column for counts
// as the row's, shown on its name.
Column columnOf(const std::string& key) {
    if (key == "arrival") return Column::Arrival;
    if (key == "priority") return Column::Priority;
    if (key == "period") return Column::Period;
    if (key == "deadline") return Column::Deadline;
    if (key == "bursts" || key == "threads" || key == "program") return Column::Bursts;
    return Column::Name;
}

// A value for `key` that the loader accepts, to stand in for a faulty one; nullopt for keys
// that are better left out.
std::optional<JsonValue::Member> harmlessMember(const JsonValue::Member& faulty) {
    const SourcePos pos = faulty.value.pos();
    JsonValue value;
    std::string key = faulty.key;
    if (key == "name") {
        value = JsonValue::string("?", pos);
    } else if (key == "arrival" || key == "priority") {
        value = JsonValue::integer(0, pos);
    } else if (key == "period" || key == "deadline") {
        value = JsonValue::integer(1, pos);
    } else if (key == "bursts" || key == "threads" || key == "program") {
        // A process must keep a body, or the next check would blame its absence.
        JsonValue::Object burst;
        burst.push_back({"cpu", pos, JsonValue::integer(1, pos), 0});
        JsonValue::Array bursts;
        bursts.push_back(JsonValue::object(std::move(burst), pos));
        value = JsonValue::array(std::move(bursts), pos);
        key = "bursts";
    } else {
        return std::nullopt;
    }
    value.setSourceSpan(faulty.value.sourceBegin(), faulty.value.sourceEnd());
    return JsonValue::Member{key, faulty.keyPos, std::move(value), faulty.keyOffset};
}

// The column of the cell at byte `at` of a process.
Column columnAt(const JsonValue& process, std::size_t at) {
    if (!process.isObject()) return Column::Name;
    for (const JsonValue::Member& member : process.asObject()) {
        if (at == member.keyOffset ||
            (at >= member.value.sourceBegin() && at < member.value.sourceEnd())) {
            return columnOf(member.key);
        }
    }
    return Column::Name;
}

// A valid process in place of `process`, with a name no file uses.
JsonValue harmlessProcess(const JsonValue& process, int row) {
    const SourcePos pos = process.pos();
    JsonValue::Member name{"name", pos, JsonValue::string("\x01row " + std::to_string(row), pos),
                           0};
    JsonValue::Object members{name};
    if (std::optional<JsonValue::Member> bursts = harmlessMember({"bursts", pos, {}, 0})) {
        members.push_back(std::move(*bursts));
    }
    JsonValue stand = JsonValue::object(std::move(members), pos);
    stand.setSourceSpan(process.sourceBegin(), process.sourceEnd());
    return stand;
}

}  // namespace

WorkloadValidation::WorkloadValidation(const WorkloadDocument& document) {
    JsonValue::Array processes;
    for (int row = 0; row < document.rowCount(); ++row) {
        processes.push_back(checkProcess(document, row));
    }
    checkWholeFile(document, std::move(processes));
}

void WorkloadValidation::add(int row, Column column, const std::string& message) {
    for (const CellMessage& cell : cells_) {
        if (cell.row == row && cell.column == column && cell.message == message) return;
    }
    cells_.push_back({row, column, message});
}

std::string WorkloadValidation::messageFor(int row, Column column) const {
    std::string out;
    for (const CellMessage& cell : cells_) {
        if (cell.row == row && cell.column == column)
            out += (out.empty() ? "" : "\n") + cell.message;
    }
    return out;
}

bool WorkloadValidation::rowHasMessages(int row) const {
    for (const CellMessage& cell : cells_) {
        if (cell.row == row) return true;
    }
    return false;
}

JsonValue WorkloadValidation::checkProcess(const WorkloadDocument& document, int row) {
    const JsonValue& original = document.processes()[static_cast<std::size_t>(row)];
    const std::string unit = document.unit();
    JsonValue process = original;
    const std::size_t attempts = original.isObject() ? original.asObject().size() + 2 : 1;
    for (std::size_t attempt = 0; attempt < attempts; ++attempt) {
        try {
            loadProcessValue(process, unit, document.path());
            return process;
        } catch (const InputError& error) {
            const std::optional<std::size_t> at = offsetOf(document.text(), error.pos());
            if (!process.isObject() || !at || *at == original.sourceBegin()) {
                // A fault of the process as a whole: no name, or nothing to run.
                const bool named = process.isObject() && process.find("name");
                add(row, named ? Column::Bursts : Column::Name, error.message());
                break;
            }
            JsonValue::Object members = process.asObject();
            auto hit = members.end();
            bool onValue = false;
            for (auto it = members.begin(); it != members.end(); ++it) {
                onValue = *at >= it->value.sourceBegin() && *at < it->value.sourceEnd();
                if (onValue || *at == it->keyOffset) {
                    hit = it;
                    break;
                }
            }
            if (hit == members.end()) {
                add(row, Column::Name, error.message());
                break;
            }
            add(row, columnOf(hit->key), error.message());
            // Take the faulty part out of the way and look for the next fault.
            std::optional<JsonValue::Member> replacement;
            if (onValue) replacement = harmlessMember(*hit);
            if (replacement) {
                *hit = std::move(*replacement);
            } else {
                members.erase(hit);
            }
            JsonValue next = JsonValue::object(std::move(members), process.pos());
            next.setSourceSpan(original.sourceBegin(), original.sourceEnd());
            process = std::move(next);
        }
    }
    // Beyond repair here: a stand-in keeps the list's length for the whole-file check.
    return harmlessProcess(original, row);
}

void WorkloadValidation::checkWholeFile(const WorkloadDocument& document,
                                        JsonValue::Array processes) {
    JsonValue::Object top = document.root().asObject();
    const std::size_t attempts = processes.size() + top.size() + 1;
    for (std::size_t attempt = 0; attempt < attempts; ++attempt) {
        for (JsonValue::Member& member : top) {
            if (member.key == "processes" && member.value.isArray()) {
                const SourcePos pos = member.value.pos();
                const std::size_t begin = member.value.sourceBegin();
                const std::size_t end = member.value.sourceEnd();
                member.value = JsonValue::array(processes, pos);
                member.value.setSourceSpan(begin, end);
            }
        }
        try {
            loadWorkloadValue(JsonValue::object(top, document.root().pos()), document.path());
            return;
        } catch (const InputError& error) {
            const std::optional<std::size_t> at = offsetOf(document.text(), error.pos());
            if (!at) {
                document_.push_back(error.what());
                return;
            }
            bool inRow = false;
            for (std::size_t row = 0; row < processes.size(); ++row) {
                JsonValue& process = processes[row];
                if (*at < process.sourceBegin() || *at >= process.sourceEnd()) continue;
                // Only names meet across rows; give this one a name nobody writes, go on.
                inRow = true;
                const int r = static_cast<int>(row);
                if (!rowHasMessages(r)) add(r, columnAt(process, *at), error.message());
                process = harmlessProcess(process, r);
                break;
            }
            if (inRow) continue;
            document_.push_back(error.what());
            // A fault in a top-level value (the machine, the unit): without it, look further.
            const auto owner = std::find_if(top.begin(), top.end(), [&](const auto& member) {
                return member.key != "processes" &&
                       (*at == member.keyOffset ||
                        (*at >= member.value.sourceBegin() && *at < member.value.sourceEnd()));
            });
            if (owner == top.end()) return;
            top.erase(owner);
        }
    }
}

}  // namespace ts
