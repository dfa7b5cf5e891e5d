#include "window/WindowSnapshot.h"

#include "classroom/CompareWindow.h"
#include "editor/Autosave.h"
#include "editor/EditorPanel.h"
#include "editor/ScenarioDocument.h"
#include "gantt/GanttView.h"
#include "model/RunRecording.h"
#include "present/LaserPointer.h"
#include "present/PresentMode.h"
#include "source/SourcePanel.h"
#include "source/SourceView.h"
#include "window/MainWindow.h"

namespace ts::ui {

WindowSnapshot WindowSnapshot::of(MainWindow& window) {
    WindowSnapshot s;
    s.runPath_ = window.runPath();
    s.runText_ = window.shownText();
    s.time_ = window.controller().cursor();
    const RunRecording* recording = window.controller().recording();
    s.recorded_ = recording && recording->complete();
    s.breakpoints_ = window.source().view().breakpoints();
    s.followedThread_ = window.source().followedThread();
    s.interruptedAt_ = window.interruptedAt();
    for (const CompareWindow* compare : window.findChildren<CompareWindow*>()) {
        if (!compare->isVisible()) continue;
        s.comparisons_.push_back(
            Comparison{compare->spec(), compare->setup().selection(), compare->threadLanesShown(), compare->saveGeometry()});
    }

    const ScenarioDocument& document = window.editor().document();
    s.documentPath_ = document.path();
    s.documentName_ = document.displayName();
    s.documentKind_ = document.kind();
    s.documentText_ = document.plainText();
    s.documentModified_ = document.isModified();

    PresentMode& present = window.present();
    s.presentation_ = window.presentationMode() && !present.presenting();
    s.presenting_ = present.presenting();
    s.fullScreen_ = present.fullScreen() && !present.presenting();
    s.laser_ = present.laser().isActive();
    s.colourBlind_ = window.colourBlindPalette();
    // The layout from before presenting, which the new window must go back to on Esc.
    present.leave();
    s.geometry_ = window.saveGeometry();
    s.docks_ = window.saveState();
    return s;
}

void WindowSnapshot::applyTo(MainWindow& window) const {
    window.restoreGeometry(geometry_);
    window.restoreState(docks_);
    window.setColourBlindPalette(colourBlind_);
    if (presentation_) window.setPresentationMode(true);

    if (!runText_.isEmpty()) {
        window.runText(runText_, runPath_);
        if (interruptedAt_) {
            window.controller().seek(*interruptedAt_, /*blocking=*/true);
            window.interruptAtCursor();
        }
        if (recorded_) window.controller().finishRecording();
        window.controller().seek(time_, /*blocking=*/true);
        window.source().view().setBreakpoints(breakpoints_);
        if (followedThread_ >= 0) window.source().followThread(followedThread_);
    }

    EditorPanel& editor = window.editor();
    if (documentModified_) {
        editor.document().restore(documentPath_, documentName_, documentKind_, documentText_);
        editor.autosave().writeNow();  // the old window's copy goes with it
    } else if (!documentPath_.isEmpty()) {
        editor.openFile(documentPath_);
    } else {
        editor.document().startUntitled(documentKind_, documentName_, documentText_);
    }

    PresentMode& present = window.present();
    if (presenting_) present.setPresenting(true);
    if (fullScreen_) present.setFullScreen(true);
    present.setLaser(laser_);

    // The Compare windows, in the new language, with the choices the user had made.
    for (const Comparison& c : comparisons_) {
        auto* compare = new CompareWindow(c.spec, window.gantt().ganttStyle(), &window);
        compare->setup().select(c.selection);
        compare->showThreadLanes(c.threadLanes);
        compare->restoreGeometry(c.geometry);
        compare->show();
        compare->compare();
    }
}

std::unique_ptr<MainWindow> WindowSnapshot::rebuild(MainWindow& old) {
    const WindowSnapshot snapshot = of(old);
    auto window = std::make_unique<MainWindow>();
    snapshot.applyTo(*window);
    return window;
}

}  // namespace ts::ui
