#pragma once
// The future-event set: a binary heap ordered by (time, priority, insertion number), so ties
// never depend on the heap's layout. Entries live in a slot table so that an event can be
// cancelled through its handle in O(log n). After warm-up nothing allocates: slots are reused.
#include <cstdint>
#include <vector>

#include "kernel/Event.h"
#include "kernel/Time.h"

namespace ts {

class EventQueue {
public:
    struct Handle {
        std::uint32_t slot = kNoSlot;
        std::uint32_t generation = 0;
        bool valid() const { return slot != kNoSlot; }
    };
    static constexpr std::uint32_t kNoSlot = 0xffffffffu;

    Handle insert(Time time, std::uint8_t priority, const Event& event);
    // Removes the event if it is still pending; returns whether it was.
    bool cancel(Handle handle);

    bool empty() const { return heap_.empty(); }
    std::size_t size() const { return heap_.size(); }
    Time peekTime() const { return heap_.front().time; }
    const Event& peek() const { return slots_[heap_.front().slot].event; }
    // Removes the earliest event and returns it; its time is `peekTime()` before the call.
    Event pop();

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
        std::uint32_t heapIndex;
        std::uint32_t generation;
    };

    static bool before(const Entry& a, const Entry& b) {
        return a.time < b.time || (a.time == b.time && a.order < b.order);
    }
    void place(std::size_t index, const Entry& entry);
    void siftUp(std::size_t index);
    void siftDown(std::size_t index);
    void removeAt(std::size_t index);

    std::vector<Entry> heap_;
    std::vector<Slot> slots_;
    std::vector<std::uint32_t> freeSlots_;
    std::uint64_t nextSeq_ = 0;
};

}  // namespace ts
