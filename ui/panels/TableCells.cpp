#include "panels/TableCells.h"
#include <QCoreApplication>

namespace ts::ui {

void TableCells::set(QTableWidget& table, int row, int column, const QString& text) {
    QTableWidgetItem* item = table.item(row, column);
    if (!item) {
        table.setItem(row, column, new QTableWidgetItem(text));
    } else if (item->text() != text) {
        item->setText(text);
    }
}

void TableCells::setName(QTableWidget& table, int row, int column, const QString& text) {
    set(table, row, column, text);
    QTableWidgetItem* item = table.item(row, column);
    if (item->toolTip() != text) item->setToolTip(text);
}

void TableCells::capColumnWidth(QTableWidget& table, int column, int characters) {
    const int cap = table.fontMetrics().averageCharWidth() * characters;
    if (table.columnWidth(column) > cap) table.setColumnWidth(column, cap);
}

QString TableCells::processStateText(ProcessState state) {
    switch (state) {
        case ProcessState::New: return QCoreApplication::translate("TableCells", "not arrived");
        case ProcessState::Run: return QCoreApplication::translate("TableCells", "Run");
        case ProcessState::Sleep: return QCoreApplication::translate("TableCells", "Sleep");
        case ProcessState::Exited: return QCoreApplication::translate("TableCells", "exited");
    }
    return {};
}

QString TableCells::threadStateText(ThreadState state) {
    switch (state) {
        case ThreadState::New: return QCoreApplication::translate("TableCells", "new");
        case ThreadState::Ready: return QCoreApplication::translate("TableCells", "ready");
        case ThreadState::Running: return QCoreApplication::translate("TableCells", "running");
        case ThreadState::Blocked: return QCoreApplication::translate("TableCells", "blocked");
        case ThreadState::Terminated: return QCoreApplication::translate("TableCells", "terminated");
    }
    return {};
}

QString TableCells::exitStatusText(const std::string& status) {
    if (status == "completed") return QCoreApplication::translate("TableCells", "completed");
    if (status == "time-limit") return QCoreApplication::translate("TableCells", "time limit reached");
    if (status == "interrupted") return QCoreApplication::translate("TableCells", "interrupted");
    if (status == "deadlock") return QCoreApplication::translate("TableCells", "deadlock");
    if (status == "error") return QCoreApplication::translate("TableCells", "error");
    if (status == "cancelled") return QCoreApplication::translate("TableCells", "cancelled");
    return QString::fromStdString(status);
}

}  // namespace ts::ui
