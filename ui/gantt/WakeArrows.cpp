#include "gantt/WakeArrows.h"

#include <algorithm>

#include "model/RunRecording.h"

namespace ts::ui {

void WakeArrows::paint(QPainter& p, const RunRecording& recording, const QRect& chart,
                       const TimeAxis& axis, Time cursor, const GanttStyle& style,
                       const std::function<int(int)>& laneCentre) {
    const auto& ops = recording.trace().syncOps();
    const Time to = std::min(axis.end(), cursor);
    const auto first = std::lower_bound(ops.begin(), ops.end(), axis.start,
                                        [](const SyncOp& o, Time t) { return o.time < t; });
    const auto last = std::upper_bound(first, ops.end(), to,
                                       [](Time t, const SyncOp& o) { return t < o.time; });
    // Hundreds of arrows in a pixel column say nothing: zoomed far out, they are left out.
    if (last - first > 2 * chart.width()) return;
    p.setPen(QPen(colour(), style.lineWidth() + 1));
    p.setBrush(colour());
    int lastX = -1000;
    for (auto it = first; it != last; ++it) {
        const bool wakes = it->kind == SyncOp::Kind::Woke || it->kind == SyncOp::Kind::HandedOver;
        if (!wakes || it->tid < 0 || it->other < 0 || it->tid == it->other) continue;
        const int x = chart.left() + static_cast<int>(axis.xOf(it->time));
        if (x - lastX < 3) continue;  // one arrow per few pixels
        lastX = x;
        const int from = laneCentre(it->tid);
        const int toY = laneCentre(it->other);
        p.drawLine(x, from, x, toY);
        const int s = style.presentation() ? 7 : 5;
        const int dir = toY > from ? -1 : 1;  // the head points at the woken lane
        const QPoint head[3] = {QPoint(x, toY), QPoint(x - s, toY + dir * s * 2),
                                QPoint(x + s, toY + dir * s * 2)};
        p.drawPolygon(head, 3);
    }
    p.setBrush(Qt::NoBrush);
}

}  // namespace ts::ui
