#include "scenario/WorkloadDocument.h"

#include <algorithm>
#include <iterator>

#include "scenario/Duration.h"
#include "scenario/InputError.h"
#include "scenario/JsonParser.h"
#include "scenario/JsonText.h"
#include "scenario/WorkloadBurstText.h"

namespace ts {
namespace {

// The order a new key takes among the ones the table edits, whatever the file's order is.
constexpr std::string_view kKeyOrder[] = {"name",   "arrival",  "priority",
                                          "period", "deadline", "bursts"};

int keyRank(std::string_view key) {
    const auto* found = std::find(std::begin(kKeyOrder), std::end(kKeyOrder), key);
    return found == std::end(kKeyOrder) ? -1 : static_cast<int>(found - std::begin(kKeyOrder));
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace

const char* WorkloadDocument::columnKey(Column column) {
    switch (column) {
        case Column::Name:
            return "name";
        case Column::Arrival:
            return "arrival";
        case Column::Priority:
            return "priority";
        case Column::Bursts:
            return "bursts";
        case Column::Period:
            return "period";
        case Column::Deadline:
            return "deadline";
    }
    return "";
}

WorkloadDocument::WorkloadDocument(std::string text, std::string path)
    : text_(std::move(text)), path_(std::move(path)), root_(JsonParser::parse(text_, path_)) {
    if (!root_.isObject()) {
        throw InputError(
            path_, root_.pos(),
            std::string("a workload file must be a JSON object {...}, found ") + root_.describe());
    }
}

const JsonValue::Array& WorkloadDocument::processes() const {
    static const JsonValue::Array kNone;
    const JsonValue::Member* list = root_.find("processes");
    return list && list->value.isArray() ? list->value.asArray() : kNone;
}

std::string WorkloadDocument::unit() const {
    const JsonValue::Member* unit = root_.find("unit");
    if (unit && unit->value.isString() && durationUnitScale(unit->value.asString())) {
        return unit->value.asString();
    }
    return "ms";
}

std::string WorkloadDocument::cellText(int row, Column column) const {
    if (row < 0 || row >= rowCount()) return {};
    const JsonValue& process = element(row);
    auto spelling = [this](const JsonValue& value) {
        return text_.substr(value.sourceBegin(), value.sourceEnd() - value.sourceBegin());
    };
    if (!process.isObject()) return column == Column::Name ? spelling(process) : std::string();
    if (column == Column::Bursts) {
        if (const JsonValue::Member* bursts = process.find("bursts")) {
            return WorkloadBurstText::format(bursts->value, text_)
                .value_or(spelling(bursts->value));
        }
        if (const JsonValue::Member* threads = process.find("threads")) {
            if (!threads->value.isArray()) return "threads: " + spelling(threads->value);
            std::string names;
            for (const JsonValue& thread : threads->value.asArray()) {
                const JsonValue::Member* name = thread.find("name");
                names += names.empty() ? "" : ", ";
                names += name && name->value.isString() ? name->value.asString() : "?";
            }
            return "threads: " + names;
        }
        if (const JsonValue::Member* program = process.find("program")) {
            return "program: " + (program->value.isString() ? program->value.asString()
                                                            : spelling(program->value));
        }
        return {};
    }
    const JsonValue::Member* member = process.find(columnKey(column));
    if (!member) return {};
    return member->value.isString() ? member->value.asString() : spelling(member->value);
}

bool WorkloadDocument::isEditable(int row, Column column) const {
    if (row < 0 || row >= rowCount() || !element(row).isObject()) return false;
    if (column != Column::Bursts) return true;
    const JsonValue& process = element(row);
    return process.find("bursts") || (!process.find("threads") && !process.find("program"));
}

std::optional<std::string> WorkloadDocument::setCell(int row, Column column,
                                                     std::string_view text) {
    if (!isEditable(row, column)) return std::string("this cell cannot be edited in the table");
    if (text == cellText(row, column)) return std::nullopt;
    const JsonValue& process = element(row);
    const std::string key = columnKey(column);
    if (column == Column::Name) return writeMember(process, key, quoteJson(text));
    if (column == Column::Bursts) {
        std::string error;
        const std::optional<std::string> json = WorkloadBurstText::toJson(text, &error);
        if (!json) return error;
        return writeMember(process, key, *json);
    }
    const std::string_view value = trimmed(text);
    if (value.empty()) {
        removeMember(process, key);
        return std::nullopt;
    }
    // A number beyond what JSON readers take (1e999) goes in as text, for the loader to judge.
    if (isJsonNumber(value) && !writeMember(process, key, std::string(value))) return std::nullopt;
    return writeMember(process, key, quoteJson(value));
}

std::optional<std::string> WorkloadDocument::writeMember(const JsonValue& object,
                                                         const std::string& key,
                                                         const std::string& json) {
    const JsonValue::Object& members = object.asObject();
    const std::string member = quoteJson(key) + ": " + json;
    if (const JsonValue::Member* existing = object.find(key)) {
        return splice(existing->value.sourceBegin(), existing->value.sourceEnd(), json);
    }
    if (members.empty())
        return splice(object.sourceBegin(), object.sourceEnd(), "{" + member + "}");
    // After the key that comes latest before this one in kKeyOrder, else first.
    const JsonValue::Member* before = nullptr;
    for (const JsonValue::Member& candidate : members) {
        const int rank = keyRank(candidate.key);
        if (rank >= 0 && rank < keyRank(key) && (!before || rank > keyRank(before->key))) {
            before = &candidate;
        }
    }
    if (before) {
        const std::size_t at = before->value.sourceEnd();
        return splice(at, at, ", " + member);
    }
    const std::size_t at = members.front().keyOffset;
    return splice(at, at, member + ", ");
}

void WorkloadDocument::removeMember(const JsonValue& object, const std::string& key) {
    const JsonValue::Object& members = object.asObject();
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (members[i].key != key) continue;
        // Take the member with the comma that joins it to the next one, or for the last the
        // comma before it, so that no separator is left over.
        if (members.size() == 1) {
            splice(members[i].keyOffset, members[i].value.sourceEnd(), "");
        } else if (i + 1 < members.size()) {
            splice(members[i].keyOffset, members[i + 1].keyOffset, "");
        } else {
            splice(members[i - 1].value.sourceEnd(), members[i].value.sourceEnd(), "");
        }
        return;
    }
}

std::optional<std::string> WorkloadDocument::setMachineValue(const std::string& key,
                                                            const std::string& json) {
    const JsonValue::Member* machine = root_.find("machine");
    if (!machine) {
        if (json.empty()) return std::nullopt;
        return writeMember(root_, "machine", "{" + quoteJson(key) + ": " + json + "}");
    }
    if (!machine->value.isObject()) return std::string("'machine' is not an object");
    if (json.empty()) {
        removeMember(machine->value, key);
        return std::nullopt;
    }
    return writeMember(machine->value, key, json);
}

std::string WorkloadDocument::freshName() const {
    for (int n = rowCount() + 1;; ++n) {
        const std::string name = "P" + std::to_string(n);
        const bool taken = std::any_of(processes().begin(), processes().end(), [&](const auto& p) {
            const JsonValue::Member* member = p.find("name");
            return member && member->value.isString() && member->value.asString() == name;
        });
        if (!taken) return name;
    }
}

std::string WorkloadDocument::newProcessText() const {
    return "{\"name\": " + quoteJson(freshName()) + ", \"arrival\": 0, \"bursts\": [{\"cpu\": 1}]}";
}

bool WorkloadDocument::insertProcess(int row) {
    if (row < 0 || row > rowCount()) return false;
    // The blank run before a value: how the file lays out what stands at that level.
    auto spaceBefore = [this](std::size_t offset) {
        std::size_t start = offset;
        while (start > 0 && isSpace(text_[start - 1])) --start;
        const std::string space = text_.substr(start, offset - start);
        return space.empty() ? std::string(" ") : space;
    };
    const std::string process = newProcessText();
    const JsonValue::Member* list = root_.find("processes");
    if (!list) {
        const JsonValue::Object& members = root_.asObject();
        const std::string member = "\"processes\": [" + process + "]";
        if (members.empty())
            return !splice(root_.sourceBegin(), root_.sourceEnd(), "{" + member + "}");
        const std::size_t at = members.back().value.sourceEnd();
        return !splice(at, at, "," + spaceBefore(members.back().keyOffset) + member);
    }
    if (!list->value.isArray()) return false;
    const JsonValue::Array& elements = list->value.asArray();
    if (elements.empty()) {
        const std::string outer = spaceBefore(list->keyOffset);
        const std::string body = outer.find('\n') == std::string::npos
                                     ? "[" + process + "]"
                                     : "[" + outer + "  " + process + outer + "]";
        return !splice(list->value.sourceBegin(), list->value.sourceEnd(), body);
    }
    if (row < rowCount()) {
        const std::size_t at = elements[static_cast<std::size_t>(row)].sourceBegin();
        const std::string space = spaceBefore(at);
        return !splice(at, at, process + "," + space);
    }
    const std::size_t at = elements.back().sourceEnd();
    return !splice(at, at, "," + spaceBefore(elements.back().sourceBegin()) + process);
}

bool WorkloadDocument::removeProcess(int row) {
    if (row < 0 || row >= rowCount()) return false;
    const JsonValue& list = root_.find("processes")->value;
    const JsonValue::Array& elements = list.asArray();
    const auto index = static_cast<std::size_t>(row);
    if (elements.size() == 1) return !splice(list.sourceBegin() + 1, list.sourceEnd() - 1, "");
    if (index + 1 < elements.size()) {
        return !splice(elements[index].sourceBegin(), elements[index + 1].sourceBegin(), "");
    }
    return !splice(elements[index - 1].sourceEnd(), elements[index].sourceEnd(), "");
}

std::optional<std::string> WorkloadDocument::splice(std::size_t begin, std::size_t end,
                                                    std::string_view insert) {
    std::string edited = text_.substr(0, begin);
    edited.append(insert);
    edited.append(text_, end);
    try {
        JsonValue root = JsonParser::parse(edited, path_);
        text_ = std::move(edited);
        root_ = std::move(root);
    } catch (const InputError& error) {
        return error.message();
    }
    return std::nullopt;
}

}  // namespace ts
