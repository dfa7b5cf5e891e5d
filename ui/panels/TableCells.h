#pragma once
// Small helpers the state tables share: setting a cell without reallocating items at every
// frame, and the words for states and exit statuses the tutorial uses.
#include <QString>
#include <QTableWidget>
#include <string>

#include "kernel/Process.h"
#include "kernel/ThreadState.h"

namespace ts::ui {

class TableCells {
public:
    static void set(QTableWidget& table, int row, int column, const QString& text);
    static QString processStateText(ProcessState state);
    static QString threadStateText(ThreadState state);
    // A report's exit status ("completed", "time-limit", ...) in the interface's language: the
    // metrics' summary and the Experiments window's Exit column.
    static QString exitStatusText(const std::string& status);
};

}  // namespace ts::ui
