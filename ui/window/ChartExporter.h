#pragma once
// Saves what the Gantt chart shows as PNG (pixels) or SVG (vectors, via QSvgGenerator), and
// text such as the metrics CSV.
#include <QString>

namespace ts::ui {

class GanttView;

class ChartExporter {
public:
    static bool savePng(const GanttView& view, const QString& path, int width = 1920, int height = 1080);
    static bool saveSvg(const GanttView& view, const QString& path, int width = 1600, int height = 900);
    static bool saveText(const QString& text, const QString& path);
};

}  // namespace ts::ui
