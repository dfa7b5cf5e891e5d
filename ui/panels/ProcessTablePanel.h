#pragma once
// The tutorial's process table at the current time: PID, name, Run/Sleep, threads, CPU time.
#include <QTableWidget>

namespace ts::ui {

class RunRecording;
struct RunState;

class ProcessTablePanel : public QTableWidget {
    Q_OBJECT
public:
    // The widest a process's name is shown (TableCells::capColumnWidth).
    static constexpr int kNameCharacters = 18;
    explicit ProcessTablePanel(QWidget* parent = nullptr);
    void showState(const RunRecording& recording, const RunState& state);
};

}  // namespace ts::ui
