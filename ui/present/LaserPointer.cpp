#include "present/LaserPointer.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QRadialGradient>
#include <QWindow>

namespace ts::ui {

LaserPointer::LaserPointer(QWidget& window) : QWidget(&window), window_(window) {
    setObjectName(QStringLiteral("laserPointer"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    fadeTimer_.setInterval(16);  // a frame at 60 Hz, only while a trail is fading
    connect(&fadeTimer_, &QTimer::timeout, this, &LaserPointer::fade);
    clock_.start();
    hide();
}

LaserPointer::~LaserPointer() { setActive(false); }

void LaserPointer::setActive(bool on) {
    if (on == active_) return;
    active_ = on;
    if (on) {
        setGeometry(window_.rect());
        show();
        raise();
        qApp->installEventFilter(this);
        // Start where the mouse already is, when it is over the window.
        const QPoint here = window_.mapFromGlobal(QCursor::pos());
        if (window_.rect().contains(here) && window_.isActiveWindow()) moveTo(here);
    } else {
        qApp->removeEventFilter(this);
        leave();
        hide();
    }
}

bool LaserPointer::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (watched == &window_ && type == QEvent::Resize) {
        setGeometry(window_.rect());
    } else if (type == QEvent::MouseMove) {
        // The same move arrives at the window and then at the widget under the mouse; a move
        // over another window (a menu, a dialog) takes the dot away.
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const auto* widget = qobject_cast<QWidget*>(watched);
        const bool ours = watched == window_.windowHandle() || (widget && widget->window() == &window_);
        if (!ours || QApplication::activePopupWidget()) {
            leave();
        } else {
            moveTo(window_.mapFromGlobal(mouse->globalPosition().toPoint()));
        }
    } else if (type == QEvent::Leave && (watched == &window_ || watched == window_.windowHandle())) {
        leave();
    } else if (watched == &window_ && (type == QEvent::WindowDeactivate || type == QEvent::ChildAdded)) {
        if (type == QEvent::WindowDeactivate) leave();
        // A dock put back into the window is a new child, laid above this one.
        QMetaObject::invokeMethod(this, &QWidget::raise, Qt::QueuedConnection);
    }
    return false;  // the widgets under the pointer get every event as before
}

void LaserPointer::moveTo(QPoint windowPosition) {
    if (dot_ == windowPosition) return;
    // A jump (the mouse came back from another window) starts afresh: a laser does not
    // streak across the screen.
    if (dot_) {
        if ((*dot_ - windowPosition).manhattanLength() > kLongestStep) {
            trail_.clear();
        } else {
            trail_.add(*dot_, now());
        }
    }
    dot_ = windowPosition;
    setCursorHidden(true);
    if (!fadeTimer_.isActive()) fadeTimer_.start();
    repaintAround();
}

void LaserPointer::leave() {
    setCursorHidden(false);
    if (!dot_ && trail_.empty()) return;
    dot_.reset();
    trail_.clear();
    fadeTimer_.stop();
    repaintAround();
}

void LaserPointer::fade() {
    trail_.expire(now());
    if (trail_.empty()) fadeTimer_.stop();
    repaintAround();
}

void LaserPointer::setCursorHidden(bool hidden) {
    if (hidden == cursorHidden_) return;
    cursorHidden_ = hidden;
    // An override, because the widgets under the dot set cursors of their own (the editor's
    // I-beam, the chart's hand); it is taken back whenever the dot leaves the window.
    if (hidden) {
        QApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
    } else {
        QApplication::restoreOverrideCursor();
    }
}

QRect LaserPointer::coveredRect() const {
    QRectF area = trail_.bounds();
    if (dot_) area = area.isNull() ? QRectF(*dot_, *dot_) : area.united(QRectF(*dot_, *dot_));
    if (!dot_ && trail_.empty()) return {};
    const int margin = kGlowRadius + 2;
    return area.toAlignedRect().adjusted(-margin, -margin, margin, margin);
}

void LaserPointer::repaintAround() {
    // Only the pixels the pointer covered and covers now: the widgets under them repaint too.
    const QRect covered = coveredRect();
    update(painted_.united(covered));
    painted_ = covered;
}

void LaserPointer::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const std::int64_t t = now();
    // The trail: segments that thin and fade towards its oldest end.
    const int n = trail_.size();
    for (int i = 0; i < n; ++i) {
        const QPointF from = trail_.at(i);
        const QPointF to = i + 1 < n ? trail_.at(i + 1) : (dot_ ? QPointF(*dot_) : from);
        const double life = trail_.freshness(i, t);
        QColor red(255, 30, 30);
        red.setAlphaF(0.55 * life);
        p.setPen(QPen(red, 2.0 + 8.0 * life, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(from, to);
    }
    if (!dot_) return;
    const QPointF centre(*dot_);
    QRadialGradient glow(centre, kGlowRadius);
    glow.setColorAt(0.0, QColor(255, 40, 40, 200));
    glow.setColorAt(0.35, QColor(255, 40, 40, 110));
    glow.setColorAt(1.0, QColor(255, 40, 40, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(glow);
    p.drawEllipse(centre, kGlowRadius, kGlowRadius);
    p.setBrush(QColor(255, 0, 0));
    p.drawEllipse(centre, kCoreRadius, kCoreRadius);
    p.setBrush(QColor(255, 200, 200));  // a hot centre, as a real laser spot has
    p.drawEllipse(centre, 2.5, 2.5);
}

}  // namespace ts::ui
