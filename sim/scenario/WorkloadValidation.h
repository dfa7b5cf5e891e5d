#pragma once
// What is wrong in a workload document, cell by cell, judged by the workload loader itself (so
// the editor never disagrees with `timeslice check`). Each process is checked on its own, and
// after a fault in one cell that cell is replaced by a harmless value and the process checked
// again, so that every bad cell of a row is found, not only the first. Then the whole file, with
// those replacements, is checked for what no single process shows (two processes with one
// name, the machine, the unit), again setting each fault aside to look for the next.
#include <string>
#include <vector>

#include "scenario/WorkloadDocument.h"

namespace ts {

class WorkloadValidation {
  public:
    struct CellMessage {
        int row = 0;
        WorkloadDocument::Column column = WorkloadDocument::Column::Name;
        std::string message;
    };

    explicit WorkloadValidation(const WorkloadDocument& document);

    bool ok() const { return cells_.empty() && document_.empty(); }
    const std::vector<CellMessage>& cells() const { return cells_; }
    // Faults outside the process rows, as "FILE:LINE:COL: error: ...".
    const std::vector<std::string>& documentMessages() const { return document_; }
    // The messages of one cell joined by newlines; "" when it is fine. A fault of a process
    // that belongs to no column (an unknown key, say) is reported on its name.
    std::string messageFor(int row, WorkloadDocument::Column column) const;

  private:
    // Returns the process with its faulty parts replaced by harmless ones.
    JsonValue checkProcess(const WorkloadDocument& document, int row);
    void checkWholeFile(const WorkloadDocument& document, JsonValue::Array processes);
    bool rowHasMessages(int row) const;
    void add(int row, WorkloadDocument::Column column, const std::string& message);

    std::vector<CellMessage> cells_;
    std::vector<std::string> document_;
};

}  // namespace ts
