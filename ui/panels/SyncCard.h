#pragma once
// What the synchronisation panel shows of one object at one instant, as a plain value: names
// and colours resolved, so painting needs neither the recording nor the timeline (the panel
// may repaint after the run it came from is gone).
#include <QColor>
#include <QString>
#include <vector>

#include "gantt/GanttStyle.h"
#include "model/SyncObjectState.h"

namespace ts::ui {

class RunRecording;
class SyncTimeline;

struct SyncChip {
    int tid = -1;
    QString name;
    QColor fill;
    SyncWaiter::Wants wants = SyncWaiter::Wants::Object;
};

struct SyncCard {
    enum class Look { Lock, Semaphore, Event, Condition, Barrier, Queue, Join };

    int object = -1;
    Look look = Look::Lock;
    QString title;     // "Lock #1", "Semaphore(2) #1", "join worker-0"
    QString kindText;  // "lock", "re-entrant lock", "Thread.join()", ...
    bool hasOwner = false;
    SyncChip owner;
    int depth = 0;              // RLock recursion
    std::int64_t count = 0;     // semaphore units, queue items, threads at a barrier
    std::int64_t capacity = 0;  // initial units, maxsize (0: unbounded), parties
    bool flag = false;
    bool broken = false;
    std::vector<SyncChip> waiters;  // head first

    // Whether the panel lists it at all: a join shows only while someone waits in it.
    static bool shown(const SyncObjectState& state, const SyncTimeline& timeline);
    static SyncCard make(const SyncObjectState& state, const SyncTimeline& timeline,
                         const RunRecording& recording, const GanttStyle& style);
    // One line, e.g. "Lock #1: owner Thread-2; waiting Thread-1, Thread-3".
    QString line() const;
    // The state in words without the waiters: "owner Thread-2", "count 0 of 2", "set".
    QString stateText() const;
};

}  // namespace ts::ui
