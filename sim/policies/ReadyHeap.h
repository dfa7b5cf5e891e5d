#pragma once
// A ready queue ordered by a policy's key, lowest first, ties broken by the order in which the
// threads became ready (Thread::readySeq). An indexed binary heap: each thread knows its slot
// (Thread::queueIndex), so removal is O(log n). `KeyOf` maps a thread to a 64-bit key.
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <vector>

#include "kernel/Thread.h"
#include "kernel/WideInt.h"

namespace ts {

template <typename KeyOf>
class ReadyHeap {
  public:
    explicit ReadyHeap(KeyOf keyOf = KeyOf()) : keyOf_(keyOf) {}

    void reserve(std::size_t n) { heap_.reserve(n); }
    std::size_t size() const { return heap_.size(); }
    bool empty() const { return heap_.empty(); }
    Thread* top() const { return heap_.empty() ? nullptr : heap_.front().thread; }
    Thread* at(std::size_t i) const { return heap_[i].thread; }

    void push(Thread& t) {
        // Sifted up from a copy in registers: reading back at once an entry just stored field by
        // field would stall store forwarding.
        const Entry e{keyOf_(t), t.readySeq, &t};
        heap_.emplace_back();
        siftUp(heap_.size() - 1, e);
    }
    Thread* pop() {
        if (heap_.empty()) return nullptr;
        Thread* t = heap_.front().thread;
        removeAt(0);
        return t;
    }
    bool remove(Thread& t) {
        if (t.queueIndex < 0 || static_cast<std::size_t>(t.queueIndex) >= heap_.size() ||
            heap_[static_cast<std::size_t>(t.queueIndex)].thread != &t) {
            return false;
        }
        removeAt(static_cast<std::size_t>(t.queueIndex));
        return true;
    }
    // Keys changed for every queued thread (mlfq boost, cfs renormalisation): rebuild.
    void rekeyAll() {
        for (auto& e : heap_) e.key = keyOf_(*e.thread);
        for (std::size_t i = heap_.size() / 2; i-- > 0;) siftDown(i);
    }
    // Threads in pick order (for display only). The GUI asks at every instant of a run, while
    // only a few threads came or went since it last asked: the order it returned then is kept,
    // those no longer queued are dropped, the newcomers sorted and merged in. Popping a copy of
    // the heap each time (an allocation and n sift-downs) was three quarters of recording
    // 1,000 cfs processes (docs/performance.md).
    template <typename Visit>
    void forEachInOrder(Visit&& visit) const {
        refreshInOrder();
        for (const Entry& e : inOrder_) visit(*e.thread);
    }

  private:
    struct Entry {
        std::int64_t key;
        std::uint64_t seq;
        Thread* thread;
    };
    // (key, seq) as one 128-bit number, the key's sign bit flipped so that it orders as
    // unsigned: one comparison, no branch to mispredict between the two halves.
    static UInt128 rankOf(const Entry& e) {
        const std::uint64_t key = static_cast<std::uint64_t>(e.key) ^ (std::uint64_t{1} << 63);
        return (static_cast<UInt128>(key) << 64) | e.seq;
    }
    static bool before(const Entry& a, const Entry& b) { return rankOf(a) < rankOf(b); }
    void place(std::size_t i, const Entry& e) {
        heap_[i] = e;
        e.thread->queueIndex = static_cast<std::int32_t>(i);
    }
    void siftUp(std::size_t i) { siftUp(i, heap_[i]); }
    void siftUp(std::size_t i, const Entry moving) {
        while (i > 0) {
            const std::size_t parent = (i - 1) / 2;
            if (!before(moving, heap_[parent])) break;
            place(i, heap_[parent]);
            i = parent;
        }
        place(i, moving);
    }
    void siftDown(std::size_t i) { siftDown(i, heap_[i]); }
    void siftDown(std::size_t i, const Entry moving) {
        const std::size_t n = heap_.size();
        for (;;) {
            std::size_t child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && before(heap_[child + 1], heap_[child])) ++child;
            if (!before(heap_[child], moving)) break;
            place(i, heap_[child]);
            i = child;
        }
        place(i, moving);
    }
    void removeAt(std::size_t i) {
        heap_[i].thread->queueIndex = -1;
        const Entry last = heap_.back();
        heap_.pop_back();
        if (i == heap_.size()) return;
        if (i > 0 && before(last, heap_[(i - 1) / 2])) {
            siftUp(i, last);
        } else {
            siftDown(i, last);
        }
    }
    KeyOf keyOf_;
    std::vector<Entry> heap_;
    // An entry never changes while it is queued (rekeyAll changes them all, and then none of
    // the old order is kept), so an entry of the last order that is still at its thread's slot
    // is still queued, in the same place relative to the others.
    void refreshInOrder() const {
        kept_.assign(heap_.size(), 0);
        std::size_t out = 0;
        for (const Entry& e : inOrder_) {
            const auto slot = static_cast<std::size_t>(e.thread->queueIndex);
            if (e.thread->queueIndex < 0 || slot >= heap_.size()) continue;
            const Entry& now = heap_[slot];
            if (now.thread != e.thread || now.key != e.key || now.seq != e.seq) continue;
            kept_[slot] = 1;
            inOrder_[out++] = e;
        }
        inOrder_.resize(out);
        for (std::size_t i = 0; i < heap_.size(); ++i) {
            if (!kept_[i]) inOrder_.push_back(heap_[i]);
        }
        const auto newcomers = inOrder_.begin() + static_cast<std::ptrdiff_t>(out);
        std::sort(newcomers, inOrder_.end(), before);
        std::inplace_merge(inOrder_.begin(), newcomers, inOrder_.end(), before);
    }

    mutable std::vector<Entry> inOrder_;      // the order forEachInOrder gave last
    mutable std::vector<std::uint8_t> kept_;  // heap slots found in it again
};

}  // namespace ts
