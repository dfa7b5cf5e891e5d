#pragma once
// A first-in first-out ready queue on a ring buffer: O(1) push and pop, no allocation once
// reserved. Removal from the middle (a thread killed while ready) is O(n) and rare. Positions
// wrap by a comparison, not by `%`: a 64-bit division on every push and pop was the costliest
// instruction of round robin's profile.
#include <cstddef>
#include <vector>

#include "kernel/Thread.h"

namespace ts {

class ReadyFifo {
public:
    void reserve(std::size_t n) {
        if (n + 1 > ring_.size()) grow(n + 1);
    }
    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }

    void push(Thread& t) {
        if (count_ + 1 >= ring_.size()) grow(ring_.size() * 2 + 8);
        ring_[wrap(head_ + count_)] = &t;
        ++count_;
        t.queueIndex = 0;
    }
    Thread* front() const { return count_ ? ring_[head_] : nullptr; }
    Thread* pop() {
        if (!count_) return nullptr;
        Thread* t = ring_[head_];
        head_ = wrap(head_ + 1);
        --count_;
        t->queueIndex = -1;
        // The thread popped next is known a whole dispatch ahead (nothing joins a FIFO in front
        // of it): start fetching the line its dispatch writes. With 10,000 threads that line is
        // no longer in the L1 cache (cachegrind: one L1 miss per dispatch in beginRun).
        if (count_) __builtin_prefetch(ring_[head_], 1);
        return t;
    }
    Thread* at(std::size_t i) const { return ring_[wrap(head_ + i)]; }
    bool remove(Thread& t) {
        for (std::size_t i = 0; i < count_; ++i) {
            if (at(i) == &t) {
                for (std::size_t j = i; j + 1 < count_; ++j) {
                    ring_[wrap(head_ + j)] = at(j + 1);
                }
                --count_;
                t.queueIndex = -1;
                return true;
            }
        }
        return false;
    }

private:
    // i < 2 * ring size, as head_ and every offset are below it.
    std::size_t wrap(std::size_t i) const { return i >= ring_.size() ? i - ring_.size() : i; }
    void grow(std::size_t capacity) {
        std::vector<Thread*> bigger(capacity, nullptr);
        for (std::size_t i = 0; i < count_; ++i) bigger[i] = at(i);
        ring_.swap(bigger);
        head_ = 0;
    }

    std::vector<Thread*> ring_;
    std::size_t head_ = 0;
    std::size_t count_ = 0;
};

}  // namespace ts
