// MainWindow's settings and the change of interface language, apart from its wiring.
//
// A new language builds a new window rather than re-translating this one: every widget takes
// its strings from tr() once, when it is made, and panels added by anyone later need no
// retranslate code of their own. The new window shows the same run at the same time, the same
// editor text (unsaved edits included) and the same layout (WindowSnapshot), so to the user
// only the words change.
#include <QApplication>

#include "classroom/CompareWindow.h"
#include "i18n/InterfaceLanguage.h"
#include "i18n/SettingsDialog.h"
#include "window/MainWindow.h"
#include "present/PresentMode.h"
#include "window/WindowSnapshot.h"

namespace ts::ui {

void MainWindow::openSettings() {
    const InterfaceLanguage::Choice before = InterfaceLanguage::stored();
    SettingsDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const InterfaceLanguage::Choice chosen = dialog.language();
    InterfaceLanguage::store(chosen);
    // The dialog has gone; the window goes once this call has returned.
    if (InterfaceLanguage::resolve(chosen) != InterfaceLanguage::current()) {
        QMetaObject::invokeMethod(this, &MainWindow::switchLanguage, Qt::QueuedConnection);
    }
}

MainWindow* MainWindow::switchLanguage() {
    InterfaceLanguage::apply(InterfaceLanguage::stored());
    MainWindow* fresh = WindowSnapshot::rebuild(*this).release();
    // The new window has opened its own (WindowSnapshot): these stop their runs and go.
    for (CompareWindow* compare : findChildren<CompareWindow*>()) compare->close();
    present_->setLaser(false);  // its event filter must not outlive the window's use
    fresh->setAttribute(Qt::WA_DeleteOnClose);
    fresh->show();
    emit replacedBy(fresh);
    // A window made with new (as the launcher makes it) is deleted; one a test owns is hidden.
    if (testAttribute(Qt::WA_DeleteOnClose)) {
        deleteLater();
    } else {
        hide();
    }
    return fresh;
}

}  // namespace ts::ui
