#pragma once
// The language of the interface: English or Italian (the tutorial comes from an Italian course),
// or whatever the system says. The choice is kept in QSettings ("interface/language"); a
// command line (--lang) or the TIMESLICE_LANG variable overrides it for one run, for tests and
// screenshots. apply() installs the matching translators: timeslice's own (:/i18n/*.qm, built
// from ui/i18n/*.ts) and Qt's for its standard dialogs and buttons, when they are installed.
#include <QString>
#include <optional>

namespace ts::ui {

class InterfaceLanguage {
public:
    enum class Choice { System, English, Italian };

    // "system", "en" or "it" (also "english", "italian", "italiano"); nullopt otherwise.
    static std::optional<Choice> parse(const QString& text);
    static QString code(Choice choice);  // "system", "en", "it"

    static Choice stored();
    static void store(Choice choice);

    // The concrete language a choice means now: "en" or "it". System follows QLocale()'s UI
    // languages: the first of them that is English or Italian wins; anything else is English.
    static QString resolve(Choice choice);
    // Installs the translators for `choice`, replacing those installed before. Returns the
    // language now in use ("en" or "it").
    static QString apply(Choice choice);
    // The language apply() last installed ("en" before any call).
    static QString current();
};

}  // namespace ts::ui
