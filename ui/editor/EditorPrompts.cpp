#include "editor/EditorPrompts.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace ts::ui {

EditorPrompts EditorPrompts::dialogs() {
    EditorPrompts prompts;
    prompts.ask = [](QWidget* parent, const QString& title, const QString& text,
                     QMessageBox::StandardButtons buttons) {
        QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
        box.setDefaultButton(buttons.testFlag(QMessageBox::Save) ? QMessageBox::Save
                                                                 : QMessageBox::Yes);
        return static_cast<QMessageBox::StandardButton>(box.exec());
    };
    prompts.warn = [](QWidget* parent, const QString& title, const QString& message) {
        QMessageBox::warning(parent, title, message);
    };
    prompts.chooseSavePath = [](QWidget* parent, const QString& suggestedPath, ScenarioKind kind) {
        const QString own =
            kind == ScenarioKind::Program
                ? QCoreApplication::translate("EditorPrompts", "Python programs (*.py)")
                : QCoreApplication::translate("EditorPrompts", "Workloads (*.json)");
        const QString all = QCoreApplication::translate("EditorPrompts", "All files (*)");
        return QFileDialog::getSaveFileName(
            parent, QCoreApplication::translate("EditorPrompts", "Save scenario as"), suggestedPath,
            own + QStringLiteral(";;") + all);
    };
    return prompts;
}

}  // namespace ts::ui
