#pragma once
// An append-only array for a run's records (slices, decisions, state changes...): segments
// that double in size and never move. A std::vector doubling under two million records copied
// each one once more and touched every page of every buffer it outgrew, which the OS then had
// to fault in, zero and unmap: recording the SimPy-shaped run spent more time in the OS's page
// handling than in the kernel (perf: clear_page, page faults, unmap; docs/performance.md).
// Here every record is written once, where it stays, and every page is faulted in once.
//
// Element i lives in segment k = bit_width(i / kFirst + 1) - 1, which holds kFirst << k
// records from kFirst * (2^k - 1) on: finding it is a shift, a bit count and a subtraction.
#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdlib>
#include <iterator>
#include <new>
#include <type_traits>

namespace ts {

template <class T>
class RecordArray {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "records are plain data: segments are malloc'd, trimmed with realloc");

public:
    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T*;
        using reference = const T&;

        const_iterator() = default;
        const_iterator(const RecordArray* array, std::size_t index) : array_(array), index_(index) {}
        reference operator*() const { return (*array_)[index_]; }
        pointer operator->() const { return &(*array_)[index_]; }
        reference operator[](difference_type n) const { return (*array_)[index_ + static_cast<std::size_t>(n)]; }
        const_iterator& operator++() { ++index_; return *this; }
        const_iterator operator++(int) { const_iterator old = *this; ++index_; return old; }
        const_iterator& operator--() { --index_; return *this; }
        const_iterator operator--(int) { const_iterator old = *this; --index_; return old; }
        const_iterator& operator+=(difference_type n) { index_ += static_cast<std::size_t>(n); return *this; }
        const_iterator& operator-=(difference_type n) { index_ -= static_cast<std::size_t>(n); return *this; }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
            return static_cast<difference_type>(a.index_) - static_cast<difference_type>(b.index_);
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.index_ == b.index_; }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.index_ <=> b.index_; }

    private:
        const RecordArray* array_ = nullptr;
        std::size_t index_ = 0;
    };
    using value_type = T;
    using size_type = std::size_t;
    using iterator = const_iterator;

    RecordArray() = default;
    RecordArray(const RecordArray&) = delete;
    RecordArray& operator=(const RecordArray&) = delete;
    ~RecordArray() {
        for (std::size_t k = 0; k < segmentsUsed_; ++k) std::free(segments_[k]);
    }

    void push_back(const T& value) {
        if (tail_ == tailEnd_) grow();
        *tail_++ = value;
        ++size_;
    }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    // Records room allocated (trimmed by shrinkToFit).
    std::size_t capacity() const { return allocated_; }

    const T& operator[](std::size_t i) const {
        const std::size_t k = segmentOf(i);
        return segments_[k][i - segmentStart(k)];
    }
    const T& front() const { return (*this)[0]; }
    const T& back() const { return (*this)[size_ - 1]; }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size_); }

    // Gives back the unused end of the last segment (its pages were never touched, but they
    // count as allocated). A later push_back takes its room back first, which may move that
    // segment's records: trim only once the run is complete.
    void shrinkToFit() {
        if (segmentsUsed_ == 0) return;
        const std::size_t k = segmentsUsed_ - 1;
        const std::size_t used = size_ - segmentStart(k);
        if (used == segmentLength_[k] || used == 0) return;
        T* trimmed = static_cast<T*>(std::realloc(segments_[k], used * sizeof(T)));
        if (!trimmed) return;  // keeping the room is harmless
        segments_[k] = trimmed;
        allocated_ -= segmentLength_[k] - used;
        segmentLength_[k] = used;
        tail_ = tailEnd_ = trimmed + used;
    }

private:
    static constexpr std::size_t kFirst = 64;  // records in segment 0
    static constexpr int kFirstShift = std::countr_zero(kFirst);
    static constexpr std::size_t kSegments = 48;  // 64 << 47 records: more than memory holds

    static std::size_t segmentOf(std::size_t i) {
        return static_cast<std::size_t>(std::bit_width((i >> kFirstShift) + 1)) - 1;
    }
    static std::size_t segmentStart(std::size_t k) { return (kFirst << k) - kFirst; }

    // The last segment is full: the next one, or the last one's room back after a trim.
    void grow() {
        std::size_t k = segmentsUsed_;
        if (k > 0 && segmentLength_[k - 1] < (kFirst << (k - 1))) --k;  // trimmed: refill it
        const std::size_t length = kFirst << k;
        T* segment = static_cast<T*>(std::realloc(k < segmentsUsed_ ? segments_[k] : nullptr,
                                                  length * sizeof(T)));
        if (!segment) throw std::bad_alloc();
        allocated_ += length - (k < segmentsUsed_ ? segmentLength_[k] : 0);
        const std::size_t used = size_ - segmentStart(k);
        segments_[k] = segment;
        segmentLength_[k] = length;
        segmentsUsed_ = k + 1;
        tail_ = segment + used;
        tailEnd_ = segment + length;
    }

    std::array<T*, kSegments> segments_{};
    std::array<std::size_t, kSegments> segmentLength_{};  // allocated records of each
    std::size_t segmentsUsed_ = 0;
    std::size_t size_ = 0;
    std::size_t allocated_ = 0;
    T* tail_ = nullptr;     // where the next record goes
    T* tailEnd_ = nullptr;  // the end of its segment's room
};

}  // namespace ts
