#include "panels/ReadyQueuePanel.h"

#include "model/RunRecording.h"
#include "model/RunState.h"

namespace ts::ui {

ReadyQueuePanel::ReadyQueuePanel(QWidget* parent) : QListWidget(parent) {
    setSelectionMode(QAbstractItemView::NoSelection);
}

void ReadyQueuePanel::showQueue(const RunRecording& recording, const std::vector<int>& tids,
                                const RunState& state, const GanttStyle& style) {
    clear();
    if (tids.empty()) {
        addItem(tr("(empty: nobody is waiting for a CPU)"));
        return;
    }
    int position = 1;
    for (int tid : tids) {
        const QString name = QString::fromStdString(recording.threadName(tid));
        const auto at = static_cast<std::size_t>(tid);
        const QString text = recording.hasLevels() && at < state.threads.size()
                                 ? tr("%1. %2 (level %3)").arg(position).arg(name).arg(state.threads[at].level)
                                 : QStringLiteral("%1. %2").arg(position).arg(name);
        ++position;
        auto* item = new QListWidgetItem(text);
        const QColor colour = style.threadColour(tid);
        item->setBackground(colour);
        item->setForeground(GanttStyle::textOn(colour));
        addItem(item);
    }
    item(0)->setText(item(0)->text() + tr("   <- next"));
}

}  // namespace ts::ui
