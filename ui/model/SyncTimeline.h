#pragma once
// The synchronisation objects of a recorded run, answerable for any time t without replaying
// the run: each object keeps the indices of its own operations (with a time that never goes
// backwards) and a full state every kCheckpointEvery of them, so a question costs a binary
// search and a replay of at most that many operations. The recording grows while the window
// plays; update() reads only what was added since the last call.
//
// Operations are taken in recorded order, which is the order the kernel applied them. A body
// that runs ahead of the kernel's clock on one CPU can record an operation stamped slightly
// later than one another CPU records after it; such an operation counts from the later time
// (the running maximum), so that every state shown is one the kernel really passed through.
#include <cstdint>
#include <string>
#include <vector>

#include "model/SyncObjectState.h"
#include "trace/TraceRecorder.h"

namespace ts::ui {

class SyncTimeline {
  public:
    static constexpr std::size_t kCheckpointEvery = 64;

    // Reads `trace`'s operations; the recorder must outlive the timeline.
    explicit SyncTimeline(const TraceRecorder& trace) : trace_(trace) {}
    SyncTimeline(const SyncTimeline&) = delete;
    SyncTimeline& operator=(const SyncTimeline&) = delete;

    // Takes in the operations recorded since the last call.
    void update();
    std::size_t operationsRead() const { return read_; }
    const TraceRecorder& trace() const { return trace_; }

    int objectCount() const { return static_cast<int>(tracks_.size()); }
    SyncObjectKind kind(int object) const { return tracks_[index(object)].kind; }
    // 1, 2, ... among the objects of its kind that a program makes itself (not counting the
    // joins of threads and of queues), for names such as "Lock #2".
    int ordinal(int object) const { return tracks_[index(object)].ordinal; }
    // queue.Queue keeps an Event of its own for join(): registered right after its Queue, by the
    // same thread at the same instant. Returns that Queue's id, or -1 for any other object.
    int queueOfTaskEvent(int object) const { return known(object) ? tracks_[index(object)].queueOfTasks : -1; }

    // The object after every operation at or before `t`; `created` is false before its creation.
    SyncObjectState stateAt(int object, Time t) const;
    // Every object created at or before `t`, by id.
    std::vector<SyncObjectState> statesAt(Time t) const;
    // How many operations happened in (from, to], over all objects; stops counting at `limit`.
    std::size_t countBetween(Time from, Time to, std::size_t limit) const;
    // The operations in (from, to], object by object, each object's in recorded order.
    std::vector<SyncOp> operationsBetween(Time from, Time to) const;

  private:
    struct Track {
        SyncObjectKind kind = SyncObjectKind::Lock;
        int ordinal = 0;
        int queueOfTasks = -1;
        Time createdAt = 0;
        int creator = -1;
        std::vector<Time> times;                   // non-decreasing
        std::vector<std::uint32_t> ops;            // indices into the recorder's syncOps()
        std::vector<SyncObjectState> checkpoints;  // [k]: the state after k * kCheckpointEvery ops
        SyncObjectState live;                      // after every operation read
    };
    static std::size_t index(int object) { return static_cast<std::size_t>(object); }
    bool known(int object) const { return object >= 0 && index(object) < tracks_.size(); }
    void read(const SyncOp& op, std::uint32_t at);
    void describeNew(Track& track, const SyncOp& created);
    // Operations of `track` at or before `t`.
    std::size_t countUntil(const Track& track, Time t) const;

    const TraceRecorder& trace_;
    std::size_t read_ = 0;
    std::vector<Track> tracks_;
    std::vector<int> perKind_;
};

}  // namespace ts::ui
