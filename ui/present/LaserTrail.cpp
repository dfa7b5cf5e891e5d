#include "present/LaserTrail.h"

#include <algorithm>

namespace ts::ui {

void LaserTrail::add(QPointF position, std::int64_t nowMs) {
    if (count_ > 0 && slot(count_ - 1).position == position) return;
    if (count_ == kCapacity) {  // full: the oldest point makes room
        first_ = (first_ + 1) % kCapacity;
        --count_;
    }
    points_[static_cast<std::size_t>((first_ + count_) % kCapacity)] = {position, nowMs};
    ++count_;
}

void LaserTrail::expire(std::int64_t nowMs) {
    while (count_ > 0 && nowMs - slot(0).ms > kLifetimeMs) {
        first_ = (first_ + 1) % kCapacity;
        --count_;
    }
}

double LaserTrail::freshness(int i, std::int64_t nowMs) const {
    const double age = static_cast<double>(nowMs - slot(i).ms);
    return std::clamp(1.0 - age / static_cast<double>(kLifetimeMs), 0.0, 1.0);
}

QRectF LaserTrail::bounds() const {
    if (count_ == 0) return {};
    QPointF low = at(0);
    QPointF high = at(0);
    for (int i = 1; i < count_; ++i) {
        const QPointF p = at(i);
        low = QPointF(std::min(low.x(), p.x()), std::min(low.y(), p.y()));
        high = QPointF(std::max(high.x(), p.x()), std::max(high.y(), p.y()));
    }
    return QRectF(low, high);
}

}  // namespace ts::ui
