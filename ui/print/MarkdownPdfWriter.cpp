#include "print/MarkdownPdfWriter.h"

#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace ts::ui {
namespace {

// Qt's notes about the offscreen platform would read like faults on a terminal.
void keepQuiet(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg) std::fprintf(stderr, "%s\n", qPrintable(message));
}

}  // namespace

bool MarkdownPdfWriter::write(const std::string& markdown, const std::string& path,
                              const std::string& title, std::string* error) {
    // Fonts and layout need a GUI application; a PDF needs no display, so paint offscreen
    // unless the caller chose a platform.
    std::unique_ptr<QGuiApplication> app;
    if (!QGuiApplication::instance()) {
        if (!std::getenv("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(keepQuiet);
        static int argc = 1;
        static char name[] = "timeslice";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    const QString file = QString::fromStdString(path);
    {
        // QPdfWriter reports nothing when it cannot open its file: try first.
        QFile probe(file);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error) *error = "cannot write file: " + probe.errorString().toStdString();
            return false;
        }
    }
    QPdfWriter writer(file);
    writer.setTitle(QString::fromStdString(title));
    writer.setCreator(QStringLiteral("timeslice"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print lays the text out inside its own 2 cm margin.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);

    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setMarkdown(QString::fromStdString(markdown));
    document.print(&writer);
    return true;
}

}  // namespace ts::ui
