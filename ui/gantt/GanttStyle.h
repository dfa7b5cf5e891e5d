#pragma once
// How the Gantt chart looks: the thread colours (ordinary or the colour-blind-safe Okabe-Ito
// set), the colour and pattern of each thread state and block reason, and the sizes, which
// presentation mode enlarges for a projector.
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QString>

#include "kernel/ThreadState.h"

namespace ts::ui {

class GanttStyle {
public:
    enum class Palette { Standard, OkabeIto };

    GanttStyle() = default;
    GanttStyle(Palette palette, bool presentation) : palette_(palette), presentation_(presentation) {}

    Palette palette() const { return palette_; }
    bool presentation() const { return presentation_; }

    QColor threadColour(int tid) const;
    // Text that stays readable on `fill`.
    static QColor textOn(const QColor& fill);

    QColor background() const { return presentation_ ? QColor(255, 255, 255) : QColor(250, 250, 250); }
    QColor gridLine() const { return presentation_ ? QColor(150, 150, 150) : QColor(225, 225, 225); }
    QColor laneSeparator() const { return QColor(200, 200, 200); }
    QColor foreground() const { return QColor(20, 20, 20); }
    QColor readyColour() const { return presentation_ ? QColor(170, 170, 170) : QColor(205, 205, 205); }
    QColor cursorColour() const { return QColor(200, 0, 0); }
    QColor markColour() const { return QColor(40, 40, 40); }
    QColor missColour() const { return QColor(220, 0, 0); }

    // A blocked thread's lane: a pale fill and a pattern in a darker tone, both by reason, so
    // the reasons differ in colour AND in pattern (readable in greyscale and by the colour-blind).
    QColor blockedFill(BlockReason reason) const;
    QBrush blockedPattern(BlockReason reason) const;
    static QString reasonName(BlockReason reason);

    QFont labelFont() const;
    QFont smallFont() const;
    int lineWidth() const { return presentation_ ? 3 : 1; }
    int maxLaneHeight() const { return presentation_ ? 96 : 72; }
    // Below this a lane's name no longer fits beside it: the chart scrolls instead.
    int minLaneHeight() const;
    int labelColumnWidth() const { return presentation_ ? 170 : 120; }

private:
    Palette palette_ = Palette::Standard;
    bool presentation_ = false;
};

}  // namespace ts::ui
