#pragma once
// The questions the editor asks the user - save or discard changes, restore an autosaved
// text, where to save, a save that failed - as replaceable functions: the window uses real
// dialogs (dialogs()), tests answer them directly.
#include <QMessageBox>
#include <QString>
#include <functional>

#include "editor/ScenarioKind.h"

class QWidget;

namespace ts::ui {

struct EditorPrompts {
    // Returns the button chosen among `buttons`.
    std::function<QMessageBox::StandardButton(QWidget* parent, const QString& title,
                                              const QString& text,
                                              QMessageBox::StandardButtons buttons)>
        ask;
    std::function<void(QWidget* parent, const QString& title, const QString& message)> warn;
    // Where to save; empty when the user cancelled.
    std::function<QString(QWidget* parent, const QString& suggestedPath, ScenarioKind kind)>
        chooseSavePath;

    // QMessageBox and QFileDialog.
    static EditorPrompts dialogs();
};

}  // namespace ts::ui
