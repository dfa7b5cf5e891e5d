#pragma once
// Where the laser pointer has just been: the last positions of the mouse with the moment each
// was reached, oldest first, in a fixed ring (no allocation per mouse move). Points older than
// kLifetimeMs are dropped, so the trail behind a moving pointer is short and fades out when the
// pointer stops.
#include <QPointF>
#include <QRectF>
#include <array>
#include <cstdint>

namespace ts::ui {

class LaserTrail {
public:
    static constexpr int kCapacity = 32;
    static constexpr std::int64_t kLifetimeMs = 320;

    // A position reached at `nowMs`; the same position twice in a row is kept once.
    void add(QPointF position, std::int64_t nowMs);
    // Drops the points older than kLifetimeMs at `nowMs`.
    void expire(std::int64_t nowMs);
    void clear() { count_ = 0; }

    int size() const { return count_; }
    bool empty() const { return count_ == 0; }
    // The i-th point, 0 the oldest.
    QPointF at(int i) const { return slot(i).position; }
    // How much of its life the i-th point has left at `nowMs`: 1 new, 0 about to go.
    double freshness(int i, std::int64_t nowMs) const;
    // The smallest rectangle holding every point.
    QRectF bounds() const;

private:
    struct Point {
        QPointF position;
        std::int64_t ms = 0;
    };
    const Point& slot(int i) const { return points_[static_cast<std::size_t>((first_ + i) % kCapacity)]; }

    std::array<Point, kCapacity> points_{};
    int first_ = 0;
    int count_ = 0;
};

}  // namespace ts::ui
