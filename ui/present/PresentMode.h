#pragma once
// Presenting to a class: F5 puts the window in presentation mode (large type, thick lines,
// high contrast) and full screen, with the tables along the bottom put away and the side docks
// narrowed so that the chart and its captions fill the screen; F5 again or Esc leaves and puts
// back the window's geometry and dock layout as they were. F11 is full screen on its own, kept
// apart from the type size; L toggles the laser pointer. The actions live here and the window's
// menus show them (Classroom, View).
#include <QByteArray>
#include <QObject>
#include <functional>

class QAction;
class QMainWindow;

namespace ts::ui {

class LaserPointer;

class PresentMode : public QObject {
    Q_OBJECT
public:
    // `setPresentation` switches the window's large type and thick lines on or off.
    PresentMode(QMainWindow& window, std::function<void(bool)> setPresentation);

    QAction* presentAction() const { return present_; }
    QAction* fullScreenAction() const { return fullScreen_; }
    QAction* laserAction() const { return laser_; }
    QAction* leaveAction() const { return leave_; }
    LaserPointer& laser() const { return *pointer_; }

    bool presenting() const { return presenting_; }
    bool fullScreen() const;
    void setPresenting(bool on);
    // Presenting goes full screen (the default, F5); off, it keeps the window's size: a
    // screenshot at a projector's size (`timeslice gui --presentation --screenshot`) shows
    // the layout F5 gives on such a screen.
    void setFullScreenWhenPresenting(bool on) { fullScreenWhenPresenting_ = on; }
    void setFullScreen(bool on);
    void setLaser(bool on);
    // Esc: out of presentation and full screen, back to the layout from before.
    void leave();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Presenting: the docks at the sides narrow so that the chart has half the screen.
    void arrangeDocks();
    void rememberLayout();
    void restoreLayout();
    void refreshActions();

    QMainWindow& window_;
    std::function<void(bool)> setPresentation_;
    LaserPointer* pointer_;
    QAction* present_;
    QAction* fullScreen_;
    QAction* laser_;
    QAction* leave_;
    bool presenting_ = false;
    bool fullScreenWhenPresenting_ = true;
    // The window before it went full screen; empty while it is not.
    QByteArray geometry_;
    QByteArray docks_;
};

}  // namespace ts::ui
