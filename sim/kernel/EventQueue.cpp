#include "kernel/EventQueue.h"

namespace ts {

void EventQueue::reserve(std::size_t n) {
    heap_.reserve(n);
    slots_.reserve(n);
    freeSlots_.reserve(n);
}

void EventQueue::clear() {
    heap_.clear();
    slots_.clear();
    freeSlots_.clear();
    nextSeq_ = 0;
}

EventQueue::Handle EventQueue::insert(Time time, std::uint8_t priority, const Event& event) {
    std::uint32_t slot;
    if (!freeSlots_.empty()) {
        slot = freeSlots_.back();
        freeSlots_.pop_back();
    } else {
        slot = static_cast<std::uint32_t>(slots_.size());
        slots_.push_back(Slot{event, 0, 0});
    }
    Slot& s = slots_[slot];
    s.event = event;
    const std::uint64_t order = (static_cast<std::uint64_t>(priority) << 56) | nextSeq_++;
    heap_.push_back(Entry{time, order, slot});
    s.heapIndex = static_cast<std::uint32_t>(heap_.size() - 1);
    siftUp(heap_.size() - 1);
    return Handle{slot, s.generation};
}

bool EventQueue::cancel(Handle handle) {
    if (!handle.valid() || handle.slot >= slots_.size()) return false;
    Slot& s = slots_[handle.slot];
    if (s.generation != handle.generation) return false;  // already popped or cancelled
    removeAt(s.heapIndex);
    return true;
}

Event EventQueue::pop() {
    const Event event = slots_[heap_.front().slot].event;
    removeAt(0);
    return event;
}

void EventQueue::removeAt(std::size_t index) {
    const std::uint32_t slot = heap_[index].slot;
    ++slots_[slot].generation;  // stale handles to this slot no longer match
    freeSlots_.push_back(slot);
    const Entry last = heap_.back();
    heap_.pop_back();
    if (index == heap_.size()) return;
    place(index, last);
    if (index > 0 && before(heap_[index], heap_[(index - 1) / 2])) {
        siftUp(index);
    } else {
        siftDown(index);
    }
}

void EventQueue::place(std::size_t index, const Entry& entry) {
    heap_[index] = entry;
    slots_[entry.slot].heapIndex = static_cast<std::uint32_t>(index);
}

void EventQueue::siftUp(std::size_t index) {
    const Entry moving = heap_[index];
    while (index > 0) {
        const std::size_t parent = (index - 1) / 2;
        if (!before(moving, heap_[parent])) break;
        place(index, heap_[parent]);
        index = parent;
    }
    place(index, moving);
}

void EventQueue::siftDown(std::size_t index) {
    const Entry moving = heap_[index];
    const std::size_t n = heap_.size();
    for (;;) {
        std::size_t child = 2 * index + 1;
        if (child >= n) break;
        if (child + 1 < n && before(heap_[child + 1], heap_[child])) ++child;
        if (!before(heap_[child], moving)) break;
        place(index, heap_[child]);
        index = child;
    }
    place(index, moving);
}

}  // namespace ts
