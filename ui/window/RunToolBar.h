#pragma once
// The run controls: play/pause (Space), step back (Left), step one event (Right), step to the
// next context switch (Shift+Right), the followed thread's next source line (N), restart (Home), a speed slider on a log scale (simulated
// time per real second, 1 us/s .. 100 s/s), "run to" a time, and a time scrubber.
#include <QToolBar>

#include "kernel/Time.h"

class QAction;
class QLabel;
class QLineEdit;
class QSlider;

namespace ts::ui {

class PlaybackController;

class RunToolBar : public QToolBar {
    Q_OBJECT
public:
    RunToolBar(PlaybackController& controller, QWidget* parent = nullptr);

    // Refreshes the time label, the scrubber and the play button from the controller.
    void refresh();
    QAction* playAction() const { return play_; }
    // Moves the speed slider to the controller's speed (after a new scenario set it).
    void showSpeed();

    // The speed slider's position <-> simulated ns per real second (10^(3 + position / 100)).
    static double speedAt(int position);
    static int positionFor(double nsPerSecond);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The buttons' labels are the first to go when the bar is narrower than all it holds
    // (large type, longer words): the scrubber and the time stay out of the » overflow.
    void fitLabels();
    void runToTyped();
    void scrubbed(int position);
    void speedMoved(int position);

    PlaybackController& controller_;
    int labelledWidth_ = 0;  // what the bar needs with its buttons labelled
    QAction* play_;
    QAction* nextLine_;
    QSlider* speed_;
    QLabel* speedText_;
    QLineEdit* runTo_;
    QSlider* scrubber_;
    QLabel* timeText_;
    bool refreshing_ = false;
};

}  // namespace ts::ui
