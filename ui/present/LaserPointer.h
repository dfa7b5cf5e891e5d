#pragma once
// A laser pointer for a projected window: a bright red dot with a soft glow and a short fading
// trail where the mouse is, over everything in the window - chart, docks, toolbar. It is a
// transparent child laid over the whole window and raised above its siblings; it never takes a
// mouse event (Qt::WA_TransparentForMouseEvents), so clicks, drags and tooltips reach the
// widgets under it. It learns where the mouse is from an application event filter, installed
// only while the pointer is on. While the dot is over the window the system cursor is hidden;
// over a menu, a dialog or another window it comes back and the dot goes.
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <optional>

#include "present/LaserTrail.h"

namespace ts::ui {

class LaserPointer : public QWidget {
    Q_OBJECT
public:
    // Lays itself over `window` (a top-level widget), hidden until setActive(true).
    explicit LaserPointer(QWidget& window);
    ~LaserPointer() override;

    void setActive(bool on);
    bool isActive() const { return active_; }
    // Where the dot is, in the window's coordinates; nullopt while the mouse is elsewhere.
    std::optional<QPoint> dot() const { return dot_; }
    const LaserTrail& trail() const { return trail_; }
    bool hidesCursor() const { return cursorHidden_; }

    static constexpr int kGlowRadius = 22;  // px: seen from the back row, small enough to aim
    static constexpr int kCoreRadius = 7;
    static constexpr int kLongestStep = 240;  // px between two moves; longer is a jump

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void moveTo(QPoint windowPosition);
    void leave();
    void fade();
    void setCursorHidden(bool hidden);
    void repaintAround();
    // The window's part the dot and trail cover now, glow included.
    QRect coveredRect() const;
    std::int64_t now() const { return clock_.elapsed(); }

    QWidget& window_;
    bool active_ = false;
    std::optional<QPoint> dot_;
    LaserTrail trail_;
    QTimer fadeTimer_;
    QElapsedTimer clock_;
    QRect painted_;
    bool cursorHidden_ = false;
};

}  // namespace ts::ui
