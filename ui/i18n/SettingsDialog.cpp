#include "i18n/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ts::ui {

SettingsDialog::SettingsDialog(InterfaceLanguage::Choice language, QWidget* parent)
    : QDialog(parent), language_(new QComboBox) {
    setWindowTitle(tr("Settings"));
    using Choice = InterfaceLanguage::Choice;
    const QString system = InterfaceLanguage::resolve(Choice::System) == QLatin1String("it")
                               ? QStringLiteral("Italiano")
                               : QStringLiteral("English");
    language_->addItem(tr("System (%1)").arg(system), static_cast<int>(Choice::System));
    // Not translated on purpose: each language under its own name.
    language_->addItem(QStringLiteral("English"), static_cast<int>(Choice::English));
    language_->addItem(QStringLiteral("Italiano"), static_cast<int>(Choice::Italian));
    language_->setToolTip(tr("The language of menus, panels and messages; it changes at once"));
    setLanguage(language);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), language_);
    auto* note = new QLabel(tr("The window is rebuilt in the new language on the same scenario, at the same "
                               "time; unsaved edits are kept."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

InterfaceLanguage::Choice SettingsDialog::language() const {
    return static_cast<InterfaceLanguage::Choice>(language_->currentData().toInt());
}

void SettingsDialog::setLanguage(InterfaceLanguage::Choice language) {
    language_->setCurrentIndex(language_->findData(static_cast<int>(language)));
}

}  // namespace ts::ui
