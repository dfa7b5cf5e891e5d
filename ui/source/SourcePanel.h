#pragma once
// The program panel: the source view with each thread's line, a chooser for the thread that
// "Next line" follows, and that button. Empty (with a hint) for a workload, which has no source.
#include <QWidget>
#include <set>

#include "kernel/Time.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace ts::ui {

class RunRecording;
class GanttStyle;
class SourceView;
struct RunState;

class SourcePanel : public QWidget {
    Q_OBJECT
public:
    explicit SourcePanel(QWidget* parent = nullptr);

    // A new run: shows its source (or the hint), clears breakpoints and the followed thread.
    void setRecording(const RunRecording* recording);
    void showAt(const RunRecording& recording, const RunState& state, Time t, const GanttStyle& style);
    SourceView& view() { return *view_; }
    // The thread "Next line" follows (-1: none), chosen in the combo box.
    int followedThread() const;
    void followThread(int tid);
    // Larger code for a projector.
    void setPresentationMode(bool on);

signals:
    void followedThreadChanged(int tid);
    void nextLineRequested();
    void breakpointsChanged(const std::set<int>& lines);

private:
    void refreshThreadChoices(const RunRecording& recording);

    SourceView* view_;
    QComboBox* follow_;
    QPushButton* next_;
    QLabel* hint_;
    int threadsListed_ = 0;
};

}  // namespace ts::ui
