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
// - Two events of one instant inserted together (a periodic task's next release, and the
//   deadline check of the job just released, when its deadline is its period) take one heap
//   entry: the later one waits in the earlier one's slot and, once that is taken out, in a
//   first-in first-out lane of the instant's events, without ever being sifted.
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

    Handle insert(Time time, std::uint8_t priority, const Event& event) {
        return insert(time, priority, event.kind, event.target, event.arg);
    }
    // The same, field by field. Events cross calls as separate numbers, never as the 12-byte
    // struct: written field by field and read back whole, it stalls the CPU's store forwarding
    // (the profile in docs/performance.md showed these stalls as the costliest instructions).
    Handle insert(Time time, std::uint8_t priority, Event::Kind kind, std::int32_t target,
                  std::int32_t arg) {
        return insertOrdered(time, orderOf(priority, nextSeq_++), kind, target, arg);
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
    const Event& peek() const;
    // Removes the earliest event and returns it; its time is `peekTime()` before the call.
    Event pop() {
        if (laneFront_ < lane_.size()) return popWithLane();
        const Entry top = hasHead_ ? head_ : heap_.front();
        if (hasHead_) {
            hasHead_ = false;
        } else {
            popHeap();
        }
        return take(top);
    }

    // The key events are ordered by: the priority in the top 8 bits, the insertion number below.
    static std::uint64_t orderOf(std::uint8_t priority, std::uint64_t seq) {
        return (static_cast<std::uint64_t>(priority) << 56) | seq;
    }
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

    void reserve(std::size_t n);
    void clear();
    std::uint64_t inserted() const { return nextSeq_; }

  private:
    struct Entry {
        Time time;
        std::uint64_t order;  // priority in the top 8 bits, insertion number below
        std::uint32_t slot;
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

    Handle insertOrdered(Time time, std::uint64_t order, Event::Kind kind, std::int32_t target,
                         std::int32_t arg);
    // The entry is out of head_ or the heap: frees its slot, sends its follower on, returns its
    // event (readable until the next insert).
    const Event& take(const Entry& entry) {
        if (slots_[entry.slot].hasFollower) releaseFollower(entry);  // may grow slots_
        release(entry.slot);
        return slots_[entry.slot].event;
    }
    // Frees the slot: stale handles to it no longer match.
    void release(std::uint32_t slot) {
        ++slots_[slot].generation;
        freeSlots_.push_back(slot);
    }
    void releaseFollower(const Entry& leader);
    const Event& popWithLane();
    void popHeap();
    void removeRoot();
    void dropCancelledRoots();
    void sweepCancelled();
    void pushHeap(Time time, std::uint64_t order, std::uint32_t slot);
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
