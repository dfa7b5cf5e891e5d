#include "TextTable.h"

#include <algorithm>

#include "report/Utf8Text.h"

namespace ts::app {
namespace {

constexpr std::size_t kGap = 2;  // spaces between columns

}  // namespace

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

void TextTable::addRow(std::vector<std::string> cells) {
    cells.resize(columns_.size());
    rows_.push_back(std::move(cells));
}

void TextTable::addRule() {
    rows_.emplace_back();
}

std::string TextTable::render() const {
    std::vector<std::size_t> widths;
    for (const Column& column : columns_) widths.push_back(utf8::width(column.header));
    for (const auto& row : rows_) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], utf8::width(row[i]));
        }
    }
    std::size_t total = 0;
    for (std::size_t w : widths) total += w;
    total += kGap * (widths.empty() ? 0 : widths.size() - 1);

    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::size_t pad = widths[i] - utf8::width(cells[i]);
            if (i > 0) out.append(kGap, ' ');
            if (columns_[i].align == Align::Right) out.append(pad, ' ');
            out += cells[i];
            if (columns_[i].align == Align::Left) out.append(pad, ' ');
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + '\n';
    };

    std::vector<std::string> headers;
    for (const Column& column : columns_) headers.push_back(column.header);
    std::string out = line(headers);
    const std::string rule = std::string(total, '-') + '\n';
    out += rule;
    for (const auto& row : rows_) out += row.empty() ? rule : line(row);
    return out;
}

}  // namespace ts::app
