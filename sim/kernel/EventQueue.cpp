#include "kernel/EventQueue.h"

namespace ts {

void EventQueue::reserve(std::size_t n) {
    heap_.reserve(n);
    slots_.reserve(n);
    freeSlots_.reserve(n);
    lane_.reserve(n);
}

void EventQueue::clear() {
    hasHead_ = false;
    heap_.clear();
    cancelledInHeap_ = 0;
    slots_.clear();
    freeSlots_.clear();
    waitingFollowers_ = 0;
    lane_.clear();
    laneFront_ = 0;
    nextSeq_ = 0;
}

EventQueue::Handle EventQueue::insertSlotted(Time time, std::uint64_t order, Event::Kind kind,
                                             std::int32_t target, std::int32_t arg) {
    std::uint32_t slot;
    if (!freeSlots_.empty()) {
        slot = freeSlots_.back();
        freeSlots_.pop_back();
    } else {
        slot = static_cast<std::uint32_t>(slots_.size());
        slots_.push_back(Slot{});
    }
    Slot& s = slots_[slot];
    s.event.kind = kind;
    s.event.target = target;
    s.event.arg = arg;
    s.cancelled = false;
    s.hasFollower = false;
    place(time, order | kSlotted, 0, static_cast<std::int32_t>(slot));
    return Handle{slot, s.generation};
}

void EventQueue::place(Time time, std::uint64_t order, std::int32_t target, std::int32_t arg) {
    if (hasHead_ ? before(time, order, head_)
                 : (heap_.empty() || before(time, order, heap_.front()))) {
        // The new earliest event: it becomes the head, and the old head (earlier than all the
        // heap) goes to the heap's root.
        if (hasHead_) pushHeap(head_.time, head_.order, head_.target, head_.arg);
        head_.time = time;
        head_.order = order;
        head_.target = target;
        head_.arg = arg;
        hasHead_ = true;
    } else {
        pushHeap(time, order, target, arg);
    }
}

EventQueue::Handle EventQueue::insertPair(Time time, std::uint8_t leaderPriority,
                                          const Event& leader, std::uint8_t followerPriority,
                                          const Event& follower) {
    if (followerPriority <= leaderPriority) {
        insert(time, followerPriority, follower);
        return insertCancellable(time, leaderPriority, leader);
    }
    const std::uint64_t followerSeq = nextSeq_++;
    const Handle h = insertSlotted(time, orderOf(leaderPriority, followerSeq + 1), leader.kind,
                                   leader.target, leader.arg);
    ++nextSeq_;
    Slot& s = slots_[h.slot];
    s.hasFollower = true;
    s.followerPriority = followerPriority;
    s.follower.kind = follower.kind;  // field by field, as insert() does
    s.follower.target = follower.target;
    s.follower.arg = follower.arg;
    ++waitingFollowers_;
    return h;
}

void EventQueue::releaseFollower(const Entry& leader) {
    Slot& s = slots_[leader.slot()];
    s.hasFollower = false;
    --waitingFollowers_;
    const Event follower = s.follower;
    const Time time = leader.time;
    const std::uint64_t order = orderOf(s.followerPriority, seqOf(leader.order) - 1);
    if (laneFront_ == lane_.size()) {
        lane_.clear();
        laneFront_ = 0;
    }
    if (lane_.empty() || !before(time, order, lane_.back().time, lane_.back().order)) {
        lane_.push_back(LaneEntry{time, order, follower});
    } else {
        // Out of the lane's order (not the pattern it is for): an ordinary event then.
        place(time, order | static_cast<std::uint64_t>(follower.kind), follower.target,
              follower.arg);
    }
}

void EventQueue::peekInto(Event& out) const {
    const bool fromLane =
        laneFront_ < lane_.size() &&
        (hasHead_ ? before(lane_[laneFront_].time, lane_[laneFront_].order, head_)
                  : heap_.empty() ||
                        before(lane_[laneFront_].time, lane_[laneFront_].order, heap_.front()));
    if (fromLane) {
        copy(lane_[laneFront_].event, out);
        return;
    }
    eventOf(hasHead_ ? head_ : heap_.front(), out);
}

void EventQueue::popWithLane(Event& out) {
    const LaneEntry& front = lane_[laneFront_];
    const bool fromLane = hasHead_
                              ? before(front.time, front.order, head_)
                              : heap_.empty() || before(front.time, front.order, heap_.front());
    if (fromLane) {
        ++laneFront_;  // the entry stays in place (and readable) until the lane is next reset
        copy(front.event, out);
        return;
    }
    const Entry top = hasHead_ ? head_ : heap_.front();
    if (hasHead_) {
        hasHead_ = false;
    } else {
        popHeap();
    }
    take(top, out);
}

bool EventQueue::cancel(Handle handle) {
    if (!handle.valid() || handle.slot >= slots_.size()) return false;
    Slot& s = slots_[handle.slot];
    if (s.generation != handle.generation || s.cancelled) return false;  // popped or cancelled
    if (hasHead_ && head_.slotted() && head_.slot() == handle.slot) {
        hasHead_ = false;
        const Entry leader = head_;
        if (s.hasFollower) releaseFollower(leader);
        release(handle.slot);
        return true;
    }
    // In the heap: marked now, dropped when it reaches the root. Its slot stays taken until
    // then, so that the entry cannot be mistaken for a later event's.
    ++s.generation;
    s.cancelled = true;
    ++cancelledInHeap_;
    dropCancelledRoots();
    if (cancelledInHeap_ > 32 && 2 * cancelledInHeap_ > heap_.size()) sweepCancelled();
    return true;
}

void EventQueue::popHeap() {
    removeRoot();
    dropCancelledRoots();
}

void EventQueue::removeRoot() {
    // Floyd's way: the hole at the root sinks along the smallest children to a leaf, without
    // comparing them to the entry that fills it (the heap's last, nearly always among the
    // latest events); that entry then rises from there, usually not at all.
    const Entry last = heap_.back();
    heap_.pop_back();
    const std::size_t n = heap_.size();
    if (n == 0) return;
    std::size_t hole = 0;
    for (;;) {
        const std::size_t first = kArity * hole + 1;
        if (first >= n) break;
        std::size_t best = first;
        if (first + kArity <= n) {
            const std::size_t a = before(heap_[first + 1], heap_[first]) ? first + 1 : first;
            const std::size_t b =
                before(heap_[first + 3], heap_[first + 2]) ? first + 3 : first + 2;
            best = before(heap_[b], heap_[a]) ? b : a;
        } else {
            for (std::size_t c = first + 1; c < n; ++c) {
                if (before(heap_[c], heap_[best])) best = c;
            }
        }
        heap_[hole] = heap_[best];
        hole = best;
    }
    while (hole > 0) {
        const std::size_t parent = (hole - 1) / kArity;
        if (!before(last, heap_[parent])) break;
        heap_[hole] = heap_[parent];
        hole = parent;
    }
    heap_[hole] = last;
}

void EventQueue::dropCancelledRoots() {
    // The count first: reading the root's slot is a cache miss in a large set, and most runs
    // cancel nothing.
    while (cancelledRoot()) {
        const Entry dead = heap_.front();
        removeRoot();
        --cancelledInHeap_;
        Slot& s = slots_[dead.slot()];
        s.cancelled = false;
        if (s.hasFollower) releaseFollower(dead);  // before the slot is free to be reused
        freeSlots_.push_back(dead.slot());         // its generation moved on when it was cancelled
    }
}

void EventQueue::sweepCancelled() {
    // Many cancelled entries (waits whose far timeouts were cancelled by wake-ups): drop them
    // all and rebuild the heap in place, so that the heap does not grow with them. An entry
    // still carrying a follower stays, to be dropped at the root, where its follower's time has
    // come.
    std::size_t kept = 0;
    cancelledInHeap_ = 0;
    for (std::size_t i = 0; i < heap_.size(); ++i) {
        const Entry e = heap_[i];
        if (e.slotted()) {
            Slot& s = slots_[e.slot()];
            if (s.cancelled && !s.hasFollower) {
                s.cancelled = false;
                freeSlots_.push_back(e.slot());
                continue;
            }
            if (s.cancelled) ++cancelledInHeap_;
        }
        heap_[kept++] = e;
    }
    heap_.resize(kept);
    for (std::size_t i = heap_.size() / kArity + 1; i-- > 0;) {
        if (i < heap_.size()) siftDown(i, heap_[i]);
    }
    dropCancelledRoots();
}

void EventQueue::pushHeap(Time time, std::uint64_t order, std::int32_t target, std::int32_t arg) {
    // Sifted up as four numbers and written once at its place: an entry stored field by field
    // and at once read back whole would stall store forwarding.
    std::size_t index = heap_.size();
    heap_.emplace_back();
    while (index > 0) {
        const std::size_t parent = (index - 1) / kArity;
        if (!before(time, order, heap_[parent])) break;
        heap_[index] = heap_[parent];
        index = parent;
    }
    Entry& e = heap_[index];
    e.time = time;
    e.order = order;
    e.target = target;
    e.arg = arg;
}

void EventQueue::siftDown(std::size_t index, Entry moving) {
    const std::size_t n = heap_.size();
    for (;;) {
        const std::size_t first = kArity * index + 1;
        if (first >= n) break;
        std::size_t best = first;
        for (std::size_t c = first + 1; c < n && c < first + kArity; ++c) {
            if (before(heap_[c], heap_[best])) best = c;
        }
        if (!before(heap_[best], moving)) break;
        heap_[index] = heap_[best];
        index = best;
    }
    heap_[index] = moving;
}

}  // namespace ts
