#include "panels/ProcessTablePanel.h"

#include <QHeaderView>

#include "model/RunRecording.h"
#include "panels/TableCells.h"
#include "model/UnitTime.h"
#include "scenario/Duration.h"

namespace ts::ui {

ProcessTablePanel::ProcessTablePanel(QWidget* parent) : QTableWidget(parent) {
    setColumnCount(5);
    setHorizontalHeaderLabels({tr("PID"), tr("Name"), tr("State"), tr("Threads"), tr("CPU time")});
    verticalHeader()->hide();
    // Compact rows: a classroom's process table should fit without scrolling.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    // A long name keeps its start and its end on one line (wrapped at its hyphens, a file
    // name showed only its first word).
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
}

void ProcessTablePanel::showState(const RunRecording& recording, const RunState& state) {
    const auto& processes = recording.kernel().processes();
    setRowCount(static_cast<int>(processes.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const Process& p = processes[static_cast<std::size_t>(row)];
        const ProcessState ps = static_cast<std::size_t>(row) < state.processes.size()
                                    ? state.processes[static_cast<std::size_t>(row)]
                                    : ProcessState::New;
        int alive = 0;
        for (int tid : p.threads) {
            const auto at = static_cast<std::size_t>(tid);
            const ThreadState s = at < state.threads.size() ? state.threads[at].state : ThreadState::New;
            alive += s != ThreadState::Terminated && s != ThreadState::New ? 1 : 0;
        }
        TableCells::set(*this, row, 0, QString::number(p.pid + 1));
        TableCells::setName(*this, row, 1, QString::fromStdString(p.name));
        TableCells::set(*this, row, 2, TableCells::processStateText(ps));
        TableCells::set(*this, row, 3, tr("%1 of %2").arg(alive).arg(p.threads.size()));
        TableCells::set(*this, row, 4,
                        UnitTime::format(state.cpuTimeOf(p.threads), recording.unit()));
    }
    resizeColumnsToContents();
    TableCells::capColumnWidth(*this, 1, kNameCharacters);
}

}  // namespace ts::ui
