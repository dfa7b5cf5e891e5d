#pragma once
// Checks the scenario being edited as the user types: when typing pauses for kDelayMs, the
// document's text goes through the very loaders `timeslice check` and Run use, from memory,
// and the verdict (nothing wrong, or one error with its line and column) is announced.
// A workload's "program" paths resolve against the document's folder, as they will when run.
#include <QObject>
#include <QTimer>

#include "editor/Diagnostic.h"
#include "editor/ScenarioKind.h"

namespace ts::ui {

class ScenarioDocument;

class LiveValidator : public QObject {
    Q_OBJECT
  public:
    // Long enough not to parse between two keystrokes, short enough to feel immediate.
    static constexpr int kDelayMs = 300;

    explicit LiveValidator(ScenarioDocument& document, QObject* parent = nullptr);

    // The verdict on `text` as a scenario of `kind` stored at `path`: what Run would refuse.
    static Diagnostic check(const QString& text, const QString& path, ScenarioKind kind);

    // Validates at once (a pending delayed check is dropped) and announces the verdict.
    Diagnostic validateNow();
    const Diagnostic& current() const { return current_; }
    // A check is waiting for typing to pause.
    bool pending() const { return timer_.isActive(); }

  signals:
    void validated(const ts::ui::Diagnostic& diagnostic);

  private:
    ScenarioDocument& document_;
    QTimer timer_;
    Diagnostic current_;
};

}  // namespace ts::ui
