#include "window/FirstFrameReporter.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace ts::ui {
namespace {

// The process's start in seconds after boot (field 22 of /proc/self/stat, in clock ticks), or
// a negative number when it cannot be read.
double processStartAfterBoot() {
    std::ifstream in("/proc/self/stat");
    std::string stat;
    std::getline(in, stat);
    // The command name (field 2) may hold spaces and parentheses: count fields after its end.
    const std::size_t close = stat.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream fields(stat.substr(close + 1));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
        if (i == 22) return std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
    }
    return -1;
}

}  // namespace

double FirstFrameReporter::millisecondsSinceProcessStart() {
    static const double start = processStartAfterBoot();
    timespec now{};
    if (start >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const double nowSeconds = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
        return (nowSeconds - start) * 1e3;
    }
    static const auto first = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - first).count();
}

FirstFrameReporter::FirstFrameReporter(QWidget* gantt, std::ostream& err) : QObject(gantt), err_(err) {
    gantt->installEventFilter(this);
}

bool FirstFrameReporter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint && !seen_) {
        seen_ = true;
        // Measured once the paint event has been handled: the next turn of the event loop.
        QTimer::singleShot(0, this, [this] {
            err_ << "first frame: " << static_cast<long long>(millisecondsSinceProcessStart() + 0.5)
                 << " ms after the process started\n";
            QApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace ts::ui
