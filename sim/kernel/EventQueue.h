#pragma once
// The future-event set, ordered by (time, priority, insertion number), so ties never depend on
// the heap's layout. An event can be cancelled through the handle its insertion returned. After
// warm-up nothing allocates: slots are reused.
//
// Shaped by profiles of the kernel (docs/performance.md):
// - The earliest event is often the one just inserted (a CPU's next quantum expiry or burst
//   end, which comes before every sleeping thread's wake-up). It is kept in `head_`, outside the
//   heap, and taken from there without any sifting.
// - The heap is 4-ary: half the levels of a binary heap, the four children of a node side by
//   side in memory, and the smallest of them found without branches.
// - Cancelling only marks the event's slot; the heap drops the entry when it reaches the top
//   (or in a sweep, when marked entries are half the heap). Entries never have to tell their
//   slot where they moved, which was a store to a scattered address at every level of a sift.
// - An event that cannot be cancelled (nearly all: wake-ups, arrivals, releases) is kept whole
//   in its heap entry, its kind in the low bits of the order key, and takes no slot: taking it
//   reads nothing but the heap. With 10,000 sleeping threads a slot read at every wake-up was a
//   cache miss (perf annotate: the costliest instruction of the wake-up path). Only a
//   cancellable event (a wait's timeout) and a pair's leader live in a slot, which the entry
//   names.
// - Two events of one instant inserted together (a periodic task's next release, and the
//   deadline check of the job just released, when its deadline is its period) take one heap
//   entry: the later one waits in the earlier one's slot and, once that is taken out, in a
//   first-in first-out lane of the instant's events, without ever being sifted.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "kernel/Event.h"
#include "kernel/Time.h"
#include "kernel/WideInt.h"

namespace ts {

class EventQueue {
  public:
    struct Handle {
        std::uint32_t slot = kNoSlot;
        std::uint32_t generation = 0;
        bool valid() const { return slot != kNoSlot; }
    };
    static constexpr std::uint32_t kNoSlot = 0xffffffffu;

    // An event that is never cancelled.
    void insert(Time time, std::uint8_t priority, const Event& event) {
        insert(time, priority, event.kind, event.target, event.arg);
    }
    // The same, field by field. Events cross calls as separate numbers, never as the 12-byte
    // struct: written field by field and read back whole, it stalls the CPU's store forwarding
    // (the profile in docs/performance.md showed these stalls as the costliest instructions).
    void insert(Time time, std::uint8_t priority, Event::Kind kind, std::int32_t target,
                std::int32_t arg) {
        place(time, orderOf(priority, nextSeq_++) | static_cast<std::uint64_t>(kind), target, arg);
    }
    // An event that may be cancelled through the handle returned.
    Handle insertCancellable(Time time, std::uint8_t priority, const Event& event) {
        return insertSlotted(time, orderOf(priority, nextSeq_++), event.kind, event.target,
                             event.arg);
    }
    // Exactly as insert(time, followerPriority, follower) followed by insert(time,
    // leaderPriority, leader), when followerPriority > leaderPriority (the follower comes after
    // the leader); the handle is the leader's. Cancelling the leader leaves the follower.
    Handle insertPair(Time time, std::uint8_t leaderPriority, const Event& leader,
                      std::uint8_t followerPriority, const Event& follower);
    // Removes the event if it is still pending; returns whether it was.
    bool cancel(Handle handle);

    bool empty() const { return !hasHead_ && heap_.empty() && laneFront_ == lane_.size(); }
    std::size_t size() const {
        return heap_.size() - cancelledInHeap_ + (hasHead_ ? 1 : 0) + waitingFollowers_ +
               (lane_.size() - laneFront_);
    }
    Time peekTime() const {
        Time time = kNever;
        std::uint64_t order = 0;
        peekKey(time, order);
        return time;
    }
    // The earliest event. (Its out-of-line part writes the event field by field into a local
    // that the caller then reads field by field: an Event returned in registers from there was
    // assembled on the stack and read back whole, a store-forwarding stall at every call.)
    Event peek() const {
        Event e;
        peekInto(e);
        return e;
    }
    // Removes the earliest event and returns it; its time is `peekTime()` before the call.
    Event pop() {
        Event e;
        if (laneFront_ < lane_.size()) {
            popWithLane(e);
            return e;
        }
        const Entry top = hasHead_ ? head_ : heap_.front();
        if (hasHead_) {
            hasHead_ = false;
        } else {
            popHeap();
        }
        take(top, e);
        return e;
    }

    // The key events are ordered by: the priority in the top 8 bits, the insertion number
    // below, and under it four bits that never decide (insertion numbers are unique) and that
    // an entry uses for its tag (its event's kind, or kSlotted).
    static std::uint64_t orderOf(std::uint8_t priority, std::uint64_t seq) {
        return (static_cast<std::uint64_t>(priority) << 56) | (seq << kTagBits);
    }
    static std::uint64_t seqOf(std::uint64_t order) { return (order & kSeqMask) >> kTagBits; }
    // (time, order) as one 128-bit number: one comparison without a branch in between. Times
    // are never negative here (nothing happens before 0), so they compare right as unsigned.
    static bool before(Time aTime, std::uint64_t aOrder, Time bTime, std::uint64_t bOrder) {
        return ((static_cast<UInt128>(static_cast<std::uint64_t>(aTime)) << 64) | aOrder) <
               ((static_cast<UInt128>(static_cast<std::uint64_t>(bTime)) << 64) | bOrder);
    }
    // An insertion number for an event kept outside the set (a CPU's: CpuTimers), so that it
    // is ordered among the set's events exactly as if it had been inserted here.
    std::uint64_t takeSeq() { return nextSeq_++; }
    // The earliest event's time and order; false when the set is empty.
    bool peekKey(Time& time, std::uint64_t& order) const {
        const Entry* top = hasHead_ ? &head_ : heap_.empty() ? nullptr : &heap_.front();
        if (laneFront_ < lane_.size()) {
            const LaneEntry& l = lane_[laneFront_];
            if (!top || before(l.time, l.order, *top)) {
                time = l.time;
                order = l.order;
                return true;
            }
        }
        if (!top) return false;
        time = top->time;
        order = top->order;
        return true;
    }

    // Calls f(kind, target) for the events that may come next after the earliest (the heap
    // root's children), those kept in the heap entry, so that the caller can prefetch what
    // they will touch; nothing is read outside the heap's first line or two.
    template <class F>
    void forEachRunnerUp(F&& f) const {
        const std::size_t end = std::min<std::size_t>(heap_.size(), kArity + 1);
        for (std::size_t i = 1; i < end; ++i) {
            if (!heap_[i].slotted()) {
                f(static_cast<Event::Kind>(heap_[i].order & kTagMask), heap_[i].target);
            }
        }
    }

    void reserve(std::size_t n);
    void clear();
    std::uint64_t inserted() const { return nextSeq_; }

  private:
    // 52 bits of insertion number: 4.5 * 10^15 events, more than a century at this kernel's
    // rate of fifty million a second.
    static constexpr unsigned kTagBits = 4;
    static constexpr std::uint64_t kTagMask = (std::uint64_t{1} << kTagBits) - 1;
    static constexpr std::uint64_t kSeqMask = (std::uint64_t{1} << 56) - 1;
    static constexpr std::uint64_t kSlotted = 8;  // the tag of an entry whose event is in a slot
    static_assert(static_cast<std::uint64_t>(Event::Kind::MlfqBoost) < kSlotted,
                  "an event's kind fits the tag");

    struct Entry {
        Time time;
        std::uint64_t order;  // orderOf(), its tag in the low bits
        std::int32_t target;  // the event's; unused when slotted
        std::int32_t arg;     // the event's; its slot when slotted
        bool slotted() const { return (order & kSlotted) != 0; }
        std::uint32_t slot() const { return static_cast<std::uint32_t>(arg); }
    };
    struct Slot {
        Event event;
        std::uint32_t generation = 0;
        bool cancelled = false;    // its heap entry is dead, and dropped when met
        bool hasFollower = false;  // insertPair's later event waits here
        std::uint8_t followerPriority = 0;
        Event follower;
    };
    struct LaneEntry {
        Time time;
        std::uint64_t order;
        Event event;
    };
    static constexpr std::size_t kArity = 4;

    static bool before(Time aTime, std::uint64_t aOrder, const Entry& b) {
        return before(aTime, aOrder, b.time, b.order);
    }
    static bool before(const Entry& a, const Entry& b) { return before(a.time, a.order, b); }

    // An event in a slot of its own, so that it can be cancelled or carry a follower.
    Handle insertSlotted(Time time, std::uint64_t order, Event::Kind kind, std::int32_t target,
                         std::int32_t arg);
    // Puts the entry in head_ or the heap.
    void place(Time time, std::uint64_t order, std::int32_t target, std::int32_t arg);
    // Events are copied field by field (see peek()).
    static void copy(const Event& from, Event& to) {
        to.kind = from.kind;
        to.target = from.target;
        to.arg = from.arg;
    }
    // The entry's event.
    void eventOf(const Entry& entry, Event& out) const {
        if (entry.slotted()) {
            copy(slots_[entry.slot()].event, out);
        } else {
            out.kind = static_cast<Event::Kind>(entry.order & kTagMask);
            out.target = entry.target;
            out.arg = entry.arg;
        }
    }
    // The entry is out of head_ or the heap: gives its event; a slotted one's slot is freed
    // and its follower sent on.
    void take(const Entry& entry, Event& out) {
        eventOf(entry, out);
        if (!entry.slotted()) return;
        const std::uint32_t slot = entry.slot();
        if (slots_[slot].hasFollower) releaseFollower(entry);  // may grow slots_
        release(slot);
    }
    void peekInto(Event& out) const;
    // Frees the slot: stale handles to it no longer match.
    void release(std::uint32_t slot) {
        ++slots_[slot].generation;
        freeSlots_.push_back(slot);
    }
    void releaseFollower(const Entry& leader);
    void popWithLane(Event& out);
    void popHeap();
    void removeRoot();
    // The root is a cancelled event's entry.
    bool cancelledRoot() const {
        return cancelledInHeap_ > 0 && !heap_.empty() && heap_.front().slotted() &&
               slots_[heap_.front().slot()].cancelled;
    }
    void dropCancelledRoots();
    void sweepCancelled();
    void pushHeap(Time time, std::uint64_t order, std::int32_t target, std::int32_t arg);
    void siftDown(std::size_t index, Entry moving);

    Entry head_{};  // when hasHead_: earlier than every entry of heap_
    bool hasHead_ = false;
    std::vector<Entry> heap_;  // its root is never a cancelled entry
    std::size_t cancelledInHeap_ = 0;
    std::vector<Slot> slots_;
    std::vector<std::uint32_t> freeSlots_;
    std::size_t waitingFollowers_ = 0;  // in their leaders' slots
    std::vector<LaneEntry> lane_;       // sorted; entries before laneFront_ are gone
    std::size_t laneFront_ = 0;
    std::uint64_t nextSeq_ = 0;
};

}  // namespace ts
