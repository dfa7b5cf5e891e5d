#include "editor/LineNumberGutter.h"

#include <QHelpEvent>
#include <QToolTip>

#include "editor/CodeEditor.h"

namespace ts::ui {

LineNumberGutter::LineNumberGutter(CodeEditor& editor) : QWidget(&editor), editor_(editor) {}

QSize LineNumberGutter::sizeHint() const {
    return QSize(editor_.gutterWidth(), 0);
}

void LineNumberGutter::paintEvent(QPaintEvent* event) {
    editor_.paintGutter(*this, event->rect());
}

bool LineNumberGutter::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = editor_.toolTipAtLine(editor_.lineAt(help->pos().y()));
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    return QWidget::event(event);
}

}  // namespace ts::ui
