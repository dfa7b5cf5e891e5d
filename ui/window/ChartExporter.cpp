#include "window/ChartExporter.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <sstream>

#include "gantt/GanttView.h"
#include "model/RunRecording.h"
#include "report/ChromeTraceWriter.h"
#include "report/ReportBuilder.h"

namespace ts::ui {

bool ChartExporter::savePng(const GanttView& view, const QString& path, int width, int height) {
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    view.render(painter, image.rect());
    painter.end();
    return image.save(path, "PNG");
}

bool ChartExporter::saveSvg(const GanttView& view, const QString& path, int width, int height) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(QStringLiteral("timeslice Gantt chart"));
    QPainter painter;
    if (!painter.begin(&svg)) return false;
    view.render(painter, QRect(0, 0, width, height));
    return painter.end();
}

bool ChartExporter::saveText(const QString& text, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    return file.write(text.toUtf8()) >= 0;
}

bool ChartExporter::saveChromeTrace(const RunRecording& recording, const QString& path) {
    std::ostringstream out;
    if (const RunReport* report = recording.report()) {
        ChromeTraceWriter::write(out, *report);
    } else {
        RunReport sofar = ReportBuilder::build(recording.kernel(), recording.trace());
        sofar.scenario = recording.path();
        sofar.title = recording.title();
        ChromeTraceWriter::write(out, sofar);
    }
    const std::string text = out.str();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    const auto size = static_cast<qint64>(text.size());
    return file.write(text.data(), size) == size;
}

}  // namespace ts::ui
