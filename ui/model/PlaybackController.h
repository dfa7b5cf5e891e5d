#pragma once
// Moves the current time through a recording: play/pause at a speed (simulated time per real
// second), step to the next change or context switch, step back, restart, run to a time. The
// kernel advances only in bounded chunks from a timer, ahead of the cursor, so the GUI never
// waits; stepping back and scrubbing only read the recording.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>
#include <set>

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

    // Source lines where playing stops when any thread reaches one.
    void setBreakpoints(std::set<int> lines) { breakpoints_ = std::move(lines); }
    const std::set<int>& breakpoints() const { return breakpoints_; }
    // Whether playing stops at the captions a scenario marks `pause` (on by default).
    void setPauseAtCaptions(bool on) { pauseAtCaptions_ = on; }
    bool pauseAtCaptions() const { return pauseAtCaptions_; }
    // The thread "step to next line" follows (-1: none chosen).
    void setFollowedThread(int tid) { followed_ = tid; }
    int followedThread() const { return followed_; }
    // Whether a search for the followed thread's next line is still recording ahead.
    bool searchingLine() const { return lineSearch_ >= 0; }

public slots:
    void play();
    void pause();
    void togglePlay();
    void setSpeed(double simulatedNsPerSecond);
    void stepForward();
    void stepBack();
    void stepToContextSwitch();
    // Moves to the moment the followed thread reaches its next source line; if that is not
    // recorded yet, records ahead over the next ticks (the GUI stays live) until it is found.
    void stepToNextLine();
    void restart();

signals:
    void cursorChanged(ts::Time t);
    void playingChanged(bool playing);
    void recordingChanged();
    void runCompleted();
    // Playing stopped because thread `tid` reached breakpoint `line`.
    void breakpointHit(int tid, int line);
    // Playing stopped at a caption marked `pause` (its index in the scenario's captions).
    void captionPause(int caption);

private:
    void tick();
    void moveTo(Time t);
    void extendTo(Time target, std::int64_t budget);
    // Moves toward `want` while playing, stopping at the first breakpoint on the way.
    void playTo(Time want);
    // One tick of an unfinished line search; true when it ended (found or nothing more to run).
    bool continueLineSearch();

    std::unique_ptr<RunRecording> recording_;
    Time cursor_ = 0;
    Time target_ = -1;      // a seek still being recorded, or -1
    bool playing_ = false;
    bool announcedComplete_ = false;
    double speed_ = 1e7;    // 10 ms per second
    std::set<int> breakpoints_;
    bool pauseAtCaptions_ = true;
    int followed_ = -1;
    int lineSearch_ = -1;   // the thread whose next line is being recorded ahead, or -1
    QTimer timer_;
    QElapsedTimer clock_;
};

}  // namespace ts::ui
