#pragma once
// The key under the Gantt chart: what each colour, pattern and marker means. It lists only the
// block reasons and markers that occur in the run, so a simple scenario keeps a short legend.
#include <QPainter>
#include <QRect>
#include <QString>
#include <vector>

#include "gantt/GanttStyle.h"

namespace ts::ui {

class RunRecording;

class GanttLegend {
public:
    GanttLegend(const GanttStyle& style, const RunRecording& recording);
    // Height needed to show every entry at this width.
    int height(int width) const;
    void paint(QPainter& painter, const QRect& area) const;

private:
    enum class Swatch { Running, Ready, Switch, Blocked, Timer, Release, Deadline, Miss, Wake, Cursor };
    struct Entry {
        Swatch swatch;
        BlockReason reason;
        QString text;
    };
    int layout(QPainter* painter, const QRect& area) const;
    void paintSwatch(QPainter& painter, const QRect& box, const Entry& entry) const;

    const GanttStyle& style_;
    std::vector<Entry> entries_;
};

}  // namespace ts::ui
