// Every classroom mode of issue 6 is two mouse clicks from the main window on a projector-sized
// screen: one on "Classroom" in the menu bar, one on the mode. The clicks are real mouse events
// on the menu bar and on the menu it opens (not QAction::trigger), and each row checks that the
// mode is then on screen and working, not merely that an action exists.
#include <QtTest>

#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

#include "classroom/CompareWindow.h"
#include "classroom/ExperimentWindow.h"
#include "classroom/PredictMode.h"
#include "classroom/PredictQuestionPanel.h"
#include "present/LaserPointer.h"
#include "present/PresentMode.h"
#include "window/MainWindow.h"

using ts::ui::CompareWindow;
using ts::ui::ExperimentWindow;
using ts::ui::MainWindow;
using ts::ui::PredictMode;

namespace {

// A visible top-level widget of type T, wherever its window was parented.
template <typename T>
T* visibleWindow() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible()) return t;
    }
    return nullptr;
}

}  // namespace

class TestClassroomReach : public QObject {
    Q_OBJECT

private slots:
    void cleanup() {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (qobject_cast<CompareWindow*>(w) || qobject_cast<ExperimentWindow*>(w)) w->close();
        }
    }

    void twoClicksReachEachMode_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("item");
        QTest::newRow("compare") << "silberschatz-rr.json" << "&Compare policies...";
        QTest::newRow("predict") << "silberschatz-rr.json" << "P&redict what happens next";
        QTest::newRow("be the scheduler") << "race-counter-two-threads.py" << "&Be the scheduler";
        QTest::newRow("experiments") << "race-counter.py" << "&Experiments (sweep)...";
        QTest::newRow("present") << "race-counter.py" << "&Present (large type, full screen)";
        QTest::newRow("laser pointer") << "silberschatz-rr.json" << "&Laser pointer";
    }

    void twoClicksReachEachMode() {
        QFETCH(QString, scenario);
        QFETCH(QString, item);
        MainWindow w;
        QString error;
        QVERIFY2(w.openScenario(QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + scenario, &error),
                 qPrintable(error));
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Click 1: "Classroom" in the menu bar opens its menu.
        QAction* classroom = nullptr;
        for (QAction* a : w.menuBar()->actions()) {
            if (a->text() == QStringLiteral("&Classroom")) classroom = a;
        }
        QVERIFY2(classroom && classroom->menu(), "no Classroom menu in the menu bar");
        QMenu* menu = classroom->menu();
        QTest::mouseClick(w.menuBar(), Qt::LeftButton, {}, w.menuBar()->actionGeometry(classroom).center());
        QTRY_VERIFY(menu->isVisible());

        // Click 2: the mode's item, found by its text as the user reads it.
        QAction* mode = nullptr;
        QStringList items;
        for (QAction* a : menu->actions()) {
            if (a->isSeparator()) continue;
            items << a->text();
            if (a->text() == item) mode = a;
        }
        QVERIFY2(mode, qPrintable("no '" + item + "' in Classroom: " + items.join(", ")));
        QVERIFY(mode->isEnabled());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(mode).center());
        QTRY_VERIFY(!menu->isVisible());

        // The mode is on screen.
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == "compare") {
            QTRY_VERIFY(visibleWindow<CompareWindow>() != nullptr);
        } else if (row == "predict") {
            auto* predict = w.findChild<PredictMode*>();
            QVERIFY(predict);
            QTRY_VERIFY(predict->active());
            QVERIFY(predict->panel().isVisible());
        } else if (row == "be the scheduler") {
            auto* dock = w.findChild<QDockWidget*>(QStringLiteral("scheduler"));
            QVERIFY(dock);
            QTRY_VERIFY(dock->isVisible());
        } else if (row == "experiments") {
            QTRY_VERIFY(visibleWindow<ExperimentWindow>() != nullptr);
        } else if (row == "present") {
            QTRY_VERIFY(w.present().presenting());
            QVERIFY(w.present().fullScreen());
            w.present().leave();
        } else if (row == "laser pointer") {
            QTRY_VERIFY(w.present().laser().isActive());
        }
    }

    // The menu holds exactly the modes the issue names, so none is hidden deeper.
    void classroomMenuListsEveryMode() {
        MainWindow w;
        QStringList items;
        for (QAction* a : w.menuBar()->actions()) {
            if (a->text() != QStringLiteral("&Classroom")) continue;
            for (QAction* i : a->menu()->actions()) {
                if (!i->isSeparator()) items << i->text();
            }
        }
        QCOMPARE(items, QStringList({"&Compare policies...", "P&redict what happens next", "&Be the scheduler",
                                     "&Experiments (sweep)...", "&Present (large type, full screen)", "&Laser pointer"}));
    }
};

QTEST_MAIN(TestClassroomReach)
#include "test_ClassroomReach.moc"
