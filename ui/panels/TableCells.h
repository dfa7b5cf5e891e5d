#pragma once
// Small helpers the state tables share: setting a cell without reallocating items at every
// frame, and the words for states the tutorial uses.
#include <QString>
#include <QTableWidget>

#include "kernel/Process.h"
#include "kernel/ThreadState.h"

namespace ts::ui {

class TableCells {
public:
    static void set(QTableWidget& table, int row, int column, const QString& text);
    static QString processStateText(ProcessState state);
    static QString threadStateText(ThreadState state);
};

}  // namespace ts::ui
