// Predict mode on the textbook workloads: each question comes at a decision the kernel takes
// (times, ready threads and picks as `timeslice run --json` reports them for these files),
// the view shows nothing past it until the answer, a right answer is marked right and scored,
// a wrong one is marked wrong and explained with the pick's reason, and Skip, Show me, Restart
// and leaving the mode behave as a student expects.
#include <QtTest>

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>

#include "classroom/PredictMode.h"
#include "classroom/PredictQuestionPanel.h"
#include "gantt/GanttView.h"
#include "i18n/InterfaceLanguage.h"
#include "panels/ProcessTablePanel.h"
#include "panels/ThreadTablePanel.h"
#include "window/MainWindow.h"

using namespace ts;
using ts::ui::MainWindow;
using ts::ui::PredictMode;
using ts::ui::PredictQuestion;

namespace {
constexpr Time ms(double v) { return static_cast<Time>(v * 1e6); }

// Turns Predict on through the Classroom menu, as a user does.
PredictMode& enterPredict(MainWindow& w) {
    QAction* predict = nullptr;
    for (QAction* menu : w.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&Classroom")) continue;
        for (QAction* a : menu->menu()->actions()) {
            if (a->text() == QStringLiteral("P&redict what happens next")) predict = a;
        }
    }
    if (!predict) qFatal("no Predict action in the Classroom menu");
    if (predict->shortcut() != QKeySequence(QStringLiteral("Ctrl+Shift+P"))) qFatal("Predict lost its shortcut");
    predict->trigger();
    return *w.findChild<PredictMode*>();
}

QString nameOf(MainWindow& w, int tid) {
    return QString::fromStdString(w.controller().recording()->threadName(tid));
}

QStringList choiceNames(MainWindow& w, const PredictQuestion& q) {
    QStringList out;
    for (int tid : q.choices) out << nameOf(w, tid);
    return out;
}

int tidNamed(MainWindow& w, const QString& name) {
    for (int tid = 0; tid < w.controller().recording()->threadCount(); ++tid) {
        if (nameOf(w, tid) == name) return tid;
    }
    return -1;
}

// The window at a projector's size with `scenario` open, in Predict mode.
PredictMode& predictOnAProjector(MainWindow& w, const QString& scenario) {
    if (!w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/" + scenario)) qFatal("cannot open %s", qPrintable(scenario));
    w.resize(1920, 1080);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) qFatal("the window is not shown");
    return enterPredict(w);
}

// Predict through its shortcut, which stays Ctrl+Shift+P whatever the interface language.
PredictMode& enterPredictByShortcut(MainWindow& w) {
    for (QAction* a : w.findChildren<QAction*>()) {
        if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+P"))) {
            a->trigger();
            return *w.findChild<PredictMode*>();
        }
    }
    qFatal("no action on Ctrl+Shift+P");
}

// The window shown at `size` with `scenario` open, in Predict mode, entered by its shortcut
// (which works in either language).
PredictMode& predictShown(MainWindow& w, const QString& scenario, QSize size) {
    if (!w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/" + scenario)) qFatal("cannot open %s", qPrintable(scenario));
    w.resize(size);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) qFatal("the window is not shown");
    return enterPredictByShortcut(w);
}

// A language for one test; English again after it.
struct LanguageForTest {
    explicit LanguageForTest(ts::ui::InterfaceLanguage::Choice language) { ts::ui::InterfaceLanguage::apply(language); }
    ~LanguageForTest() { ts::ui::InterfaceLanguage::apply(ts::ui::InterfaceLanguage::Choice::English); }
    LanguageForTest(const LanguageForTest&) = delete;
    LanguageForTest& operator=(const LanguageForTest&) = delete;
};

// Keeps a picture of the window when TIMESLICE_SCREENSHOT_DIR names a folder, for a look.
void keepScreenshot(MainWindow& w, const QString& name) {
    const QString dir = qEnvironmentVariable("TIMESLICE_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QTest::qWait(300);  // the other panels (a caption's wrapping) settle too
    w.grab().save(dir + '/' + name);
}

// What in the question panel is cut off ("": nothing): buttons and labels get the room they ask
// for once the layout has settled (QTRY_ waits for that).
QString clipped(ts::ui::PredictQuestionPanel& p) {
    for (int b = 0; b < p.choiceCount(); ++b) {
        const QPushButton* button = p.choiceButton(b);
        if (button->width() < button->sizeHint().width() || button->height() < button->sizeHint().height()) {
            return button->text();
        }
    }
    for (const QLabel* label : p.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty()) continue;
        const int wants = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (label->height() < wants) return label->text();
    }
    return {};
}

// How the window's smallest size exceeds `screen` ("": it does not).
QString largerThan(const MainWindow& w, QSize screen) {
    const QSize least = w.minimumSizeHint();
    if (least.width() <= screen.width() && least.height() <= screen.height()) return {};
    return QStringLiteral("asks for %1x%2").arg(least.width()).arg(least.height());
}

QString stateCell(MainWindow& w, const QString& name) {
    for (int row = 0; row < w.threadTable().rowCount(); ++row) {
        if (w.threadTable().item(row, 1)->text() == name) return w.threadTable().item(row, 3)->text();
    }
    return {};
}

QString processStateCell(MainWindow& w, const QString& name) {
    for (int row = 0; row < w.processTable().rowCount(); ++row) {
        if (w.processTable().item(row, 1)->text() == name) return w.processTable().item(row, 2)->text();
    }
    return {};
}
}  // namespace

class TestPredictMode : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    // Every question of the run, answered with the kernel's pick.
    void rightAnswersScore_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QList<double>>("times");   // ms: the decisions with a choice
        QTest::addColumn<QStringList>("ready");     // the ready threads at each, in tid order
        QTest::addColumn<QStringList>("picks");     // the thread the kernel picks
        QTest::newRow("fcfs") << "silberschatz-fcfs.json" << QList<double>{0, 24}
                              << QStringList{"P1 P2 P3", "P2 P3"} << QStringList{"P1", "P2"};
        QTest::newRow("rr") << "silberschatz-rr.json" << QList<double>{0, 4, 7}
                            << QStringList{"P1 P2 P3", "P1 P2 P3", "P1 P3"} << QStringList{"P1", "P2", "P3"};
        QTest::newRow("sjf") << "silberschatz-sjf.json" << QList<double>{0, 3, 9}
                             << QStringList{"P1 P2 P3 P4", "P1 P2 P3", "P2 P3"} << QStringList{"P4", "P1", "P3"};
        // At 2 and 3 ms P3 and P4 arrive and pre-empt nobody: P2, running, keeps the CPU.
        QTest::newRow("srtf") << "silberschatz-srtf.json" << QList<double>{1, 2, 3, 5, 10}
                              << QStringList{"P1 P2", "P1 P2 P3", "P1 P2 P3 P4", "P1 P3 P4", "P1 P3"}
                              << QStringList{"P2", "P2", "P2", "P4", "P1"};
    }
    void rightAnswersScore() {
        QFETCH(QString, scenario);
        QFETCH(QList<double>, times);
        QFETCH(QStringList, ready);
        QFETCH(QStringList, picks);
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/" + scenario));
        PredictMode& mode = enterPredict(w);
        QVERIFY(mode.active());
        QCOMPARE(static_cast<int>(mode.questions().size()), times.size());
        for (int i = 0; i < times.size(); ++i) {
            const PredictQuestion* q = mode.asking();
            QVERIFY(q);
            QCOMPARE(q->at, ms(times[i]));
            QCOMPARE(choiceNames(w, *q).join(' '), ready[i]);
            QCOMPARE(mode.panel().choiceCount(), static_cast<int>(q->choices.size()));
            // Nothing past the decision: the chart ends there, the answer's panels are covered,
            // and the picked thread is not yet running in the thread table.
            QCOMPARE(w.controller().cursor(), ms(times[i]));
            QCOMPARE(w.gantt().cursor(), ms(times[i]));
            QVERIFY(mode.hidingAnswer());
            // (At an arrival that decides nothing the answer is the thread already running.)
            QVERIFY(q->keepsCpu || stateCell(w, picks[i]) != QStringLiteral("running"));
            // The pick, clicked as a student would.
            QPushButton* button = nullptr;
            for (int b = 0; b < mode.panel().choiceCount(); ++b) {
                if (mode.panel().choiceButton(b)->text().startsWith(picks[i] + '\n')) button = mode.panel().choiceButton(b);
            }
            QVERIFY(button);
            button->click();
            QCOMPARE(mode.panel().headlineText(),
                     (q->keepsCpu ? QStringLiteral("✔ Right: %1 keeps the CPU.") : QStringLiteral("✔ Right: %1 runs next."))
                         .arg(picks[i]));
            QCOMPARE(mode.score().right(), i + 1);
            QCOMPARE(mode.score().asked(), i + 1);
            QCOMPARE(mode.score().streak(), i + 1);
            QCOMPARE(mode.panel().scoreText(), QStringLiteral("%1 / %1 right streak %1 (best %1)").arg(i + 1));
            // The step is revealed: the pick is on the CPU (or switching to it).
            QVERIFY(!mode.hidingAnswer());
            QVERIFY(!mode.asking());
            QCOMPARE(w.controller().cursor(), ms(times[i]));
            mode.next();
        }
        QCOMPARE(mode.nextIndex(), mode.questions().size());
        QVERIFY(mode.panel().hintText().startsWith(QStringLiteral("That was the last question: %1 of %1 right.")
                                                       .arg(times.size())));
    }

    // A wrong answer: marked wrong, the streak broken, the right thread and its reason named
    // (the reason as `timeslice run --json` words it).
    void wrongAnswerIsExplained_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("question");
        QTest::addColumn<QString>("wrong");
        QTest::addColumn<QString>("pick");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fcfs") << "silberschatz-fcfs.json" << 1 << "P3" << "P2"
                              << "P2 has waited longest (ready since 0).";
        QTest::newRow("rr, after a quantum") << "silberschatz-rr.json" << 1 << "P1" << "P2"
                                             << "P2 is at the head of the ready queue; it gets a 4ms quantum.";
        QTest::newRow("sjf") << "silberschatz-sjf.json" << 0 << "P1" << "P4"
                             << "P4 has the shortest next CPU burst (3ms).";
        QTest::newRow("srtf, pre-emption") << "silberschatz-srtf.json" << 0 << "P1" << "P2"
                                           << "P2 pre-empts P1: 4ms left against 7ms.";
    }
    void wrongAnswerIsExplained() {
        QFETCH(QString, scenario);
        QFETCH(int, question);
        QFETCH(QString, wrong);
        QFETCH(QString, pick);
        QFETCH(QString, reason);
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/" + scenario));
        PredictMode& mode = enterPredict(w);
        for (int i = 0; i < question; ++i) mode.skip();
        const PredictQuestion* q = mode.asking();
        QVERIFY(q);
        QCOMPARE(nameOf(w, q->answerTid), pick);
        mode.answerThread(tidNamed(w, wrong));
        QCOMPARE(mode.score().right(), 0);
        QCOMPARE(mode.score().asked(), 1);
        QCOMPARE(mode.score().streak(), 0);
        QCOMPARE(mode.panel().headlineText(), QStringLiteral("✘ Not %1: %2 runs next.").arg(wrong, pick));
        const QString why = mode.panel().explanationText();
        QVERIFY2(why.contains(QStringLiteral("decides: ") + reason) && why.contains(pick), qPrintable(why));
        QVERIFY(!mode.hidingAnswer());
        // A second answer to the same question counts for nothing.
        mode.answerThread(q->answerTid);
        QCOMPARE(mode.score().asked(), 1);
    }

    // An arrival that pre-empts nobody is a question too: the newcomer is among the choices,
    // the running thread is the answer, and the explanation says why it keeps the CPU.
    void arrivalThatPreemptsNobody() {
        MainWindow w;
        PredictMode& mode = predictShown(w, QStringLiteral("silberschatz-srtf.json"), QSize(1600, 1000));
        mode.skip();  // 1 ms: P2 pre-empts P1
        const PredictQuestion* q = mode.asking();
        QVERIFY(q && q->keepsCpu);
        QCOMPARE(q->at, ms(2));
        const QString situation = mode.panel().situationText();  // "2 ms" with the unit's own space
        QVERIFY2(situation.startsWith(QStringLiteral("At 2")) && situation.endsWith(QStringLiteral("ms P3 arrives while P2 runs.")),
                 qPrintable(situation));
        QCOMPARE(choiceNames(w, *q).join(' '), QStringLiteral("P1 P2 P3"));
        QVERIFY(mode.panel().choiceButton(1)->text().endsWith(QStringLiteral("running")));
        mode.answerThread(tidNamed(w, QStringLiteral("P3")));
        QCOMPARE(mode.panel().headlineText(), QStringLiteral("✘ Not P3: P2 keeps the CPU."));
        QCOMPARE(mode.panel().explanationText(),
                 QStringLiteral("At t = 2 ms P3 arrives and joins the ready queue. P2 keeps the CPU: the policy takes it "
                                "away only for a more urgent newcomer, and P3 is not more urgent."));
        keepScreenshot(w, QStringLiteral("predict-keeps-cpu.png"));
    }

    // In Italian the explanation is Italian all through: why the CPU became free, the
    // scheduler's reason and the context switch (PredictExplanation, DecisionPhrases).
    void explainsInItalian() {
        const LanguageForTest italian(ts::ui::InterfaceLanguage::Choice::Italian);
        MainWindow w;
        PredictMode& mode = predictShown(w, QStringLiteral("silberschatz-rr.json"), QSize(1600, 1000));
        mode.skip();
        QVERIFY(mode.asking());
        mode.answerThread(tidNamed(w, QStringLiteral("P1")));
        QCOMPARE(mode.panel().headlineText(), QStringLiteral("✘ Non P1: va in esecuzione P2."));
        QCOMPARE(mode.panel().explanationText(),
                 QStringLiteral("Al tempo t = 4 ms il timer interrompe P1: il suo quanto è finito e torna nella coda "
                                "dei pronti. Lo scheduler allora decide: P2 è in testa alla coda dei pronti; riceve "
                                "un quanto di 4ms."));
        keepScreenshot(w, QStringLiteral("predict-it.png"));
    }

    void cannotMovePastAQuestion() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/silberschatz-rr.json"));
        PredictMode& mode = enterPredict(w);
        // The tables show the instant just before the question, both of them.
        QCOMPARE(stateCell(w, "P1"), QStringLiteral("new"));
        QCOMPARE(processStateCell(w, "P1"), QStringLiteral("not arrived"));
        mode.answerThread(0);  // P1 at 0 ms
        mode.next();
        QCOMPARE(w.controller().cursor(), ms(4));
        // Scrubbing, stepping or playing beyond the question brings the time back to it.
        w.controller().seek(ms(20), true);
        QCOMPARE(w.controller().cursor(), ms(4));
        QCOMPARE(w.gantt().cursor(), ms(4));
        w.controller().stepForward();
        QCOMPARE(w.controller().cursor(), ms(4));
        QVERIFY(mode.hidingAnswer());
        QCOMPARE(stateCell(w, "P1"), QStringLiteral("running"));  // just before 4 ms
        QCOMPARE(processStateCell(w, "P1"), QStringLiteral("Run"));
        // Looking back is free, and shows the past as it was.
        w.controller().seek(ms(2), true);
        QCOMPARE(w.controller().cursor(), ms(2));
        QVERIFY(!mode.hidingAnswer());
        QVERIFY(!mode.asking());
        mode.next();
        QCOMPARE(w.controller().cursor(), ms(4));
        QVERIFY(mode.asking());
    }

    void skipShowMeRestartAndLeave() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/silberschatz-rr.json"));
        PredictMode& mode = enterPredict(w);
        mode.skip();  // 0 ms, not counted
        QCOMPARE(w.controller().cursor(), ms(4));
        QCOMPARE(mode.score().asked(), 0);
        mode.showMe();  // 4 ms: P2, shown and not counted
        QCOMPARE(mode.panel().headlineText(), QStringLiteral("P2 runs next (shown, not scored)."));
        QCOMPARE(mode.score().asked(), 0);
        QVERIFY(!mode.hidingAnswer());
        QCOMPARE(stateCell(w, "P1"), QStringLiteral("ready"));
        mode.next();
        mode.answerThread(tidNamed(w, "P3"));  // 7 ms: right
        QCOMPARE(mode.score().right(), 1);
        mode.restart();
        QCOMPARE(mode.score().asked(), 0);
        QCOMPARE(mode.nextIndex(), std::size_t{0});
        QCOMPARE(w.controller().cursor(), ms(0));
        QVERIFY(mode.asking());
        // Leaving through the panel: the normal view at the same time, the mode's dock gone.
        QTest::mouseClick(mode.panel().findChild<QPushButton*>(), Qt::LeftButton);  // any button: no crash
        mode.setActive(false);
        QVERIFY(!mode.active());
        QVERIFY(!mode.hidingAnswer());
        QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("predict"))->isVisibleTo(&w));
        w.controller().seek(ms(20), true);
        QCOMPARE(w.controller().cursor(), ms(20));
    }

    // Keys 1, 2, 3 answer in the order of the buttons.
    void keysAnswer() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/silberschatz-sjf.json"));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        PredictMode& mode = enterPredict(w);
        // A button's shortcut clicks it after a short press animation.
        QTest::keyClick(w.windowHandle(), Qt::Key_4);  // P4, the shortest burst
        QTRY_COMPARE(mode.score().right(), 1);
        mode.next();
        QTest::keyClick(w.windowHandle(), Qt::Key_2);  // P2 at 3 ms: wrong, P1 is shorter
        QTRY_COMPARE(mode.score().asked(), 2);
        QCOMPARE(mode.score().right(), 1);
        QCOMPARE(mode.panel().headlineText(), QStringLiteral("✘ Not P2: P1 runs next."));
    }

    // A run where nobody ever waits for a CPU has nothing to predict: the panel says so.
    void nothingToPredict() {
        MainWindow w;
        QVERIFY(w.runText(R"({"unit": "ms", "machine": {"cpus": 1, "policy": "fcfs"},
                              "processes": [{"name": "A", "arrival": 0, "bursts": [{"cpu": 3}]},
                                            {"name": "B", "arrival": 5, "bursts": [{"cpu": 2}]}]})",
                          QStringLiteral("alone.json")));
        PredictMode& mode = enterPredict(w);
        QVERIFY(mode.active());
        QVERIFY(mode.questions().empty());
        QVERIFY(!mode.asking());
        QVERIFY(mode.panel().situationText().contains(QStringLiteral("never has a choice")));
        w.controller().seek(ms(6), true);
        QCOMPARE(w.controller().cursor(), ms(6));
    }

    // A program: the counter's final value is asked as a number, output lines as text.
    void programAsksOutputAndCounter() {
        MainWindow w;
        QVERIFY(w.openScenario(TIMESLICE_SOURCE_DIR "/scenarios/race-counter.py"));
        PredictMode& mode = enterPredict(w);
        const auto& qs = mode.questions();
        int counter = -1;
        int lines = 0;
        for (std::size_t i = 0; i < qs.size(); ++i) {
            if (qs[i].kind == PredictQuestion::Kind::FinalCounter) counter = static_cast<int>(i);
            lines += qs[i].kind == PredictQuestion::Kind::OutputLine ? 1 : 0;
        }
        QVERIFY(counter >= 0);
        // `timeslice run scenarios/race-counter.py` prints "counter:  160066" as line 2.
        QCOMPARE(qs[static_cast<std::size_t>(counter)].answerText, std::string("160066"));
        QCOMPARE(qs[static_cast<std::size_t>(counter)].line, 2);
        QCOMPARE(lines, 2);  // "expected: 200000" and "lost updates: 39934"
        while (mode.nextIndex() < static_cast<std::size_t>(counter)) mode.skip();
        QVERIFY(mode.asking());
        mode.answerText(QStringLiteral("200000"));
        QCOMPARE(mode.panel().headlineText(), QStringLiteral("✘ Not quite: it prints 160066."));
        QVERIFY(mode.panel().explanationText().contains(QStringLiteral("39934 of the 200000 increments are lost")));
        // The next one is "lost updates: 39934", typed with other spacing.
        QCOMPARE(qs[mode.nextIndex()].kind, PredictQuestion::Kind::OutputLine);
        mode.next();
        mode.answerText(QStringLiteral("lost updates:   39934 "));
        QCOMPARE(mode.score().right(), 1);
        QCOMPARE(mode.score().asked(), 2);
    }

    // On a projector-sized window: the question and the verdict fit, nothing is cut off, also
    // in presentation mode (F5), which keeps the answer hidden.
    void fitsAProjector() {
        MainWindow w;
        PredictMode& mode = predictOnAProjector(w, "silberschatz-rr.json");
        mode.answerThread(0);
        mode.next();  // 4 ms: P1's quantum is over
        QTRY_COMPARE(clipped(mode.panel()), QString());
        keepScreenshot(w, "predict-question.png");
        mode.answerThread(tidNamed(w, "P3"));
        QTRY_COMPARE(clipped(mode.panel()), QString());
        keepScreenshot(w, "predict-answer.png");
        mode.next();
        w.setPresentationMode(true);
        QVERIFY(mode.asking());
        QVERIFY(mode.hidingAnswer());
        // The window redraws every panel at the new size; the mode hides the pick again from a
        // call queued behind that redraw.
        QTRY_COMPARE(stateCell(w, "P3"), QStringLiteral("ready"));
        QTRY_COMPARE(clipped(mode.panel()), QString());
        QCOMPARE(largerThan(w, QSize(1920, 1080)), QString());
        keepScreenshot(w, "predict-presentation.png");
    }

    // Four ready processes (every choice on screen at once) in presentation mode, in both
    // languages: the window never asks for more than a 1920x1080 projector, and neither the
    // question nor the verdict is cut off.
    void fourChoicesFitAProjectorInPresentation_data() {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("shot");
        QTest::newRow("en") << int(ts::ui::InterfaceLanguage::Choice::English) << QStringLiteral("en");
        QTest::newRow("it") << int(ts::ui::InterfaceLanguage::Choice::Italian) << QStringLiteral("it");
    }
    void fourChoicesFitAProjectorInPresentation() {
        QFETCH(int, language);
        QFETCH(QString, shot);
        const LanguageForTest chosen(static_cast<ts::ui::InterfaceLanguage::Choice>(language));
        MainWindow w;
        PredictMode& mode = predictShown(w, QStringLiteral("silberschatz-sjf.json"), QSize(1920, 1080));
        w.setPresentationMode(true);
        QVERIFY(mode.asking());
        QCOMPARE(mode.panel().choiceCount(), 4);  // P1..P4 all arrive at 0 ms
        const QSize projector(1920, 1080);
        QCOMPARE(largerThan(w, projector), QString());
        QTRY_COMPARE(clipped(mode.panel()), QString());
        keepScreenshot(w, "predict-sjf-present-ask-" + shot + ".png");
        mode.answerThread(tidNamed(w, "P3"));  // wrong: SJF runs P4 (3 ms) first
        QCOMPARE(mode.score().right(), 0);
        QCOMPARE(largerThan(w, projector), QString());
        QTRY_COMPARE(clipped(mode.panel()), QString());
        keepScreenshot(w, "predict-sjf-present-wrong-" + shot + ".png");
        w.setPresentationMode(false);
    }

    void programFitsAProjector() {
        MainWindow w;
        PredictMode& mode = predictOnAProjector(w, "race-counter.py");
        QTRY_COMPARE(clipped(mode.panel()), QString());
        keepScreenshot(w, "predict-program-pick.png");
        while (mode.asking() && mode.asking()->kind != PredictQuestion::Kind::FinalCounter) mode.skip();
        QVERIFY(mode.asking());
        QTRY_COMPARE(clipped(mode.panel()), QString());
        keepScreenshot(w, "predict-program-counter.png");
        mode.answerText(QStringLiteral("200000"));
        QTRY_COMPARE(clipped(mode.panel()), QString());
        keepScreenshot(w, "predict-program-counter-answer.png");
        w.setPresentationMode(true);
        QTRY_COMPARE(clipped(mode.panel()), QString());
        QCOMPARE(largerThan(w, QSize(1920, 1080)), QString());
        keepScreenshot(w, "predict-program-presentation.png");
        w.setPresentationMode(false);
    }
};

QTEST_MAIN(TestPredictMode)
#include "test_PredictMode.moc"
