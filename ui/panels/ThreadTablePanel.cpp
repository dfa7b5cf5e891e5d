#include "panels/ThreadTablePanel.h"

#include <QHeaderView>

#include "model/RunRecording.h"
#include "panels/TableCells.h"
#include "model/UnitTime.h"
#include "scenario/Duration.h"

namespace ts::ui {

ThreadTablePanel::ThreadTablePanel(QWidget* parent) : QTableWidget(parent) {
    setColumnCount(8);
    setHorizontalHeaderLabels({tr("Thread"), tr("Process"), tr("Daemon"), tr("State"), tr("Waits for"), tr("Line"),
                               tr("CPU time"), tr("Level")});
    horizontalHeaderItem(7)->setToolTip(tr("The level of its queue under mlfq: 0 is the top, with the shortest quantum"));
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

void ThreadTablePanel::showState(const RunRecording& recording, const RunState& state,
                                 const GanttStyle& style) {
    const auto& threads = recording.kernel().threads();
    // The current line means something only for a program.
    const bool program = !recording.lines().empty();
    setColumnHidden(5, !program);
    setColumnHidden(7, !recording.hasLevels());
    setRowCount(static_cast<int>(threads.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const Thread& t = threads[static_cast<std::size_t>(row)];
        const ThreadNow now = static_cast<std::size_t>(row) < state.threads.size()
                                  ? state.threads[static_cast<std::size_t>(row)]
                                  : ThreadNow{};
        QString waits;
        if (now.state == ThreadState::Blocked) waits = GanttStyle::reasonName(now.reason);
        if (now.state == ThreadState::Running) waits = tr("(on CPU %1)").arg(now.cpu);
        if (now.state == ThreadState::Ready) waits = tr("a CPU");
        TableCells::set(*this, row, 0, QString::fromStdString(t.name));
        TableCells::setName(*this, row, 1, QString::fromStdString(recording.processName(t.pid)));
        TableCells::set(*this, row, 2, t.daemon ? tr("yes") : tr("no"));
        TableCells::set(*this, row, 3, TableCells::threadStateText(now.state));
        TableCells::set(*this, row, 4, waits);
        const int line = program ? recording.lines().lineAt(row, state.time) : 0;
        const bool inCode = line > 0 && now.state != ThreadState::New && now.state != ThreadState::Terminated;
        TableCells::set(*this, row, 5, inCode ? QString::number(line) : QString());
        TableCells::set(*this, row, 6, UnitTime::format(state.cpuTimeOf(row), recording.unit()));
        const bool queued = now.state != ThreadState::New && now.state != ThreadState::Terminated;
        TableCells::set(*this, row, 7, recording.hasLevels() && queued ? QString::number(now.level) : QString());
        const QColor colour = style.threadColour(row);
        item(row, 0)->setBackground(colour);
        item(row, 0)->setForeground(GanttStyle::textOn(colour));
    }
    resizeColumnsToContents();
    TableCells::capColumnWidth(*this, 1, kNameCharacters);
}

}  // namespace ts::ui
