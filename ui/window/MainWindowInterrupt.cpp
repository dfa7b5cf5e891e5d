#include "window/MainWindow.h"

#include <QStatusBar>

#include "model/PlaybackController.h"
#include "model/ProgramKernel.h"
#include "model/RunRecording.h"
#include "model/UnitTime.h"
#include "scenario/ProgramLoader.h"

// Run > Press Ctrl-C here. The tutorial's first program ends in `while 1: pass` and is stopped
// by Ctrl-C, its traceback printed; `timeslice run --interrupt-at D` does that on the command
// line, and this is the window's way: runs are deterministic, so running the same text again
// with the interrupt at the cursor gives the same run up to there, then the KeyboardInterrupt.

namespace ts::ui {

void MainWindow::interruptAtCursor() {
    const RunRecording* shown = controller_.recording();
    if (!shown || shown->source().empty()) return;
    const Time at = controller_.cursor();
    std::unique_ptr<ProgramKernel> program;
    try {
        program = std::make_unique<ProgramKernel>(loadProgramText(shownText_.toStdString(), path_.toStdString()));
    } catch (const std::exception& e) {
        // The text on show was run before; only a file changed behind the window's back fails.
        statusBar()->showMessage(QString::fromUtf8(e.what()));
        return;
    }
    program->interruptAt(at);
    const std::string unit = shown->unit();
    showRun(std::move(program), path_);
    interruptedAt_ = at;
    controller_.finishRecording();
    // To the traceback: where the main thread ended. The threads that are not daemons may run
    // on long after it, to the end of the run.
    const RunRecording& run = *controller_.recording();
    Time traceback = run.endTime();
    if (const RunReport* report = run.report(); report && !report->threads.empty() && report->threads.front().end) {
        traceback = *report->threads.front().end;
    }
    controller_.seek(traceback, /*blocking=*/true);
    statusBar()->showMessage(
        tr("Ctrl-C at %1: a KeyboardInterrupt in the main thread").arg(UnitTime::format(at, unit)));
}

}  // namespace ts::ui
