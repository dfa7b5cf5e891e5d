#pragma once
// What a main window shows, taken so that another window can show the same: the run (the text
// it was made from and its path) at the same simulated time, the editor's text with its unsaved
// edits, breakpoints and the followed thread, the palette, presentation and full screen, the
// laser pointer, the geometry and dock layout, and the Compare windows open on it. A change of interface language builds the
// window anew from this, so that every string - those of panels added later included - comes
// out of tr() in the new language, with nothing for each panel to re-translate by hand.
#include <QByteArray>
#include <QString>
#include <memory>
#include <set>

#include <optional>
#include <vector>

#include "classroom/CompareSetup.h"
#include "editor/ScenarioKind.h"
#include "kernel/Time.h"
#include "scenario/WorkloadSpec.h"

namespace ts::ui {

class MainWindow;

class WindowSnapshot {
public:
    static WindowSnapshot of(MainWindow& window);
    // Makes `window` (a new one) show what the snapshot holds.
    void applyTo(MainWindow& window) const;
    // A new window, built under the translators installed now, showing what `old` shows. The
    // caller shows it and disposes of `old`.
    static std::unique_ptr<MainWindow> rebuild(MainWindow& old);

private:
    QString runPath_;
    QString runText_;
    Time time_ = 0;
    bool recorded_ = false;  // the whole run was recorded (the metrics were shown)
    std::set<int> breakpoints_;
    int followedThread_ = -1;
    std::optional<Time> interruptedAt_;  // Run > Press Ctrl-C here, at that time

    QString documentPath_;
    QString documentName_;
    ScenarioKind documentKind_ = ScenarioKind::Workload;
    QString documentText_;
    bool documentModified_ = false;

    bool presentation_ = false;
    bool presenting_ = false;
    bool fullScreen_ = false;
    bool laser_ = false;
    bool colourBlind_ = false;
    QByteArray geometry_;
    QByteArray docks_;

    struct Comparison {
        WorkloadSpec spec;
        CompareSetup::Selection selection;
        bool threadLanes = false;
        QByteArray geometry;
    };
    std::vector<Comparison> comparisons_;
};

}  // namespace ts::ui
