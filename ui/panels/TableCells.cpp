#include "panels/TableCells.h"

namespace ts::ui {

void TableCells::set(QTableWidget& table, int row, int column, const QString& text) {
    QTableWidgetItem* item = table.item(row, column);
    if (!item) {
        table.setItem(row, column, new QTableWidgetItem(text));
    } else if (item->text() != text) {
        item->setText(text);
    }
}

QString TableCells::processStateText(ProcessState state) {
    switch (state) {
        case ProcessState::New: return QStringLiteral("not arrived");
        case ProcessState::Run: return QStringLiteral("Run");
        case ProcessState::Sleep: return QStringLiteral("Sleep");
        case ProcessState::Exited: return QStringLiteral("exited");
    }
    return {};
}

QString TableCells::threadStateText(ThreadState state) {
    switch (state) {
        case ThreadState::New: return QStringLiteral("new");
        case ThreadState::Ready: return QStringLiteral("ready");
        case ThreadState::Running: return QStringLiteral("running");
        case ThreadState::Blocked: return QStringLiteral("blocked");
        case ThreadState::Terminated: return QStringLiteral("terminated");
    }
    return {};
}

}  // namespace ts::ui
