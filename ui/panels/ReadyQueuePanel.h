#pragma once
// The ready queue at the current time, in the order the policy would pick from it, head first.
#include <QListWidget>

#include "gantt/GanttStyle.h"

namespace ts::ui {

class RunRecording;

class ReadyQueuePanel : public QListWidget {
    Q_OBJECT
public:
    explicit ReadyQueuePanel(QWidget* parent = nullptr);
    void showQueue(const RunRecording& recording, const std::vector<int>& tids, const GanttStyle& style);
};

}  // namespace ts::ui
