#pragma once
// The CPUs' own next events: the end of a context switch, of a burst, of a quantum (the timer
// interrupt), of the instructions a body ran ahead. Every CPU has at most one, and nearly every
// event of a run is one of them, so they are kept here rather than in the future-event set:
// setting one is two stores and a walk up a tournament tree (none with one CPU), taking one
// leaves nothing to sift, and no slot or handle is needed to cancel it. They are ordered with
// the event set's events by the same (time, priority, insertion number) key, their insertion
// numbers drawn from the event set's counter, so the order of a run does not change
// (docs/performance.md, "the CPUs' events outside the event set").
#include <cstdint>
#include <vector>

#include "kernel/EventQueue.h"
#include "kernel/Time.h"

namespace ts {

class CpuTimers {
public:
    void resize(int cpus) {
        leaves_ = 1;
        while (leaves_ < cpus) leaves_ *= 2;
        keys_.assign(static_cast<std::size_t>(cpus) + 1, Key{});  // the last: "no event"
        tree_.assign(2 * static_cast<std::size_t>(leaves_), cpus);
        for (int c = 0; c < cpus; ++c) tree_[static_cast<std::size_t>(leaves_ + c)] = c;
        update(0, keys_[0].time, keys_[0].order);
    }

    // The CPU's next event, replacing the one it had.
    void set(int cpu, Time time, std::uint64_t order) {
        keys_[static_cast<std::size_t>(cpu)] = Key{time, order};
        update(cpu, time, order);
    }
    void clear(int cpu) {
        keys_[static_cast<std::size_t>(cpu)] = Key{};
        update(cpu, kNever, kUnset);
    }

    // The CPU whose event comes first, and its key; meaningful when any(). Copied out of the
    // tree at every change: the kernel reads them at every event, twice.
    bool any() const { return top_.order != kUnset; }
    int topCpu() const { return topCpu_; }
    Time topTime() const { return top_.time; }
    std::uint64_t topOrder() const { return top_.order; }

private:
    // No event: after every event, even one at kNever (no event's order is all ones).
    static constexpr std::uint64_t kUnset = ~std::uint64_t{0};
    struct Key {
        Time time = kNever;
        std::uint64_t order = kUnset;
    };

    bool earlier(int a, int b) const {
        const Key& ka = keys_[static_cast<std::size_t>(a)];
        const Key& kb = keys_[static_cast<std::size_t>(b)];
        return EventQueue::before(ka.time, ka.order, kb.time, kb.order);
    }
    // Replays the CPU's matches up to the root. With one CPU its leaf is the root. The new key
    // comes in registers and is stored field by field: copying it as a Key made the compiler
    // read it back as one 16-byte load just after storing it as two 8-byte halves, which stalls
    // until those stores retire (no store forwarding), and that stall was a tenth of the
    // one-CPU kernel's time (perf annotate).
    void update(int cpu, Time time, std::uint64_t order) {
        if (leaves_ == 1) {
            top_.time = time;
            top_.order = order;
            return;
        }
        for (std::size_t i = static_cast<std::size_t>(leaves_ + cpu) / 2; i >= 1; i /= 2) {
            const int a = tree_[2 * i];
            const int b = tree_[2 * i + 1];
            tree_[i] = earlier(b, a) ? b : a;
        }
        topCpu_ = tree_[1];
        if (topCpu_ != cpu) {
            time = keys_[static_cast<std::size_t>(topCpu_)].time;
            order = keys_[static_cast<std::size_t>(topCpu_)].order;
        }
        top_.time = time;
        top_.order = order;
    }

    int leaves_ = 1;
    std::vector<Key> keys_{Key{}};
    std::vector<int> tree_{0, 0};  // tree_[1] the winner; the leaves at leaves_ + cpu
    int topCpu_ = 0;               // tree_[1]
    Key top_{};                    // its key
};

}  // namespace ts
