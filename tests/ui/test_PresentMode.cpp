// Present mode: F5 is presentation mode and full screen at once, F11 full screen alone, and
// leaving either (Esc, or the same key again) gives back the window's geometry and dock layout;
// the laser pointer is an overlay over the whole window that follows the mouse over the chart
// and the docks, hides the cursor, and lets every click through; captions and code grow to a
// projector's size, and a caption is never clipped at 1920x1080 or 1280x720.
//
// With TIMESLICE_SCREENSHOTS=DIR set, the test also leaves DIR/present-*.png to look at.
#include <QtTest>

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScreen>
#include <QSlider>
#include <QTemporaryDir>
#include <QWindow>

#include "classroom/ReadyChoicePanel.h"
#include "classroom/SchedulerMode.h"
#include "editor/CodeEditor.h"
#include "editor/EditorPanel.h"
#include "gantt/GanttView.h"
#include "i18n/InterfaceLanguage.h"
#include "model/RunRecording.h"
#include "panels/CaptionBanner.h"
#include "panels/DecisionPanel.h"
#include "panels/ProcessTablePanel.h"
#include "panels/ThreadTablePanel.h"
#include "present/LaserPointer.h"
#include "present/PresentMode.h"
#include "present/ProjectorSizes.h"
#include "source/SourcePanel.h"
#include "source/SourceView.h"
#include "window/MainWindow.h"
#include "window/RunToolBar.h"

using namespace ts;
using namespace ts::ui;

namespace {
const char* kDefault = TIMESLICE_SOURCE_DIR "/scenarios/default.json";
const char* kRace = TIMESLICE_SOURCE_DIR "/scenarios/race-counter.py";

// Each dock's place in the window: what "the dock layout came back" means on screen.
QMap<QString, QRect> dockPlaces(MainWindow& w) {
    QMap<QString, QRect> places;
    for (QDockWidget* dock : w.findChildren<QDockWidget*>()) {
        places.insert(dock->objectName(), dock->isVisible() ? dock->geometry() : QRect());
    }
    return places;
}

// The screen of that size, of the two this test's offscreen platform has (see main()).
QScreen* screenOfSize(QSize size) {
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen->geometry().size() == size) return screen;
    }
    return nullptr;
}

// Presents (F5) on the projector of that size: full screen there.
void presentOn(MainWindow& w, QSize size) {
    QScreen* projector = screenOfSize(size);
    QVERIFY(projector);
    w.move(projector->geometry().topLeft() + QPoint(50, 50));
    w.resize(1000, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.screen(), projector);
    w.present().setPresenting(true);
    QTRY_COMPARE(w.size(), size);  // the window system resizes it in its own time
    QCoreApplication::processEvents();
}

// Opens the scenario and presents it on the projector of that size.
void openAndPresent(MainWindow& w, const char* scenario, QSize size) {
    QVERIFY(w.openScenario(scenario));
    presentOn(w, size);
}

// The interface in a language (an InterfaceLanguage::Choice) for one test, English after it.
struct InterfaceIn {
    explicit InterfaceIn(int language) { InterfaceLanguage::apply(static_cast<InterfaceLanguage::Choice>(language)); }
    ~InterfaceIn() { InterfaceLanguage::apply(InterfaceLanguage::Choice::English); }
    InterfaceIn(const InterfaceIn&) = delete;
    InterfaceIn& operator=(const InterfaceIn&) = delete;
};

// Moves the mouse as the window system would: to a point of the window.
void moveMouse(MainWindow& w, QPoint inWindow) { QTest::mouseMove(w.windowHandle(), inWindow); }

// Every part of the banner lies inside it, and the caption's text has the height it needs.
void verifyBannerUnclipped(const CaptionBanner& banner) {
    const QRect inside = banner.rect();
    for (const QWidget* child : banner.findChildren<QWidget*>()) {
        if (!child->isVisible()) continue;
        QVERIFY2(inside.contains(child->geometry()), qPrintable(child->metaObject()->className()));
        QVERIFY2(child->width() >= child->minimumSizeHint().width(), qPrintable(child->metaObject()->className()));
    }
    for (const QLabel* label : banner.findChildren<QLabel*>()) {
        if (!label->wordWrap()) continue;
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("caption cut: %1 < %2 for \"%3\"")
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->text())));
    }
}
}  // namespace

class TestPresentMode : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    void leavingRestoresGeometryAndDocks_data() {
        QTest::addColumn<int>("enter");
        QTest::addColumn<int>("leave");
        QTest::addColumn<bool>("presenting");
        QTest::newRow("F5, then Esc") << int(Qt::Key_F5) << int(Qt::Key_Escape) << true;
        QTest::newRow("F5, then F5") << int(Qt::Key_F5) << int(Qt::Key_F5) << true;
        QTest::newRow("F11, then F11") << int(Qt::Key_F11) << int(Qt::Key_F11) << false;
        QTest::newRow("F11, then Esc") << int(Qt::Key_F11) << int(Qt::Key_Escape) << false;
    }
    void leavingRestoresGeometryAndDocks() {
        QFETCH(int, enter);
        QFETCH(int, leave);
        QFETCH(bool, presenting);
        MainWindow w;
        QVERIFY(w.openScenario(kDefault));
        w.resize(1280, 720);
        w.move(40, 30);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.gantt().setFocus();
        const QRect before = w.geometry();
        const QMap<QString, QRect> docksBefore = dockPlaces(w);
        QVERIFY(!w.present().leaveAction()->isEnabled());  // Esc belongs to others until then

        QTest::keyClick(&w.gantt(), Qt::Key(enter));
        QVERIFY(w.isFullScreen());
        QCOMPARE(w.present().presenting(), presenting);
        QCOMPARE(w.presentationMode(), presenting);
        QCOMPARE(w.gantt().ganttStyle().presentation(), presenting);
        QCOMPARE(w.present().presentAction()->isChecked(), presenting);
        QVERIFY(w.present().fullScreenAction()->isChecked());
        QVERIFY(w.present().leaveAction()->isEnabled());

        QTest::keyClick(&w.gantt(), Qt::Key(leave));
        QVERIFY(!w.isFullScreen());
        QVERIFY(!w.present().presenting());
        QVERIFY(!w.presentationMode());
        QVERIFY(!w.gantt().ganttStyle().presentation());
        QCOMPARE(w.geometry(), before);
        QCOMPARE(dockPlaces(w), docksBefore);
        QVERIFY(!w.present().leaveAction()->isEnabled());
        QVERIFY(!w.present().fullScreenAction()->isChecked());
    }

    void laserFollowsTheMouseOverChartAndDocks() {
        MainWindow w;
        QVERIFY(w.openScenario(kDefault));
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.gantt().setFocus();
        LaserPointer& laser = w.present().laser();
        QVERIFY(!laser.isVisible());

        QTest::keyClick(&w.gantt(), Qt::Key_L);
        QVERIFY(laser.isActive());
        QVERIFY(w.present().laserAction()->isChecked());
        QVERIFY(laser.isVisible());
        QCOMPARE(laser.geometry(), w.rect());
        QCOMPARE(w.children().last(), &laser);  // above every other child

        const QPoint onChart = w.gantt().mapTo(&w, w.gantt().rect().center());
        moveMouse(w, onChart);
        QCOMPARE(laser.dot(), std::optional<QPoint>(onChart));
        QVERIFY(laser.hidesCursor());
        QVERIFY(QApplication::overrideCursor());
        QCOMPARE(QApplication::overrideCursor()->shape(), Qt::BlankCursor);

        // A short stroke leaves a trail behind the dot, which fades: after its lifetime
        // only the dot is left.
        const QPoint stroke = onChart + QPoint(30, 12);
        moveMouse(w, stroke);
        QCOMPARE(laser.dot(), std::optional<QPoint>(stroke));
        QVERIFY(!laser.trail().empty());
        QCOMPARE(laser.trail().at(laser.trail().size() - 1), QPointF(onChart));
        QTRY_VERIFY_WITH_TIMEOUT(laser.trail().empty(), 2000);
        QCOMPARE(laser.dot(), std::optional<QPoint>(stroke));

        // Over a dock (the process table at the bottom) the dot follows; so far a move is a
        // jump, which draws no streak across the window.
        QDockWidget* processes = w.findChild<QDockWidget*>(QStringLiteral("processes"));
        QVERIFY(processes && processes->isVisible());
        const QPoint onDock = processes->mapTo(&w, processes->rect().center());
        moveMouse(w, onDock);
        QCOMPARE(laser.dot(), std::optional<QPoint>(onDock));
        QVERIFY(laser.trail().empty());

        // The overlay takes no mouse event: the chart under it is what a click reaches.
        QVERIFY(laser.testAttribute(Qt::WA_TransparentForMouseEvents));
        QVERIFY(w.childAt(onChart) != &laser);
        QSignalSpy clicked(&w.gantt(), &GanttView::timeClicked);
        QTest::mouseClick(w.windowHandle(), Qt::LeftButton, {}, onChart);
        QCOMPARE(clicked.count(), 1);

        QTest::keyClick(&w.gantt(), Qt::Key_L);
        QVERIFY(!laser.isActive());
        QVERIFY(!laser.isVisible());
        QVERIFY(!laser.hidesCursor());
        QCOMPARE(QApplication::overrideCursor(), nullptr);
        moveMouse(w, onChart);
        QCOMPARE(laser.dot(), std::nullopt);
    }

    void codeAndCaptionsGrowForAProjector() {
        MainWindow w;
        QVERIFY(w.openScenario(kRace));
        const int editorNormal = w.editor().editor().font().pointSize();
        w.present().setPresenting(true);
        QCOMPARE(w.editor().editor().font().pointSize(), ProjectorSizes::kCodePoints);
        QCOMPARE(w.source().view().font().pointSize(), ProjectorSizes::kCodePoints);
        // The line numbers widen with the font, and the code moves right to make room for them
        // (it stayed under them, its first letters hidden).
        const SourceView& source = w.source().view();
        QCOMPARE(source.viewport()->x() - source.contentsRect().left(), source.gutterWidth());
        QVERIFY(source.gutterWidth() > 3 * QFontMetrics(QFont(QStringLiteral("monospace"), 9)).horizontalAdvance(QLatin1Char('9')) + 26);
        for (const QLabel* label : w.captions().findChildren<QLabel*>()) {
            QVERIFY(label->font().pointSize() >= 28);
        }
        // The tables' headers grow with their rows (the thread table's stayed at 9 points).
        for (const QTableWidget* table : {static_cast<const QTableWidget*>(&w.threadTable()),
                                          static_cast<const QTableWidget*>(&w.processTable())}) {
            QCOMPARE(table->horizontalHeader()->font().pointSize(), table->font().pointSize());
            QVERIFY(table->font().pointSize() >= ProjectorSizes::kInterfacePoints);
        }
        // Tab stops follow the larger font: four spaces wide.
        const QFontMetrics code(w.editor().editor().font());
        QCOMPARE(qRound(w.editor().editor().tabStopDistance()), 4 * code.horizontalAdvance(QLatin1Char(' ')));
        w.present().setPresenting(false);
        QCOMPARE(w.editor().editor().font().pointSize(), editorNormal);
        QCOMPARE(source.viewport()->x() - source.contentsRect().left(), source.gutterWidth());
        QCOMPARE(w.threadTable().horizontalHeader()->font().pointSize(), w.threadTable().font().pointSize());
        for (const QLabel* label : w.captions().findChildren<QLabel*>()) {
            QVERIFY(label->font().pointSize() < 28);
        }
    }

    void captionsFitAtProjectorSizes_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1280x720") << QSize(1280, 720);
    }
    void captionsFitAtProjectorSizes() {
        QFETCH(QSize, size);
        MainWindow w;
        QVERIFY(w.openScenario(kRace));
        presentOn(w, size);
        w.controller().finishRecording();
        const CaptionTrack& track = w.controller().recording()->captionTrack();
        QVERIFY(track.resolved().size() >= 2);
        // Every caption of the scenario, each at its moment.
        for (const ResolvedCaption& caption : track.resolved()) {
            w.controller().seek(caption.time, /*blocking=*/true);
            QCoreApplication::processEvents();
            QVERIFY(w.captions().isVisible());
            QCOMPARE(w.captions().text(),
                     QString::fromStdString(track.captions()[static_cast<std::size_t>(caption.caption)].text));
            verifyBannerUnclipped(w.captions());
            // The chart keeps most of the height.
            QVERIFY2(w.gantt().height() > w.captions().height(), qPrintable(w.captions().text()));
        }
        const QString dir = qEnvironmentVariable("TIMESLICE_SCREENSHOTS");
        if (!dir.isEmpty()) {
            w.grab().save(QStringLiteral("%1/present-captions-%2x%3.png").arg(dir).arg(size.width()).arg(size.height()));
        }
    }

    // Large type and Italian's longer words: the run controls give up their labels (the icons
    // and tooltips stay) before the speed slider, the scrubber or the time go behind the »
    // overflow, on both projector sizes.
    void toolbarKeepsItsSlidersInPresentation_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("language");
        for (QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
            for (auto language : {InterfaceLanguage::Choice::English, InterfaceLanguage::Choice::Italian}) {
                QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(InterfaceLanguage::code(language)))
                    << size << int(language);
            }
        }
    }
    void toolbarKeepsItsSlidersInPresentation() {
        QFETCH(QSize, size);
        QFETCH(int, language);
        const InterfaceIn interface(language);
        MainWindow w;
        openAndPresent(w, kDefault, size);
        auto* bar = w.findChild<RunToolBar*>();
        QVERIFY(bar);
        const QList<QSlider*> sliders = bar->findChildren<QSlider*>();
        QCOMPARE(sliders.size(), 2);  // speed, scrubber
        for (QSlider* slider : sliders) {
            QTRY_VERIFY(slider->isVisible());
            QVERIFY(bar->rect().contains(slider->geometry()));
            QVERIFY(slider->width() >= slider->minimumWidth());
        }
        if (size.width() == 1280) QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly);  // no room for labels
        // Normal type on a wide window: the labels come back.
        w.present().setPresenting(false);
        QTRY_VERIFY(!w.isFullScreen());
        w.resize(1920, 1080);
        QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }

    // Be the scheduler in its column while presenting: the ready threads' buttons and the
    // Undo / Start over / Save row wrap to the column's width instead of running off its edge
    // (a horizontal scroll bar a class would not see), on both projectors, in both languages.
    void schedulerFitsItsColumnInPresentation_data() { toolbarKeepsItsSlidersInPresentation_data(); }
    void schedulerFitsItsColumnInPresentation() {
        QFETCH(QSize, size);
        QFETCH(int, language);
        const InterfaceIn interface(language);
        MainWindow w;
        openAndPresent(w, kRace, size);
        QAction* open = nullptr;
        for (QAction* menu : w.menuBar()->actions()) {
            if (!menu->menu()) continue;
            for (QAction* a : menu->menu()->actions()) {
                if (a->text() == QCoreApplication::translate("ts::ui::MainWindow", "&Be the scheduler")) open = a;
            }
        }
        QVERIFY(open);
        open->trigger();
        auto* mode = w.findChild<SchedulerMode*>();
        QVERIFY(mode);
        QTRY_VERIFY(mode->isVisible());
        QCoreApplication::processEvents();
        auto* scroll = qobject_cast<QScrollArea*>(mode->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        const QRect visible = scroll->viewport()->rect();
        const QList<QPushButton*> buttons = mode->findChildren<QPushButton*>();
        QVERIFY(buttons.size() >= 5);  // two threads ready at the first decision, and the three below
        for (QPushButton* b : buttons) {
            if (!b->isVisible()) continue;
            const QRect place(b->mapTo(scroll->viewport(), QPoint(0, 0)), b->size());
            QVERIFY2(place.left() >= visible.left() && place.right() <= visible.right(), qPrintable(b->text()));
            QVERIFY2(b->width() >= b->minimumSizeHint().width(), qPrintable(b->text()));
        }
        // The threads' buttons one below the other, each as tall as its (wrapped) text.
        const ReadyChoicePanel& panel = mode->choicePanel();
        for (int i = 0; i + 1 < static_cast<int>(panel.choices().size()); ++i) {
            // (The new heights reach the dock's layout through posted layout requests.)
            QTRY_VERIFY(panel.button(i)->geometry().bottom() < panel.button(i + 1)->geometry().top());
        }
        for (int i = 0; i < static_cast<int>(panel.choices().size()); ++i) {
            QVERIFY(panel.button(i)->height() >= panel.button(i)->sizeHint().height());
        }
        const QString dir = qEnvironmentVariable("TIMESLICE_SCREENSHOTS");
        if (!dir.isEmpty()) {
            w.grab().save(QStringLiteral("%1/present-scheduler-%2x%3-%4.png")
                              .arg(dir).arg(size.width()).arg(size.height())
                              .arg(InterfaceLanguage::code(static_cast<InterfaceLanguage::Choice>(language))));
        }
    }

    // "Why this thread?" in large type: every sentence of a run whole, on both projectors and
    // in both languages (the dock cut it after two lines at 1280x720).
    void whyPanelKeepsItsWholeSentence_data() { toolbarKeepsItsSlidersInPresentation_data(); }
    void whyPanelKeepsItsWholeSentence() {
        QFETCH(QSize, size);
        QFETCH(int, language);
        const InterfaceIn interface(language);
        MainWindow w;
        openAndPresent(w, kDefault, size);
        w.controller().finishRecording();
        const DecisionPanel& why = w.decision();
        for (const Time t : {Time{0}, 5 * kMillisecond, 19 * kMillisecond, 30 * kMillisecond, 46 * kMillisecond}) {
            w.controller().seek(t, /*blocking=*/true);
            QCoreApplication::processEvents();
            QVERIFY(why.isVisible());
            QVERIFY(why.text().contains(QStringLiteral("</b>")));  // a decision's sentence
            QTRY_VERIFY2(why.height() >= why.heightForWidth(why.width()),
                         qPrintable(QStringLiteral("%1 < %2 at %3 ns: %4")
                                        .arg(why.height())
                                        .arg(why.heightForWidth(why.width()))
                                        .arg(t)
                                        .arg(why.text())));
        }
    }

    // The layout of F5 in a window of the size it has (a screenshot's): the tables along the
    // bottom are put away, the window stays as it is.
    void presentingInAWindowKeepsItsSize() {
        MainWindow w;
        QVERIFY(w.openScenario(kDefault));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.present().setFullScreenWhenPresenting(false);
        w.present().setPresenting(true);
        QCoreApplication::processEvents();
        QVERIFY(w.presentationMode());
        QVERIFY(!w.isFullScreen());
        QCOMPARE(w.size(), QSize(1280, 720));
        int bottomShown = 0;
        for (QDockWidget* dock : w.findChildren<QDockWidget*>()) {
            if (w.dockWidgetArea(dock) == Qt::BottomDockWidgetArea && dock->isVisible()) ++bottomShown;
        }
        QCOMPARE(bottomShown, 0);
        // The chart has at least half the width.
        QVERIFY2(w.gantt().width() * 2 >= w.width() * 9 / 10, qPrintable(QString::number(w.gantt().width())));
        w.present().leave();
        QVERIFY(!w.presentationMode());
        QVERIFY(w.processTable().isVisible());
    }

    void laserOnTheChartAtFullHd() {
        MainWindow w;
        QVERIFY(w.openScenario(kRace));
        presentOn(w, QSize(1920, 1080));
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.controller().finishRecording();
        w.controller().seek(18'070'000, /*blocking=*/true);
        w.present().setLaser(true);
        // A short stroke across the chart, as a teacher points at a bar.
        const QRect chart(w.gantt().mapTo(&w, QPoint(0, 0)), w.gantt().size());
        const QPoint end = chart.center() + QPoint(chart.width() / 8, chart.height() / 10);
        for (int i = 6; i >= 0; --i) moveMouse(w, end - QPoint(22 * i, 9 * i));
        QCOMPARE(w.present().laser().dot(), std::optional<QPoint>(end));
        QVERIFY(w.present().laser().trail().size() >= 5);
        const QImage shot = w.grab().toImage();
        // The core of the dot is red on the image of the window.
        const QColor core = shot.pixelColor(end + QPoint(4, 0));  // beside its paler centre
        QVERIFY2(core.red() > 200 && core.green() < 90 && core.blue() < 90, qPrintable(core.name()));
        const QString dir = qEnvironmentVariable("TIMESLICE_SCREENSHOTS");
        if (!dir.isEmpty()) shot.save(dir + QStringLiteral("/present-laser-1920x1080.png"));
        w.present().setLaser(false);
    }
};

// Two projectors side by side, 1920x1080 and 1280x720: the offscreen platform reads its
// screens from a file, so present mode goes full screen on a real projector's size.
int main(int argc, char** argv) {
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) return 1;
    file.write(R"({"screens": [
        {"name": "FullHD", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
        {"name": "HD", "x": 1920, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + config).toLocal8Bit());
    QApplication app(argc, argv);
    TestPresentMode test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_PresentMode.moc"
