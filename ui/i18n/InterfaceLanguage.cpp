#include "i18n/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace ts::ui {
namespace {

constexpr QLatin1StringView kSettingsKey("interface/language");

// The translators apply() installed, owned by the application; deleting one uninstalls it.
QPointer<QTranslator>& ownTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}
QPointer<QTranslator>& qtTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}
QString& currentCode() {
    static QString code = QStringLiteral("en");
    return code;
}

// Loads `file` from `folder` into a new translator and installs it; null when there is none.
QTranslator* install(const QString& file, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, folder)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

}  // namespace

std::optional<InterfaceLanguage::Choice> InterfaceLanguage::parse(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("system")) return Choice::System;
    if (t == QLatin1String("en") || t == QLatin1String("english")) return Choice::English;
    if (t == QLatin1String("it") || t == QLatin1String("italian") || t == QLatin1String("italiano")) {
        return Choice::Italian;
    }
    return std::nullopt;
}

QString InterfaceLanguage::code(Choice choice) {
    switch (choice) {
        case Choice::English: return QStringLiteral("en");
        case Choice::Italian: return QStringLiteral("it");
        case Choice::System: break;
    }
    return QStringLiteral("system");
}

InterfaceLanguage::Choice InterfaceLanguage::stored() {
    return parse(QSettings().value(kSettingsKey).toString()).value_or(Choice::System);
}

void InterfaceLanguage::store(Choice choice) { QSettings().setValue(kSettingsKey, code(choice)); }

QString InterfaceLanguage::resolve(Choice choice) {
    if (choice != Choice::System) return code(choice);
    for (const QString& language : QLocale().uiLanguages()) {
        const QString primary = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (primary == QLatin1String("it") || primary == QLatin1String("en")) return primary;
    }
    return QStringLiteral("en");
}

QString InterfaceLanguage::apply(Choice choice) {
    delete ownTranslator();
    delete qtTranslator();
    const QString language = resolve(choice);
    // English needs its file too: it holds the plural forms ("1 context switch").
    ownTranslator() = install(QStringLiteral("timeslice_") + language, QStringLiteral(":/i18n"));
    if (language != QLatin1String("en")) {
        // Qt's own words (Yes, No, Cancel, the file dialog), from qt6-translations-l10n.
        qtTranslator() = install(QStringLiteral("qtbase_") + language,
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    currentCode() = language;
    return language;
}

QString InterfaceLanguage::current() { return currentCode(); }

}  // namespace ts::ui
