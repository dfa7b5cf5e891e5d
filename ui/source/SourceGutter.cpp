#include "source/SourceGutter.h"

#include <QMouseEvent>

#include "source/SourceView.h"

namespace ts::ui {

SourceGutter::SourceGutter(SourceView& view) : QWidget(&view), view_(view) {
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to set or clear a breakpoint"));
}

QSize SourceGutter::sizeHint() const { return QSize(view_.gutterWidth(), 0); }

void SourceGutter::paintEvent(QPaintEvent* event) { view_.paintGutter(event, *this); }

void SourceGutter::mousePressEvent(QMouseEvent* event) {
    const int line = view_.lineAtY(static_cast<int>(event->position().y()));
    if (line > 0) view_.toggleBreakpoint(line);
}

}  // namespace ts::ui
