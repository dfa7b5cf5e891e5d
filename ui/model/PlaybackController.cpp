#include "model/PlaybackController.h"

#include <algorithm>

namespace ts::ui {

PlaybackController::PlaybackController(QObject* parent) : QObject(parent) {
    // About 60 frames a second; each tick does a bounded amount of kernel work.
    timer_.setInterval(16);
    connect(&timer_, &QTimer::timeout, this, &PlaybackController::tick);
    timer_.start();
    clock_.start();
}

PlaybackController::~PlaybackController() = default;

void PlaybackController::setRecording(std::unique_ptr<RunRecording> recording) {
    pause();
    recording_ = std::move(recording);
    cursor_ = 0;
    target_ = -1;
    lineSearch_ = -1;
    followed_ = -1;
    announcedComplete_ = false;
    if (recording_) extendTo(0, kEventsPerTick);
    emit recordingChanged();
    emit cursorChanged(cursor_);
}

void PlaybackController::extendTo(Time target, std::int64_t budget) {
    if (!recording_ || recording_->complete()) return;
    recording_->extend(target, budget);
    if (recording_->complete() && !announcedComplete_) {
        announcedComplete_ = true;
        emit runCompleted();
    }
}

void PlaybackController::moveTo(Time t) {
    const Time limit = recording_ ? recording_->knownUntil() : 0;
    const Time clamped = std::clamp<Time>(t, 0, std::max<Time>(0, limit));
    if (clamped == cursor_) return;
    cursor_ = clamped;
    emit cursorChanged(cursor_);
}

void PlaybackController::seek(Time t, bool blocking) {
    if (!recording_) return;
    lineSearch_ = -1;
    t = std::max<Time>(0, t);
    if (blocking) {
        while (!recording_->complete() && recording_->knownUntil() < t) extendTo(t, kEventsPerTick);
    } else {
        extendTo(t, kEventsPerTick);
    }
    target_ = recording_->knownUntil() < t && !recording_->complete() ? t : -1;
    moveTo(t);
}

void PlaybackController::finishRecording() {
    while (recording_ && !recording_->complete() && !recording_->endless()) {
        extendTo(kNever, kEventsPerTick);
    }
}

void PlaybackController::play() {
    if (!recording_ || playing_) return;
    lineSearch_ = -1;
    if (recording_->complete() && cursor_ >= recording_->endTime()) moveTo(0);
    playing_ = true;
    clock_.restart();
    emit playingChanged(true);
}

void PlaybackController::pause() {
    if (!playing_) return;
    playing_ = false;
    emit playingChanged(false);
}

void PlaybackController::togglePlay() { playing_ ? pause() : play(); }

void PlaybackController::setSpeed(double simulatedNsPerSecond) {
    speed_ = std::max(1.0, simulatedNsPerSecond);
}

void PlaybackController::stepForward() {
    if (!recording_) return;
    pause();
    Time next = recording_->changes().nextChangeAfter(cursor_);
    if (next == kNever || next > recording_->knownUntil()) {
        extendTo(recording_->kernel().nextEventTime(), kEventsPerTick);
        next = recording_->changes().nextChangeAfter(cursor_);
    }
    if (next != kNever) moveTo(next);
}

void PlaybackController::stepBack() {
    if (!recording_) return;
    pause();
    target_ = -1;
    lineSearch_ = -1;
    moveTo(std::max<Time>(0, recording_->changes().previousChangeBefore(cursor_)));
}

void PlaybackController::stepToContextSwitch() {
    if (!recording_) return;
    pause();
    Time next = recording_->nextContextSwitchAfter(cursor_);
    // Not recorded yet: record a few chunks ahead, but never more than one tick's worth of
    // waiting for the user; the next press continues from there.
    for (int i = 0; i < 8 && next == kNever && !recording_->complete(); ++i) {
        extendTo(kNever, kEventsPerTick / 8);
        next = recording_->nextContextSwitchAfter(cursor_);
    }
    if (next != kNever) seek(next);
}

void PlaybackController::stepToNextLine() {
    if (!recording_ || followed_ < 0) return;
    pause();
    target_ = -1;
    lineSearch_ = followed_;
    continueLineSearch();
}

bool PlaybackController::continueLineSearch() {
    const LineIndex& lines = recording_->lines();
    Time next = lines.nextLineAfter(lineSearch_, cursor_);
    if (next == kNever && !recording_->complete()) {
        extendTo(kNever, kEventsPerTick);
        next = lines.nextLineAfter(lineSearch_, cursor_);
    }
    if (next != kNever) {
        moveTo(next);
    } else if (!recording_->complete()) {
        return false;  // keep recording ahead on the next tick
    }
    lineSearch_ = -1;
    return true;
}

void PlaybackController::playTo(Time want) {
    extendTo(want, kEventsPerTick);
    const Time reach = std::min(want, recording_->knownUntil());
    const ResolvedCaption* note =
        pauseAtCaptions_ ? recording_->captionTrack().firstPauseIn(cursor_, reach) : nullptr;
    const LineMark* hit = recording_->lines().firstIn(cursor_, reach, breakpoints_);
    if (note && (!hit || note->time <= hit->time)) {
        const int caption = note->caption;
        moveTo(note->time);
        pause();
        emit captionPause(caption);
        return;
    }
    if (hit) {
        const int tid = hit->tid;
        const int line = hit->line;
        moveTo(hit->time);
        pause();
        emit breakpointHit(tid, line);
        return;
    }
    moveTo(want);
}

void PlaybackController::restart() {
    pause();
    target_ = -1;
    lineSearch_ = -1;
    moveTo(0);
}

void PlaybackController::tick() {
    if (!recording_) return;
    const double seconds = static_cast<double>(clock_.restart()) / 1000.0;
    if (playing_) {
        playTo(cursor_ + std::max<Time>(1, static_cast<Time>(speed_ * seconds)));
        if (recording_->complete() && cursor_ >= recording_->endTime()) pause();
    } else if (lineSearch_ >= 0) {
        continueLineSearch();
    } else if (target_ >= 0) {
        extendTo(target_, kEventsPerTick);
        moveTo(target_);
        if (recording_->knownUntil() >= target_ || recording_->complete()) target_ = -1;
    } else if (!recording_->complete() && !recording_->endless()) {
        // A finite run records to its end in the background, so its metrics become available;
        // an endless one only moves while it plays.
        extendTo(kNever, kEventsPerTick);
    }
}

}  // namespace ts::ui
