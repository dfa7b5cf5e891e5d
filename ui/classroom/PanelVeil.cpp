#include "classroom/PanelVeil.h"

#include <QEvent>
#include <QPainter>

namespace ts::ui {

PanelVeil::PanelVeil(QWidget* panel, const QString& message) : QWidget(panel), message_(message) {
    panel->installEventFilter(this);
    setGeometry(panel->rect());
    hide();
}

void PanelVeil::setCovering(bool on) {
    if (on) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    setVisible(on);
}

bool PanelVeil::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize) setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void PanelVeil::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    // Diagonal hatching: covered on purpose, not empty.
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    for (int x = -height(); x < width(); x += 14) p.drawLine(x, height(), x + height(), 0);
    QFont f = font();
    f.setItalic(true);
    p.setFont(f);
    const QRect box = rect().adjusted(12, 12, -12, -12);
    const QRect text = p.boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, message_).adjusted(-8, -6, 8, 6);
    p.fillRect(text, palette().color(QPalette::Window));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, message_);
}

}  // namespace ts::ui
