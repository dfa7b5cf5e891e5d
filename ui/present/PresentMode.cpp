#include "present/PresentMode.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>

#include "present/LaserPointer.h"

namespace ts::ui {

PresentMode::PresentMode(QMainWindow& window, std::function<void(bool)> setPresentation)
    : QObject(&window),
      window_(window),
      setPresentation_(std::move(setPresentation)),
      pointer_(new LaserPointer(window)),
      present_(new QAction(tr("&Present (large type, full screen)"), this)),
      fullScreen_(new QAction(tr("F&ull screen"), this)),
      laser_(new QAction(tr("&Laser pointer"), this)),
      leave_(new QAction(tr("Leave presentation"), this)) {
    present_->setShortcut(QKeySequence(Qt::Key_F5));
    present_->setCheckable(true);
    present_->setToolTip(tr("Large type, thick lines and high contrast, full screen (F5; Esc leaves)"));
    fullScreen_->setShortcut(QKeySequence(Qt::Key_F11));
    fullScreen_->setCheckable(true);
    laser_->setShortcut(QKeySequence(Qt::Key_L));
    laser_->setCheckable(true);
    laser_->setToolTip(tr("A red dot with a short trail follows the mouse over the whole window (L)"));
    // Esc is the find bar's and the dialogs' too: it only means "leave" while there is
    // something to leave.
    leave_->setShortcut(QKeySequence(Qt::Key_Escape));
    leave_->setEnabled(false);
    for (QAction* a : {present_, fullScreen_, laser_, leave_}) window.addAction(a);
    connect(present_, &QAction::triggered, this, &PresentMode::setPresenting);
    connect(fullScreen_, &QAction::triggered, this, &PresentMode::setFullScreen);
    connect(laser_, &QAction::triggered, this, &PresentMode::setLaser);
    connect(leave_, &QAction::triggered, this, &PresentMode::leave);
    window.installEventFilter(this);
}

bool PresentMode::fullScreen() const { return window_.isFullScreen(); }

void PresentMode::setPresenting(bool on) {
    if (on != presenting_) {
        presenting_ = on;
        if (on) rememberLayout();
        setPresentation_(on);
        if (on) {
            // The tables along the bottom are read up close, not from the back row: the
            // chart takes their place (View brings any of them back; leaving restores all).
            for (QDockWidget* dock : window_.findChildren<QDockWidget*>()) {
                if (window_.dockWidgetArea(dock) == Qt::BottomDockWidgetArea && !dock->isFloating()) dock->hide();
            }
            if (fullScreenWhenPresenting_) window_.showFullScreen();
            arrangeDocks();
        } else {
            restoreLayout();
        }
    }
    refreshActions();
}

void PresentMode::setFullScreen(bool on) {
    if (on != fullScreen()) {
        if (on) {
            rememberLayout();
            window_.showFullScreen();
        } else {
            restoreLayout();
        }
    }
    refreshActions();
}

void PresentMode::setLaser(bool on) {
    pointer_->setActive(on);
    refreshActions();
}

void PresentMode::leave() {
    if (presenting_) {
        setPresenting(false);
    } else {
        setFullScreen(false);
    }
}

bool PresentMode::eventFilter(QObject* watched, QEvent* event) {
    // Full screen arrives as a resize, at once or later, as the window manager pleases.
    if (watched == &window_ && event->type() == QEvent::Resize && presenting_) arrangeDocks();
    return QObject::eventFilter(watched, event);
}

void PresentMode::arrangeDocks() {
    // The chart gets at least half the width: the docks at the sides share the rest.
    QList<QDockWidget*> left;
    QList<QDockWidget*> right;
    for (QDockWidget* dock : window_.findChildren<QDockWidget*>()) {
        if (!dock->isVisible() || dock->isFloating()) continue;
        if (window_.dockWidgetArea(dock) == Qt::LeftDockWidgetArea) left << dock;
        if (window_.dockWidgetArea(dock) == Qt::RightDockWidgetArea) right << dock;
    }
    const int width = window_.width();
    if (!left.isEmpty()) window_.resizeDocks(left, QList<int>(left.size(), width * 28 / 100), Qt::Horizontal);
    if (!right.isEmpty()) window_.resizeDocks(right, QList<int>(right.size(), width * 22 / 100), Qt::Horizontal);
}

void PresentMode::rememberLayout() {
    // Only the layout from before the first of F5 and F11: the second must not overwrite it
    // with the full-screen one.
    if (!geometry_.isEmpty()) return;
    geometry_ = window_.saveGeometry();
    docks_ = window_.saveState();
}

void PresentMode::restoreLayout() {
    if (window_.isFullScreen()) window_.showNormal();
    if (geometry_.isEmpty()) return;
    window_.restoreGeometry(geometry_);
    window_.restoreState(docks_);
    geometry_.clear();
    docks_.clear();
}

void PresentMode::refreshActions() {
    present_->setChecked(presenting_);
    fullScreen_->setChecked(fullScreen());
    laser_->setChecked(pointer_->isActive());
    leave_->setEnabled(presenting_ || fullScreen());
}

}  // namespace ts::ui
