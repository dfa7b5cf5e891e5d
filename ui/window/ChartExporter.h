#pragma once
// Saves what the Gantt chart shows as PNG (pixels) or SVG (vectors, via QSvgGenerator), text
// such as the metrics CSV, and the run as a Chrome trace (the file `timeslice run --trace` writes).
#include <QString>

namespace ts::ui {

class GanttView;
class RunRecording;

class ChartExporter {
public:
    static bool savePng(const GanttView& view, const QString& path, int width = 1920, int height = 1080);
    static bool saveSvg(const GanttView& view, const QString& path, int width = 1600, int height = 900);
    static bool saveText(const QString& text, const QString& path);
    // A finished run gives the command line's file byte for byte; a run still being recorded
    // gives what is recorded so far (the slices still running are not in it yet).
    static bool saveChromeTrace(const RunRecording& recording, const QString& path);
};

}  // namespace ts::ui
