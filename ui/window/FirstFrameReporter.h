#pragma once
// `timeslice gui --report-first-frame`: how long a user waits for the chart. It watches the
// Gantt widget; once its first paint has been handled it prints the time since the process
// started (the kernel's record of the start, so library loading counts too) on stderr and quits.
// tools/run-benchmarks.sh reads the figure (issue 7: first frame under 1 s).
#include <QObject>
#include <ostream>

class QWidget;

namespace ts::ui {

class FirstFrameReporter : public QObject {
public:
    FirstFrameReporter(QWidget* gantt, std::ostream& err);

    // Milliseconds since this process started, or since the first call where /proc cannot
    // tell (10 ms resolution: the kernel counts process starts in clock ticks).
    static double millisecondsSinceProcessStart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::ostream& err_;
    bool seen_ = false;
};

}  // namespace ts::ui
