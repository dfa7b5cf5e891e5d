#pragma once
// File > Settings (Ctrl+,): the interface language - System (saying which language that is
// now), English or Italiano. Each choice is written in its own language, so that whoever cannot
// read the current one still finds theirs.
#include <QDialog>

#include "i18n/InterfaceLanguage.h"

class QComboBox;

namespace ts::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(InterfaceLanguage::Choice language, QWidget* parent = nullptr);

    InterfaceLanguage::Choice language() const;
    void setLanguage(InterfaceLanguage::Choice language);
    QComboBox& languageBox() { return *language_; }

private:
    QComboBox* language_;
};

}  // namespace ts::ui
