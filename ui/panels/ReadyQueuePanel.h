#pragma once
// The ready queue at the current time, in the order the policy would pick from it, head first;
// under mlfq each thread with the level of the queue it waits in.
#include <QListWidget>

#include "gantt/GanttStyle.h"

namespace ts::ui {

class RunRecording;
struct RunState;

class ReadyQueuePanel : public QListWidget {
    Q_OBJECT
public:
    explicit ReadyQueuePanel(QWidget* parent = nullptr);
    void showQueue(const RunRecording& recording, const std::vector<int>& tids, const RunState& state,
                   const GanttStyle& style);
};

}  // namespace ts::ui
