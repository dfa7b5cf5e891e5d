#pragma once
// A plain-text table with aligned columns: names left, numbers right, a rule under the header
// and wherever the caller asks for one (e.g. above an averages row).
#include <string>
#include <vector>

namespace ts::app {

class TextTable {
  public:
    enum class Align { Left, Right };
    struct Column {
        std::string header;
        Align align = Align::Right;
    };

    explicit TextTable(std::vector<Column> columns);

    // A row with fewer cells than columns is padded with empty cells.
    void addRow(std::vector<std::string> cells);
    void addRule();

    // Every line ends with '\n'; trailing spaces are trimmed.
    std::string render() const;

  private:
    std::vector<Column> columns_;
    std::vector<std::vector<std::string>> rows_;  // an empty row stands for a rule
};

}  // namespace ts::app
