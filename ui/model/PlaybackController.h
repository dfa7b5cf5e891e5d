#pragma once
// Moves the current time through a recording: play/pause at a speed (simulated time per real
// second), step to the next change or context switch, step back, restart, run to a time. The
// kernel advances only in bounded chunks from a timer, ahead of the cursor, so the GUI never
// waits; stepping back and scrubbing only read the recording.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

#include "model/RunRecording.h"

namespace ts::ui {

class PlaybackController : public QObject {
    Q_OBJECT
public:
    // Events one timer tick may execute: a few milliseconds of kernel work at most.
    static constexpr std::int64_t kEventsPerTick = 20000;

    explicit PlaybackController(QObject* parent = nullptr);
    ~PlaybackController() override;

    // Takes over a new run (or none) and goes back to time 0.
    void setRecording(std::unique_ptr<RunRecording> recording);
    const RunRecording* recording() const { return recording_.get(); }
    Time cursor() const { return cursor_; }
    bool playing() const { return playing_; }
    double speed() const { return speed_; }

    // Moves to `t` at once when it is recorded; otherwise records up to it over the next ticks
    // (blocking = true records it now, for the screenshot command and tests).
    void seek(Time t, bool blocking = false);
    // Records a finite run to its end now (for the screenshot command and tests).
    void finishRecording();

public slots:
    void play();
    void pause();
    void togglePlay();
    void setSpeed(double simulatedNsPerSecond);
    void stepForward();
    void stepBack();
    void stepToContextSwitch();
    void restart();

signals:
    void cursorChanged(ts::Time t);
    void playingChanged(bool playing);
    void recordingChanged();
    void runCompleted();

private:
    void tick();
    void moveTo(Time t);
    void extendTo(Time target, std::int64_t budget);

    std::unique_ptr<RunRecording> recording_;
    Time cursor_ = 0;
    Time target_ = -1;      // a seek still being recorded, or -1
    bool playing_ = false;
    bool announcedComplete_ = false;
    double speed_ = 1e7;    // 10 ms per second
    QTimer timer_;
    QElapsedTimer clock_;
};

}  // namespace ts::ui
