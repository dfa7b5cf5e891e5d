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
    // A name that may be cut (a program's file name as its process's name): the whole name is
    // its tooltip.
    static void setName(QTableWidget& table, int row, int column, const QString& text);
    // Sized to its contents, a column of long names pushed the state, line and CPU time
    // columns out of sight (the six threads of dining-philosophers-deadlock.py): no wider than
    // `characters` then, the name cut in the middle, where it is least telling.
    static void capColumnWidth(QTableWidget& table, int column, int characters);
    static QString processStateText(ProcessState state);
    static QString threadStateText(ThreadState state);
    // A report's exit status ("completed", "time-limit", ...) in the interface's language: the
    // metrics' summary and the Experiments window's Exit column.
    static QString exitStatusText(const std::string& status);
};

}  // namespace ts::ui
