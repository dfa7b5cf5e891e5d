// The interface in Italian: with the Italian translators installed the window's menus, docks,
// tables, tooltips and the metrics' sentence (with its plurals) read in Italian, word for word;
// the system language decides by default; Settings switches the language of a running window,
// which comes back on the same run, at the same time, with the same unsaved edits; and
// `timeslice gui --lang` chooses the language for one run.
#include <QtTest>

#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

#include "classroom/CompareSetup.h"
#include "classroom/CompareWindow.h"
#include "editor/Autosave.h"
#include "editor/CodeEditor.h"
#include "editor/EditorPanel.h"
#include "editor/ScenarioDocument.h"
#include "i18n/InterfaceLanguage.h"
#include "i18n/SettingsDialog.h"
#include "model/UnitTime.h"
#include "panels/CaptionBanner.h"
#include "panels/DecisionPanel.h"
#include "panels/MetricsPanel.h"
#include "model/PlaybackController.h"
#include "model/RunRecording.h"
#include "gantt/GanttView.h"
#include "panels/ProcessTablePanel.h"
#include "panels/ThreadTablePanel.h"
#include "present/PresentMode.h"
#include "window/MainWindow.h"

using namespace ts;
using namespace ts::ui;
using Language = InterfaceLanguage::Choice;

namespace {
const char* kDefault = TIMESLICE_SOURCE_DIR "/scenarios/default.json";
const char* kRace = TIMESLICE_SOURCE_DIR "/scenarios/race-counter.py";

QAction* actionWithShortcut(MainWindow& w, const QKeySequence& keys) {
    for (QAction* a : w.findChildren<QAction*>()) {
        if (a->shortcut() == keys) return a;
    }
    return nullptr;
}

QString menuTitle(MainWindow& w, int index) { return w.menuBar()->actions().value(index)->text(); }

QString dockTitle(MainWindow& w, const QString& name) {
    QDockWidget* dock = w.findChild<QDockWidget*>(name);
    return dock ? dock->windowTitle() : QString();
}

// The CLI's report of a scenario: the numbers the metrics' sentence must say.
QJsonObject cliReport(const char* scenario) {
    QProcess cli;
    cli.start(QStringLiteral(TIMESLICE_BINARY),
              {QStringLiteral("run"), QString::fromUtf8(scenario), QStringLiteral("--json"), QStringLiteral("-"),
               QStringLiteral("--no-slices")});
    cli.waitForFinished(60000);
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}
}  // namespace

class TestItalianInterface : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName("timeslice-tests");
        QCoreApplication::setApplicationName("italian-interface");
        QSettings().clear();
    }
    void init() { QCOMPARE(InterfaceLanguage::apply(Language::Italian), QStringLiteral("it")); }
    void cleanupTestCase() {
        QSettings().clear();
        InterfaceLanguage::apply(Language::English);
    }

    void menusDocksAndTooltipsInItalian() {
        MainWindow w;
        QVERIFY(w.openScenario(kDefault));
        QCOMPARE(menuTitle(w, 0), QStringLiteral("&File"));
        QCOMPARE(menuTitle(w, 1), QStringLiteral("&Esecuzione"));
        QCOMPARE(menuTitle(w, 2), QStringLiteral("&Visualizza"));
        QCOMPARE(menuTitle(w, 3), QStringLiteral("&Aula"));
        QCOMPARE(actionWithShortcut(w, QKeySequence::Open)->text(), QStringLiteral("&Apri..."));
        QCOMPARE(actionWithShortcut(w, QKeySequence(Qt::CTRL | Qt::Key_Comma))->text(), QStringLiteral("&Impostazioni..."));
        QCOMPARE(w.menuBar()->actions().value(0)->menu()->actions().last()->text(), QStringLiteral("&Esci"));
        QCOMPARE(w.present().presentAction()->text(), QStringLiteral("&Presenta (caratteri grandi, schermo intero)"));
        QCOMPARE(w.present().fullScreenAction()->text(), QStringLiteral("Sc&hermo intero"));
        QCOMPARE(w.present().laserAction()->text(), QStringLiteral("Puntatore &laser"));
        QCOMPARE(w.present().laserAction()->toolTip(),
                 QStringLiteral("Un punto rosso con una breve scia segue il mouse su tutta la finestra (L)"));
        QCOMPARE(actionWithShortcut(w, QKeySequence(Qt::Key_Space))->text(), QStringLiteral("Avvia"));

        QCOMPARE(dockTitle(w, QStringLiteral("why")), QStringLiteral("Perché questo thread?"));
        QCOMPARE(dockTitle(w, QStringLiteral("ready")), QStringLiteral("Coda dei pronti"));
        QCOMPARE(dockTitle(w, QStringLiteral("sync")), QStringLiteral("Lock, semafori, eventi"));
        QCOMPARE(dockTitle(w, QStringLiteral("processes")), QStringLiteral("Tabella dei processi"));
        QCOMPARE(dockTitle(w, QStringLiteral("metrics")), QStringLiteral("Metriche"));
        QCOMPARE(dockTitle(w, QStringLiteral("table")), QStringLiteral("Tabella del carico"));

        QTableWidget& processes = w.processTable();
        QCOMPARE(processes.horizontalHeaderItem(2)->text(), QStringLiteral("Stato"));
        QStringList tips;
        for (const QToolButton* b : w.captions().findChildren<QToolButton*>()) tips << b->toolTip();
        QCOMPARE(tips, (QStringList{QStringLiteral("La didascalia precedente"), QStringLiteral("La didascalia successiva")}));
    }

    // The "Why this thread?" panel says the scheduler's reason in Italian too (DecisionPhrases).
    void whyPanelInItalian() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/silberschatz-srtf.json"));
        w.controller().finishRecording();
        w.controller().seek(kMillisecond);
        QCOMPARE(w.decision().text(),
                 QStringLiteral("<b>A 1 ms sulla CPU 0:</b> P2 toglie la CPU a P1: tempo rimanente 4ms contro 7ms."));
    }

    void metricsSentenceInItalianWithPlurals() {
        const QJsonObject report = cliReport(kDefault);
        QVERIFY(!report.isEmpty());
        QCOMPARE(report.value("context_switches").toInt(), 13);  // the plural form, not the singular
        MainWindow w;
        QVERIFY(w.openScenario(kDefault));
        w.controller().finishRecording();
        // Round robin: its quantum goes with its name.
        QVERIFY(report.value("quantum_ns").toInteger() > 0);
        const QString expected =
            QStringLiteral("Politica %1 (quanto %6), %2 CPU; terminata a %3 (completata); utilizzo della CPU %4%; %5 cambi di contesto.")
                .arg(report.value("policy").toString())
                .arg(report.value("cpus").toInt())
                .arg(UnitTime::format(report.value("end_ns").toInteger(), "ms"))
                .arg(report.value("cpu_utilization").toDouble() * 100.0, 0, 'f', 1)
                .arg(report.value("context_switches").toInt())
                .arg(UnitTime::format(report.value("quantum_ns").toInteger(), "ms"));
        QStringList texts;
        for (const QLabel* label : w.metrics().findChildren<QLabel*>()) texts << label->text();
        QVERIFY2(texts.contains(expected), qPrintable(expected + QStringLiteral(" not among: ") + texts.join(" | ")));
    }

    void pluralsFollowTheCount_data() {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        QTest::newRow("it 1") << int(Language::Italian) << 1 << QStringLiteral("1 cambio di contesto");
        QTest::newRow("it 0") << int(Language::Italian) << 0 << QStringLiteral("0 cambi di contesto");
        QTest::newRow("it 7") << int(Language::Italian) << 7 << QStringLiteral("7 cambi di contesto");
        QTest::newRow("en 1") << int(Language::English) << 1 << QStringLiteral("1 context switch");
        QTest::newRow("en 7") << int(Language::English) << 7 << QStringLiteral("7 context switches");
    }
    void pluralsFollowTheCount() {
        QFETCH(int, language);
        QFETCH(int, count);
        QFETCH(QString, text);
        InterfaceLanguage::apply(static_cast<Language>(language));
        QCOMPARE(QCoreApplication::translate("ts::ui::MetricsPanel", "%n context switch(es)", nullptr, count), text);
    }

    void systemLanguageDecidesByDefault_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("it_IT") << QStringLiteral("it_IT") << QStringLiteral("it");
        QTest::newRow("it_CH") << QStringLiteral("it_CH") << QStringLiteral("it");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("de_DE: English") << QStringLiteral("de_DE") << QStringLiteral("en");
    }
    void systemLanguageDecidesByDefault() {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        QSettings().remove(QStringLiteral("interface/language"));
        QCOMPARE(InterfaceLanguage::stored(), Language::System);
        QCOMPARE(InterfaceLanguage::apply(InterfaceLanguage::stored()), language);
        QCOMPARE(QCoreApplication::translate("ts::ui::MainWindow", "&View"),
                 language == QLatin1String("it") ? QStringLiteral("&Visualizza") : QStringLiteral("&View"));
        QLocale::setDefault(before);
    }

    void settingsSwitchTheLanguageOfTheRunningWindow() {
        InterfaceLanguage::apply(Language::English);
        InterfaceLanguage::store(Language::English);
        MainWindow w;
        QVERIFY(w.openScenario(kRace));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.controller().finishRecording();
        w.controller().seek(18'070'000, /*blocking=*/true);
        QCOMPARE(menuTitle(w, 2), QStringLiteral("&View"));
        // An unsaved edit, which the new window must keep.
        QTextCursor end(w.editor().editor().document());
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral("# an edit not saved yet\n"));
        const QString edited = w.editor().editor().toPlainText();
        const QSize size = w.size();

        QSignalSpy replaced(&w, &MainWindow::replacedBy);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->languageBox().count(), 3);
            QCOMPARE(dialog->languageBox().itemText(2), QStringLiteral("Italiano"));
            dialog->setLanguage(Language::Italian);
            const QString shots = qEnvironmentVariable("TIMESLICE_SCREENSHOTS");
            if (!shots.isEmpty()) dialog->grab().save(shots + QStringLiteral("/settings-dialog.png"));
            dialog->accept();
        });
        w.openSettings();
        QTRY_COMPARE(replaced.count(), 1);
        std::unique_ptr<MainWindow> fresh(replaced.at(0).at(0).value<MainWindow*>());
        QVERIFY(fresh);
        QVERIFY(!w.isVisible());
        QVERIFY(fresh->isVisible());
        QCOMPARE(InterfaceLanguage::stored(), Language::Italian);
        QCOMPARE(InterfaceLanguage::current(), QStringLiteral("it"));
        QCOMPARE(menuTitle(*fresh, 2), QStringLiteral("&Visualizza"));
        QCOMPARE(dockTitle(*fresh, QStringLiteral("why")), QStringLiteral("Perché questo thread?"));
        // The same run at the same time, the same text with its edit, the same size.
        QCOMPARE(fresh->runPath(), QString::fromUtf8(kRace));
        QCOMPARE(fresh->controller().cursor(), Time{18'070'000});
        QVERIFY(fresh->controller().recording()->complete());
        QCOMPARE(fresh->captions().text(), w.captions().text());
        QCOMPARE(fresh->threadTable().rowCount(), w.threadTable().rowCount());
        QCOMPARE(fresh->editor().editor().toPlainText(), edited);
        QVERIFY(fresh->editor().document().isModified());
        QCOMPARE(fresh->editor().document().path(), QString::fromUtf8(kRace));
        QCOMPARE(fresh->size(), size);
        // The caption, in a narrower column than before, still shows all its lines.
        for (const QLabel* label : fresh->captions().findChildren<QLabel*>()) {
            if (label->wordWrap()) QTRY_VERIFY(label->height() >= label->heightForWidth(label->width()));
        }
        const QString shots = qEnvironmentVariable("TIMESLICE_SCREENSHOTS");
        if (!shots.isEmpty()) fresh->grab().save(shots + QStringLiteral("/italian-after-switch.png"));
        fresh->editor().document().text()->setModified(false);  // no question on closing
        fresh->editor().autosave().discard();
    }

    // A Compare window open over the switch comes back in the new window, in Italian, with the
    // policies and quanta the user had chosen; a run stopped by Ctrl-C stays stopped there.
    void compareWindowsAndCtrlCSurviveTheSwitch() {
        InterfaceLanguage::apply(Language::English);
        InterfaceLanguage::store(Language::English);
        MainWindow w;
        QVERIFY(w.openScenario(kDefault));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        CompareWindow::openFor(&w, w.shownText(), w.runPath(), w.gantt().ganttStyle());
        QCOMPARE(w.findChildren<CompareWindow*>().size(), 1);
        CompareWindow& before = *w.findChildren<CompareWindow*>().at(0);
        before.setup().choose({QStringLiteral("fcfs"), QStringLiteral("rr")});
        before.setup().setQuanta(QStringLiteral("rr"), QStringLiteral("2ms, 8ms"));
        before.showThreadLanes(true);
        InterfaceLanguage::store(Language::Italian);
        std::unique_ptr<MainWindow> fresh(w.switchLanguage());
        QTRY_COMPARE(w.findChildren<CompareWindow*>().size(), 0);  // closed with the old window
        QCOMPARE(fresh->findChildren<CompareWindow*>().size(), 1);
        CompareWindow& after = *fresh->findChildren<CompareWindow*>().at(0);
        QVERIFY(after.isVisible());
        QVERIFY(after.windowTitle().startsWith(QStringLiteral("Confronto delle politiche")));
        QCOMPARE(after.setup().selection().policies, (QStringList{QStringLiteral("fcfs"), QStringLiteral("rr")}));
        QVERIFY(after.setup().selection().quanta.contains({QStringLiteral("rr"), QStringLiteral("2ms, 8ms")}));
        QVERIFY(after.threadLanesShown());
        QTRY_VERIFY(!after.isComparing());
        QCOMPARE(after.gantts().size(), 3);  // fcfs, rr 2ms, rr 8ms

        // A program stopped by Run > Press Ctrl-C here.
        QVERIFY(fresh->openScenario(kRace));
        fresh->controller().seek(20'000'000, /*blocking=*/true);
        fresh->interruptAtCursor();
        QCOMPARE(fresh->interruptedAt(), std::optional<Time>(20'000'000));
        const Time end = fresh->controller().recording()->endTime();
        const Time traceback = fresh->controller().cursor();  // where the main thread ended
        QVERIFY(traceback > 20'000'000 && traceback <= end);
        InterfaceLanguage::store(Language::English);
        fresh->setAttribute(Qt::WA_DeleteOnClose, false);  // the test owns it: hidden, not deleted
        std::unique_ptr<MainWindow> english(fresh->switchLanguage());
        QCOMPARE(english->interruptedAt(), std::optional<Time>(20'000'000));
        QCOMPARE(english->controller().recording()->report()->exitStatus, std::string("interrupted"));
        QCOMPARE(english->controller().recording()->endTime(), end);
        QCOMPARE(english->controller().cursor(), traceback);
        english->editor().autosave().discard();
        fresh->editor().autosave().discard();
    }

    void commandLineChoosesTheLanguage() {
        QTemporaryDir dir;
        QProcess gui;
        gui.start(QStringLiteral(TIMESLICE_BINARY),
                  {QStringLiteral("gui"), QString::fromUtf8(kDefault), QStringLiteral("--lang"), QStringLiteral("fr"),
                   QStringLiteral("--screenshot"), dir.filePath("x.png")});
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(gui.readAllStandardError()).section('\n', 0, 0),
                 QStringLiteral("timeslice gui: error: --lang fr: expected system, en or it"));

        gui.start(QStringLiteral(TIMESLICE_BINARY),
                  {QStringLiteral("gui"), QString::fromUtf8(kDefault), QStringLiteral("--lang"), QStringLiteral("it"),
                   QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--screenshot"),
                   dir.filePath("it.png")});
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 0);
        QCOMPARE(QImage(dir.filePath("it.png")).size(), QSize(1280, 720));
    }
};

QTEST_MAIN(TestItalianInterface)
#include "test_ItalianInterface.moc"
