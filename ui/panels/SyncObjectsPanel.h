#pragma once
// A card per synchronisation object at the current time: a lock's owner (or "free"), a
// semaphore's count, an event's flag, a barrier's arrivals, a queue's items, and the threads
// waiting in it in FIFO order, as chips in the thread colours. Joins appear while a thread
// waits for another to end. When time moves forward by a small step, the step is animated
// (arrivals slide in, leavers fade out, an arrow shows a lock handed to its next owner); the
// state shown - and describe() - is the end state at once, and a seek far away or a step back
// shows it without animation.
#include <QScrollArea>
#include <QStringList>
#include <memory>

#include "gantt/GanttStyle.h"
#include "kernel/Time.h"

class QVariantAnimation;

namespace ts::ui {

class RunRecording;
class SyncTimeline;
class SyncCardsView;

class SyncObjectsPanel : public QScrollArea {
    Q_OBJECT
  public:
    static constexpr int kAnimationMs = 300;
    // A step with more operations than this (a seek, or fast play) is shown without animation.
    static constexpr std::size_t kMostAnimatedOperations = 12;

    explicit SyncObjectsPanel(QWidget* parent = nullptr);
    ~SyncObjectsPanel() override;

    void showAt(const RunRecording& recording, Time t, const GanttStyle& style);
    void setPresentationMode(bool on);
    bool presentationMode() const { return presentation_; }

    // One line per card shown, e.g. "Lock #1: owner Thread-2; waiting Thread-1, Thread-3".
    QStringList describe() const;
    // Whether the last step is being animated.
    bool animating() const;
    // Shows the step's end at once: a screenshot is taken right after its seek, and would
    // catch the chips still faded out.
    void finishAnimation();
    // The timeline of the run shown last (null before the first showAt).
    const SyncTimeline* timeline() const { return timeline_.get(); }

  private:
    bool showsRun(const RunRecording& recording) const;

    std::unique_ptr<SyncTimeline> timeline_;
    const RunRecording* recording_ = nullptr;
    SyncCardsView* view_;
    QVariantAnimation* animation_;
    Time shownAt_ = 0;
    bool shown_ = false;
    bool presentation_ = false;
    bool stylePresentation_ = false;  // the chart's style is in presentation mode
};

}  // namespace ts::ui
