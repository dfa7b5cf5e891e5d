#pragma once
// The program's output up to the current time, one line per write with its time and thread;
// clicking a line moves the time there (issue 4: the console).
#include <QListWidget>

#include "kernel/Time.h"

namespace ts::ui {

class RunRecording;

class ConsolePanel : public QListWidget {
    Q_OBJECT
public:
    explicit ConsolePanel(QWidget* parent = nullptr);
    void showOutputUntil(const RunRecording& recording, Time t);

signals:
    void timeChosen(ts::Time t);

private:
    std::size_t shown_ = 0;          // output chunks listed
    const RunRecording* recording_ = nullptr;
};

}  // namespace ts::ui
