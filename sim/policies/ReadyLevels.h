#pragma once
// A ready queue for keys that a thread keeps for life (rate monotonic's period): a first-in
// first-out list per distinct key, lowest key first, and a bitmap of the lists that are not
// empty, so that a push or a pop costs a few instructions and no sift. The profile of the
// SimSo task sets (docs/performance.md) had the ready heap at 13 % of the samples; there a
// hundred tasks share fifty periods.
//
// The order is ReadyHeap's exactly: lowest key, then lowest Thread::readySeq. A thread is
// given its level (the rank of its key among the keys seen) at its first push; a key not seen
// before shifts the levels above it, which happens once per distinct key. As in ReadyHeap, a
// queued thread's key must not change.
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "kernel/Thread.h"

namespace ts {

template <typename KeyOf>
class ReadyLevels {
  public:
    explicit ReadyLevels(KeyOf keyOf = KeyOf()) : keyOf_(keyOf) {}

    // Room for n threads and as many keys: no allocation during a run.
    void reserve(std::size_t n) {
        members_.reserve(n);
        keys_.reserve(n);
        levels_.reserve(n);
        words_.reserve(n / 64 + 1);
        summary_.reserve(n / 4096 + 1);
    }
    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    Thread* top() const { return count_ ? member(levels_[lowest_].head).thread : nullptr; }

    void push(Thread& t) {
        const std::size_t tid = static_cast<std::size_t>(t.tid);
        if (tid >= members_.size() || members_[tid].thread != &t ||
            keys_[static_cast<std::size_t>(members_[tid].level)] != keyOf_(t)) [[unlikely]] {
            return joinAndPush(t);
        }
        link(t, members_[tid]);
    }
    Thread* pop() {
        if (count_ == 0) return nullptr;
        Level& l = levels_[lowest_];
        Member& m = member(l.head);
        l.head = m.next;
        --count_;
        if (l.head < 0) {
            l.tail = -1;
            unmark(lowest_);
            if (count_ > 0) lowest_ = lowestLevel();
        }
        m.thread->queueIndex = -1;
        return m.thread;
    }
    bool remove(Thread& t) {
        const std::size_t tid = static_cast<std::size_t>(t.tid);
        if (t.queueIndex < 0 || tid >= members_.size() || members_[tid].thread != &t) return false;
        // Its list is its key's (the member's level may have moved since it was pushed).
        const std::int64_t key = keyOf_(t);
        const std::size_t level = levelOf(key);
        if (level == keys_.size() || keys_[level] != key) return false;
        Level& l = levels_[level];
        std::int32_t before = -1;
        for (std::int32_t i = l.head; i >= 0; before = i, i = member(i).next) {
            if (i != static_cast<std::int32_t>(tid)) continue;
            (before < 0 ? l.head : member(before).next) = member(i).next;
            if (l.tail == i) {
                l.tail = before;
                if (before >= 0) l.tailSeq = member(before).thread->readySeq;
            }
            --count_;
            if (l.head < 0) {
                unmark(level);
                if (count_ > 0 && level == lowest_) lowest_ = lowestLevel();
            }
            t.queueIndex = -1;
            return true;
        }
        return false;
    }
    // Threads in pick order (for display).
    template <typename Visit>
    void forEachInOrder(Visit&& visit) const {
        for (const Level& l : levels_) {
            for (std::int32_t i = l.head; i >= 0; i = member(i).next) visit(*member(i).thread);
        }
    }

  private:
    struct Member {  // by tid
        Thread* thread = nullptr;
        std::int32_t level = 0;
        std::int32_t next = -1;  // the next tid of its level's list
    };
    struct Level {
        std::int32_t head = -1;  // tids, -1 when the list is empty
        std::int32_t tail = -1;
        std::uint64_t tailSeq = 0;  // the tail's readySeq
    };

    Member& member(std::int32_t tid) { return members_[static_cast<std::size_t>(tid)]; }
    const Member& member(std::int32_t tid) const { return members_[static_cast<std::size_t>(tid)]; }

    // Appends the thread to its level's list: in order of readySeq, as the kernel numbers each
    // thread just before it pushes it (kept exact for any caller, from the copy in Level). The
    // calls out are tail calls, so that the usual path saves no registers.
    void link(Thread& t, Member& m) {
        const auto level = static_cast<std::size_t>(m.level);
        Level& l = levels_[level];
        if (l.tail >= 0 && l.tailSeq > t.readySeq) [[unlikely]] {
            return insertInOrder(t, l);
        }
        const std::int32_t self = t.tid;
        m.next = -1;
        if (l.tail < 0) {
            l.head = self;
            mark(level);
            if (count_ == 0 || level < lowest_) lowest_ = level;
        } else {
            member(l.tail).next = self;
        }
        l.tail = self;
        l.tailSeq = t.readySeq;
        t.queueIndex = 0;
        ++count_;
    }
    [[gnu::noinline]] void joinAndPush(Thread& t) {
        join(t);
        link(t, members_[static_cast<std::size_t>(t.tid)]);
    }

    // Two levels of bitmap: a bit per level in words_, a bit per non-zero word in summary_.
    // Searched only when the lowest list empties; top() and pop() otherwise read lowest_.
    std::size_t lowestLevel() const {
        std::size_t s = 0;
        while (summary_[s] == 0) ++s;
        const std::size_t word = s * 64 + static_cast<std::size_t>(std::countr_zero(summary_[s]));
        return word * 64 + static_cast<std::size_t>(std::countr_zero(words_[word]));
    }
    void mark(std::size_t level) {
        words_[level / 64] |= std::uint64_t{1} << (level % 64);
        summary_[level / 4096] |= std::uint64_t{1} << (level / 64 % 64);
    }
    void unmark(std::size_t level) {
        std::uint64_t& w = words_[level / 64];
        w &= ~(std::uint64_t{1} << (level % 64));
        if (w == 0) summary_[level / 4096] &= ~(std::uint64_t{1} << (level / 64 % 64));
    }

    // A thread not seen before, whose key changed while it was out of the queue, or whose level
    // moved: its level, made when the key is new. The levels above a new one move up one, with
    // their lists and bits; the threads that knew them find theirs again here at their next
    // push (their key no longer matches), so a new key costs the number of keys, not threads.
    void join(Thread& t) {
        const std::size_t tid = static_cast<std::size_t>(t.tid);
        if (tid >= members_.size()) members_.resize(tid + 1);
        const std::int64_t key = keyOf_(t);
        const std::size_t level = levelOf(key);
        if (level == keys_.size() || keys_[level] != key) {
            keys_.insert(keys_.begin() + static_cast<std::ptrdiff_t>(level), key);
            levels_.insert(levels_.begin() + static_cast<std::ptrdiff_t>(level), Level{});
            if (count_ > 0 && lowest_ >= level) ++lowest_;
            words_.assign(levels_.size() / 64 + 1, 0);
            summary_.assign(levels_.size() / 4096 + 1, 0);
            for (std::size_t i = 0; i < levels_.size(); ++i) {
                if (levels_[i].head >= 0) mark(i);
            }
        }
        members_[tid].thread = &t;
        members_[tid].level = static_cast<std::int32_t>(level);
    }
    // Where the key is, or would go, among the keys seen.
    std::size_t levelOf(std::int64_t key) const {
        return static_cast<std::size_t>(std::lower_bound(keys_.begin(), keys_.end(), key) -
                                        keys_.begin());
    }
    // Out of the order of becoming ready (not how the kernel pushes): walk to its place, which
    // is before the tail.
    [[gnu::noinline]] void insertInOrder(Thread& t, Level& l) {
        std::int32_t before = -1;
        std::int32_t i = l.head;
        while (member(i).thread->readySeq < t.readySeq) {
            before = i;
            i = member(i).next;
        }
        member(t.tid).next = i;
        (before < 0 ? l.head : member(before).next) = t.tid;
        t.queueIndex = 0;
        ++count_;
    }

    KeyOf keyOf_;
    std::vector<Member> members_;
    std::vector<std::int64_t> keys_;  // ascending: level i holds the threads of key keys_[i]
    std::vector<Level> levels_;
    std::vector<std::uint64_t> words_;
    std::vector<std::uint64_t> summary_;
    std::size_t count_ = 0;
    std::size_t lowest_ = 0;  // the lowest level whose list is not empty, when count_ > 0
};

}  // namespace ts
