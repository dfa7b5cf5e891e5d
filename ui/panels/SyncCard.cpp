#include "panels/SyncCard.h"
#include <QCoreApplication>

#include <QStringList>

#include "model/RunRecording.h"
#include "model/SyncTimeline.h"

namespace ts::ui {
namespace {

SyncCard::Look lookOf(SyncObjectKind kind) {
    switch (kind) {
        case SyncObjectKind::Lock:
        case SyncObjectKind::RLock:
            return SyncCard::Look::Lock;
        case SyncObjectKind::Semaphore:
        case SyncObjectKind::BoundedSemaphore:
            return SyncCard::Look::Semaphore;
        case SyncObjectKind::Event:
            return SyncCard::Look::Event;
        case SyncObjectKind::Condition:
            return SyncCard::Look::Condition;
        case SyncObjectKind::Barrier:
            return SyncCard::Look::Barrier;
        case SyncObjectKind::Queue:
            return SyncCard::Look::Queue;
        case SyncObjectKind::Thread:
            break;
    }
    return SyncCard::Look::Join;
}

QString kindWords(SyncObjectKind kind) {
    switch (kind) {
        case SyncObjectKind::Lock:
            return QCoreApplication::translate("SyncCard", "lock");
        case SyncObjectKind::RLock:
            return QCoreApplication::translate("SyncCard", "re-entrant lock");
        case SyncObjectKind::Semaphore:
            return QCoreApplication::translate("SyncCard", "semaphore");
        case SyncObjectKind::BoundedSemaphore:
            return QCoreApplication::translate("SyncCard", "bounded semaphore");
        case SyncObjectKind::Event:
            return QCoreApplication::translate("SyncCard", "event");
        case SyncObjectKind::Condition:
            return QCoreApplication::translate("SyncCard", "condition");
        case SyncObjectKind::Barrier:
            return QCoreApplication::translate("SyncCard", "barrier");
        case SyncObjectKind::Queue:
            return QCoreApplication::translate("SyncCard", "queue");
        case SyncObjectKind::Thread:
            break;
    }
    return QStringLiteral("Thread.join()");
}

// "Lock #1", "Semaphore(2) #1", "Queue(3) #1": the class as the program wrote it, with its
// argument where it has one, and a number among the objects of that class.
QString titleOf(const SyncObjectState& s, const SyncTimeline& timeline,
                const RunRecording& recording) {
    const QString number = QStringLiteral(" #%1").arg(timeline.ordinal(s.id));
    switch (s.kind) {
        case SyncObjectKind::Lock:
            return QStringLiteral("Lock") + number;
        case SyncObjectKind::RLock:
            return QStringLiteral("RLock") + number;
        case SyncObjectKind::Semaphore:
            return QStringLiteral("Semaphore(%1)").arg(s.initial) + number;
        case SyncObjectKind::BoundedSemaphore:
            return QStringLiteral("BoundedSemaphore(%1)").arg(s.initial) + number;
        case SyncObjectKind::Event: {
            const int queue = timeline.queueOfTaskEvent(s.id);
            if (queue < 0) return QStringLiteral("Event") + number;
            return QCoreApplication::translate("SyncCard", "join %1")
                .arg(titleOf(timeline.stateAt(queue, kNever), timeline, recording));
        }
        case SyncObjectKind::Condition:
            return QStringLiteral("Condition") + number;
        case SyncObjectKind::Barrier:
            return QStringLiteral("Barrier(%1)").arg(s.initial) + number;
        case SyncObjectKind::Queue:
            return (s.initial > 0 ? QStringLiteral("Queue(%1)").arg(s.initial)
                                  : QStringLiteral("Queue")) +
                   number;
        case SyncObjectKind::Thread:
            break;
    }
    return QCoreApplication::translate("SyncCard", "join %1")
        .arg(QString::fromStdString(recording.threadName(static_cast<int>(s.initial))));
}

SyncChip chipOf(int tid, const RunRecording& recording, const GanttStyle& style) {
    return SyncChip{tid, QString::fromStdString(recording.threadName(tid)), style.threadColour(tid),
                    SyncWaiter::Wants::Object};
}

QString names(const std::vector<SyncChip>& chips, SyncWaiter::Wants wants) {
    QStringList list;
    for (const SyncChip& c : chips) {
        if (c.wants == wants) list << c.name;
    }
    return list.join(QStringLiteral(", "));
}

}  // namespace

bool SyncCard::shown(const SyncObjectState& state, const SyncTimeline& timeline) {
    if (!state.created) return false;
    // Joins (of a thread, of a queue's tasks) matter only while someone waits in them.
    const bool join =
        state.kind == SyncObjectKind::Thread || timeline.queueOfTaskEvent(state.id) >= 0;
    return !join || !state.waiters.empty();
}

SyncCard SyncCard::make(const SyncObjectState& state, const SyncTimeline& timeline,
                        const RunRecording& recording, const GanttStyle& style) {
    SyncCard card;
    card.object = state.id;
    const bool queueJoin = timeline.queueOfTaskEvent(state.id) >= 0;
    card.look = queueJoin ? Look::Join : lookOf(state.kind);
    card.title = titleOf(state, timeline, recording);
    card.kindText = queueJoin ? QStringLiteral("Queue.join()") : kindWords(state.kind);
    card.hasOwner = state.owner >= 0;
    if (card.hasOwner) card.owner = chipOf(state.owner, recording, style);
    card.depth = state.depth;
    card.flag = state.flag;
    card.broken = state.broken;
    card.capacity = state.initial;
    card.count =
        card.look == Look::Barrier ? static_cast<std::int64_t>(state.waiters.size()) : state.count;
    for (const SyncWaiter& w : state.waiters) {
        SyncChip chip = chipOf(w.tid, recording, style);
        chip.wants = w.wants;
        card.waiters.push_back(chip);
    }
    return card;
}

QString SyncCard::stateText() const {
    switch (look) {
        case Look::Lock:
            if (!hasOwner) return QCoreApplication::translate("SyncCard", "free");
            return depth > 1 ? QCoreApplication::translate("SyncCard", "owner %1 (depth %2)").arg(owner.name).arg(depth)
                             : QCoreApplication::translate("SyncCard", "owner %1").arg(owner.name);
        case Look::Semaphore:
            return QCoreApplication::translate("SyncCard", "count %1").arg(count);
        case Look::Event:
            return flag ? QCoreApplication::translate("SyncCard", "set") : QCoreApplication::translate("SyncCard", "clear");
        case Look::Barrier:
            return (broken ? QCoreApplication::translate("SyncCard", "%1 of %2 waiting, broken")
                    : QCoreApplication::translate("SyncCard", "%1 of %2 waiting"))
                .arg(count)
                .arg(capacity);
        case Look::Queue:
            return capacity > 0 ? QCoreApplication::translate("SyncCard", "size %1 of %2").arg(count).arg(capacity)
                                : QCoreApplication::translate("SyncCard", "size %1").arg(count);
        case Look::Condition:
        case Look::Join:
            break;
    }
    return {};
}

QString SyncCard::line() const {
    QStringList parts;
    const QString state = stateText();
    if (!state.isEmpty()) parts << state;
    if (look == Look::Queue) {
        const QString items = names(waiters, SyncWaiter::Wants::Item);
        const QString room = names(waiters, SyncWaiter::Wants::Room);
        if (!items.isEmpty()) parts << QCoreApplication::translate("SyncCard", "waiting to get %1").arg(items);
        if (!room.isEmpty()) parts << QCoreApplication::translate("SyncCard", "waiting to put %1").arg(room);
    } else if (!waiters.empty()) {
        parts << QCoreApplication::translate("SyncCard", "waiting %1").arg(names(waiters, SyncWaiter::Wants::Object));
    }
    if (parts.isEmpty()) parts << QCoreApplication::translate("SyncCard", "nobody waiting");
    return title + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

}  // namespace ts::ui
