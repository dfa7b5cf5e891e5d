#include "panels/ReadyQueuePanel.h"

#include "model/RunRecording.h"

namespace ts::ui {

ReadyQueuePanel::ReadyQueuePanel(QWidget* parent) : QListWidget(parent) {
    setSelectionMode(QAbstractItemView::NoSelection);
}

void ReadyQueuePanel::showQueue(const RunRecording& recording, const std::vector<int>& tids,
                                const GanttStyle& style) {
    clear();
    if (tids.empty()) {
        addItem(tr("(empty: nobody is waiting for a CPU)"));
        return;
    }
    int position = 1;
    for (int tid : tids) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1. %2").arg(position++).arg(QString::fromStdString(recording.threadName(tid))));
        const QColor colour = style.threadColour(tid);
        item->setBackground(colour);
        item->setForeground(GanttStyle::textOn(colour));
        addItem(item);
    }
    item(0)->setText(item(0)->text() + tr("   <- next"));
}

}  // namespace ts::ui
