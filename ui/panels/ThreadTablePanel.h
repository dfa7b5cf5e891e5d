#pragma once
// Every thread at the current time: name, process, daemon flag, state, what it waits for (or
// the CPU it runs on), the line it is on (programs), CPU time, its queue's level (mlfq). The name cell carries the thread's Gantt colour.
#include <QTableWidget>

#include "gantt/GanttStyle.h"

namespace ts::ui {

class RunRecording;
struct RunState;

class ThreadTablePanel : public QTableWidget {
    Q_OBJECT
public:
    // The widest a process's name is shown (TableCells::capColumnWidth).
    static constexpr int kNameCharacters = 18;
    explicit ThreadTablePanel(QWidget* parent = nullptr);
    void showState(const RunRecording& recording, const RunState& state, const GanttStyle& style);
};

}  // namespace ts::ui
