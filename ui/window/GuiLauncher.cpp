#include "window/GuiLauncher.h"

#include <QApplication>
#include <QTimer>
#include <QScreen>
#include <QSize>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

#include "scenario/Duration.h"
#include "scenario/WorkloadLoader.h"
#include "editor/EditorPanel.h"
#include "gantt/GanttView.h"
#include "i18n/InterfaceLanguage.h"
#include "panels/SyncObjectsPanel.h"
#include "present/PresentMode.h"
#include "window/FirstFrameReporter.h"
#include "window/MainWindow.h"

namespace ts::ui {
namespace {

struct GuiOptions {
    std::string file;
    std::optional<Time> at;
    std::optional<Time> interruptAt;  // --interrupt-at: Ctrl-C in a program's main thread
    std::string screenshot;
    bool presentation = false;
    bool colourBlind = false;
    std::string language;  // --lang: system, en or it; empty: TIMESLICE_LANG, else the setting
    QSize size;             // --size WxH of a screenshot; empty: 1600x1000
    bool reportFirstFrame = false;  // print the time to the first painted chart, then quit
};

// Parses the arguments after "gui"; returns the error message, empty when they are fine.
std::string parse(const std::vector<std::string>& args, GuiOptions& out) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--presentation") {
            out.presentation = true;
        } else if (a == "--colour-blind" || a == "--color-blind") {
            out.colourBlind = true;
        } else if (a == "--report-first-frame") {
            out.reportFirstFrame = true;
        } else if (a == "--at" || a == "--screenshot" || a == "--lang" || a == "--size" || a == "--interrupt-at") {
            if (i + 1 >= args.size()) return "option " + a + " needs a value";
            const std::string& value = args[++i];
            if (a == "--lang") {
                if (!InterfaceLanguage::parse(QString::fromStdString(value))) {
                    return "--lang " + value + ": expected system, en or it";
                }
                out.language = value;
                continue;
            }
            if (a == "--size") {
                int w = 0;
                int h = 0;
                char end = 0;
                if (std::sscanf(value.c_str(), "%dx%d%c", &w, &h, &end) != 2 || w < 640 || h < 480 || w > 7680 ||
                    h > 4320) {
                    return "--size " + value + ": expected WIDTHxHEIGHT in pixels, e.g. 1920x1080";
                }
                out.size = QSize(w, h);
                continue;
            }
            if (a == "--screenshot") {
                out.screenshot = value;
                continue;
            }
            std::string error;
            std::optional<Time>& time = a == "--at" ? out.at : out.interruptAt;
            time = parseDuration(value, "", &error);
            if (!time) return a + " " + value + ": " + error;
        } else if (!a.empty() && a[0] == '-') {
            return "unknown option '" + a + "'";
        } else if (out.file.empty()) {
            out.file = a;
        } else {
            return "more than one file given ('" + out.file + "' and '" + a + "')";
        }
    }
    if (out.at && out.screenshot.empty()) return "--at is only used with --screenshot";
    if (out.size.isValid() && out.screenshot.empty()) return "--size is only used with --screenshot";
    if (out.reportFirstFrame && !out.screenshot.empty()) {
        return "--report-first-frame and --screenshot do not go together";
    }
    return {};
}

// The screenshot command prints nothing but its own errors: Qt's notes about the offscreen
// platform or a missing XDG_RUNTIME_DIR would read like faults in a script's log.
void keepQuiet(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg) std::fprintf(stderr, "%s\n", qPrintable(message));
}

}  // namespace

bool GuiLauncher::displayAvailable() {
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    const std::string p = platform ? platform : "";
    if (p.rfind("offscreen", 0) == 0 || p.rfind("minimal", 0) == 0) return false;
    if (!p.empty()) return true;  // another platform chosen on purpose (eglfs, vnc, ...)
    const char* x = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wayland && *wayland);
}

int GuiLauncher::run(const std::vector<std::string>& arguments, const std::string& fallbackFile,
                     std::ostream& err) {
    GuiOptions options;
    if (const std::string error = parse(arguments, options); !error.empty()) {
        err << "timeslice gui: error: " << error << "\n"
            << "usage: timeslice gui [FILE] [--at D --screenshot PNG [--size WxH]] [--interrupt-at D] [--presentation] "
               "[--colour-blind] [--lang system|en|it] [--report-first-frame]\n";
        return 2;
    }
    if (options.file.empty()) options.file = fallbackFile;
    const bool screenshot = !options.screenshot.empty();
    const bool offscreenAllowed = screenshot || options.reportFirstFrame;
    if (options.reportFirstFrame) FirstFrameReporter::millisecondsSinceProcessStart();
    if (!offscreenAllowed && !displayAvailable()) {
        err << "timeslice gui: error: no display to open a window on (DISPLAY and WAYLAND_DISPLAY "
               "are unset); 'timeslice run FILE' shows a run as text, and --screenshot PNG "
               "renders the window without a display\n";
        return 2;
    }
    // A screenshot (or a timing) needs no display: paint offscreen unless a platform was chosen.
    if (offscreenAllowed && !displayAvailable() && !std::getenv("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (offscreenAllowed) qInstallMessageHandler(keepQuiet);
    static int argc = 1;
    static char name[] = "timeslice";
    static char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("timeslice"));
    // A screenshot must not depend on the user's saved layout: it keeps its settings apart.
    QApplication::setApplicationName(offscreenAllowed ? QStringLiteral("timeslice-screenshot")
                                                : QStringLiteral("timeslice"));

    // The interface language: --lang, else TIMESLICE_LANG, else the one chosen in Settings.
    QString language = QString::fromStdString(options.language);
    if (language.isEmpty()) language = qEnvironmentVariable("TIMESLICE_LANG");
    InterfaceLanguage::apply(InterfaceLanguage::parse(language).value_or(InterfaceLanguage::stored()));

    auto owned = std::make_unique<MainWindow>();
    MainWindow& window = *owned;
    if (options.colourBlind) window.setColourBlindPalette(true);
    if (!options.file.empty()) {
        QString error;
        if (!window.openScenario(QString::fromStdString(options.file), &error)) {
            err << error.toStdString() << '\n';
            return 2;
        }
    }
    if (options.interruptAt) {
        // As Run > Press Ctrl-C here at that time (`timeslice run --interrupt-at`).
        if (!window.interruptAction()->isEnabled()) {
            err << "timeslice gui: error: --interrupt-at is for a Python program, not a workload\n";
            return 2;
        }
        window.controller().seek(*options.interruptAt, /*blocking=*/true);
        window.interruptAtCursor();
    }
    if (options.reportFirstFrame) {
        // The size of the projector the figure is for; the window's first paint is timed.
        window.resize(1920, 1080);
        new FirstFrameReporter(&window.gantt(), err);
        window.show();
        return QApplication::exec() == 0 ? 0 : 1;
    }
    if (!screenshot) {
        // From here it deletes itself: on close, or when a change of language replaces it.
        window.setAttribute(Qt::WA_DeleteOnClose);
        owned.release();
        window.show();
        // --presentation is F5: large type, the tables along the bottom put away, full screen.
        if (options.presentation) window.present().setPresenting(true);
        // Edits a killed timeslice left unsaved are offered back once the window is up.
        QTimer::singleShot(0, &window, [&window] {
            if (window.editor().offerRecovery()) window.showEditor();
        });
        return QApplication::exec() == 0 ? 0 : 1;
    }
    window.resize(options.size.isValid() ? options.size : QSize(1600, 1000));
    window.show();
    // The layout F5 gives on a screen of the screenshot's size.
    window.present().setFullScreenWhenPresenting(false);
    if (options.presentation) window.present().setPresenting(true);
    QApplication::processEvents();
    window.controller().finishRecording();  // so the metrics panel is filled
    window.controller().seek(options.at.value_or(0), /*blocking=*/true);
    // Queued layout work (a caption refitting to its final width, then the layout that
    // follows) settles over a few passes.
    for (int pass = 0; pass < 4; ++pass) QApplication::processEvents();
    // A seek over a few operations animates the locks' chips in: show where they end.
    window.syncObjects().finishAnimation();
    if (!window.grab().save(QString::fromStdString(options.screenshot), "PNG")) {
        err << "timeslice gui: error: cannot write " << options.screenshot << '\n';
        return 2;
    }
    return 0;
}

}  // namespace ts::ui
