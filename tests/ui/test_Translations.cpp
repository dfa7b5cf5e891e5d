// The translations are complete: lupdate, run on a copy of each ui/i18n/*.ts over the sources
// of ui/ and app/ as they are now, finds no string without its translation. A tr() string added
// anywhere makes this test fail and name it, with its file and line, until it is translated
// (docs/translating.md: `cmake --build build/dev --target timeslice_lupdate`, then translate).
// Each translation also keeps its source's placeholders (%1, %n), a menu accelerator (&) where
// the source has one, and the number of plural forms the language has.
#include <QtTest>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString where;  // file:line of its first use
    QString type;   // empty (finished), "unfinished", "vanished" or "obsolete"
    QStringList forms;
    bool numerus = false;
};

QList<Message> readTs(const QString& path) {
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) messages << m;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("location") && m.where.isEmpty()) {
            m.where = xml.attributes().value(QLatin1String("filename")).toString() + QLatin1Char(':') +
                      xml.attributes().value(QLatin1String("line")).toString();
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) m.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
        }
    }
    return messages;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();) found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString& text) { return text.count(QLatin1Char('&')) > 2 * text.count(QStringLiteral("&&")); }

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyStringIsTranslated_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("pluralForms");
        // Italian: every string. English: only the plural forms, the sources being English.
        QTest::newRow("it") << QStringLiteral("timeslice_it.ts") << QStringList() << 2;
        QTest::newRow("en") << QStringLiteral("timeslice_en.ts") << QStringList{QStringLiteral("-pluralonly")} << 2;
    }
    void everyStringIsTranslated() {
#ifndef TIMESLICE_LUPDATE
        QFAIL("lupdate (qt6-l10n-tools) was not found when this test was configured");
#else
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(int, pluralForms);
        QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(QStringLiteral(TIMESLICE_SOURCE_DIR "/ui/i18n/") + file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TIMESLICE_LUPDATE),
                      QStringList{QStringLiteral("-locations"), QStringLiteral("absolute")} + options +
                          QStringList{QStringLiteral(TIMESLICE_SOURCE_DIR "/ui"), QStringLiteral(TIMESLICE_SOURCE_DIR "/app"),
                                      QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const QList<Message> messages = readTs(copy);
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        int live = 0;
        for (const Message& m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) continue;
            ++live;
            const QString what = QStringLiteral("%1: [%2] \"%3\"").arg(m.where, m.context, m.source);
            if (m.type == QLatin1String("unfinished") || m.forms.contains(QString()) || m.forms.isEmpty()) {
                problems << what + QStringLiteral(" has no translation");
                continue;
            }
            if (m.numerus && m.forms.size() != pluralForms) {
                problems << what + QStringLiteral(" needs %1 plural forms").arg(pluralForms);
            }
            for (const QString& form : m.forms) {
                // A plural form may leave %n out ("una CPU"), never add or lose the others.
                QStringList wanted = placeholders(m.source);
                QStringList got = placeholders(form);
                if (m.numerus) {
                    wanted.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (wanted != got) problems << what + QStringLiteral(" -> \"%1\" changes the placeholders").arg(form);
                if (hasAccelerator(m.source) && !hasAccelerator(form)) {
                    problems << what + QStringLiteral(" -> \"%1\" lost its & accelerator").arg(form);
                }
            }
        }
        QVERIFY(live > 0);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 strings in %3 need work; refresh the file with `cmake --build "
                                           "build/dev --target timeslice_lupdate`, then translate (docs/translating.md):\n")
                                .arg(problems.size())
                                .arg(live)
                                .arg(file) +
                            problems.join(QLatin1Char('\n'))));
#endif
    }
};

QTEST_MAIN(TestTranslations)
#include "test_Translations.moc"
