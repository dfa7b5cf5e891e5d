#include "source/SourceView.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>
#include <algorithm>
#include <map>

#include "source/SourceGutter.h"

namespace ts::ui {
namespace {
constexpr int kDotColumn = 18;  // the breakpoint dots' column, left of the numbers
}

SourceView::SourceView(QWidget* parent) : QPlainTextEdit(parent), gutter_(new SourceGutter(*this)) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceView::placeGutter);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateGutterArea);
    placeGutter();
}

void SourceView::placeGutter() {
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    gutter_->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void SourceView::changeEvent(QEvent* event) {
    QPlainTextEdit::changeEvent(event);
    // Presentation mode's larger font widens the numbers.
    if (event->type() == QEvent::FontChange) placeGutter();
}

void SourceView::setSource(const QString& text) {
    setPlainText(text);
    threads_.clear();
    setBreakpoints({});
    markLines();
}

int SourceView::gutterWidth() const {
    const int digits = static_cast<int>(QString::number(std::max(1, blockCount())).size());
    return kDotColumn + 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void SourceView::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    placeGutter();
}

void SourceView::updateGutterArea(const QRect& rect, int dy) {
    if (dy != 0) {
        gutter_->scroll(0, dy);
    } else {
        gutter_->update(0, rect.y(), gutter_->width(), rect.height());
    }
}

int SourceView::lineAtY(int y) const {
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > y) break;
        if (y < box.bottom()) return block.blockNumber() + 1;
    }
    return 0;
}

void SourceView::paintGutter(QPaintEvent* event, QWidget& gutter) {
    QPainter p(&gutter);
    p.fillRect(event->rect(), palette().color(QPalette::Window));
    p.setFont(font());
    const int height = fontMetrics().height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > event->rect().bottom()) break;
        const int line = block.blockNumber() + 1;
        const int top = static_cast<int>(box.top());
        if (breakpoints_.count(line) != 0) {
            const int d = std::max(8, height - 6);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(200, 30, 30));
            p.drawEllipse(QRect((kDotColumn - d) / 2 + 2, top + (height - d) / 2, d, d));
        }
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(kDotColumn, top, gutter.width() - kDotColumn - 4, height), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(line));
    }
}

void SourceView::setBreakpoints(std::set<int> lines) {
    if (lines == breakpoints_) return;
    breakpoints_ = std::move(lines);
    gutter_->update();
    emit breakpointsChanged(breakpoints_);
}

void SourceView::toggleBreakpoint(int line) {
    if (line <= 0 || line > blockCount()) return;
    std::set<int> lines = breakpoints_;
    if (!lines.erase(line)) lines.insert(line);
    setBreakpoints(std::move(lines));
}

void SourceView::keyPressEvent(QKeyEvent* event) {
    // F9 toggles a breakpoint on the caret's line, as in most debuggers.
    if (event->key() == Qt::Key_F9) {
        toggleBreakpoint(textCursor().blockNumber() + 1);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SourceView::showThreads(std::vector<ThreadLine> threads, int follow) {
    threads_ = std::move(threads);
    markLines();
    for (const ThreadLine& t : threads_) {
        if (t.tid != follow || t.line <= 0) continue;
        const QTextBlock block = document()->findBlockByNumber(t.line - 1);
        if (!block.isValid()) break;
        // Keep the followed line in view without moving the caret the user placed.
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() < 0 || box.bottom() > viewport()->height()) {
            QTextCursor c(block);
            const QTextCursor keep = textCursor();
            setTextCursor(c);
            centerCursor();
            setTextCursor(keep);
        }
    }
    viewport()->update();
}

void SourceView::markLines() {
    // One band per line: the colour of the thread on a CPU there if any, else of the first
    // thread there; a pale tint keeps the code readable under it.
    std::map<int, const ThreadLine*> band;
    for (const ThreadLine& t : threads_) {
        if (t.line <= 0) continue;
        auto& chosen = band[t.line];
        if (!chosen || (t.running && !chosen->running)) chosen = &t;
    }
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto& [line, t] : band) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid()) continue;
        QTextEdit::ExtraSelection s;
        QColor tint = t->colour;
        tint.setAlpha(t->running ? 110 : 55);
        s.format.setBackground(tint);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(block);
        selections.append(s);
    }
    setExtraSelections(selections);
}

void SourceView::paintEvent(QPaintEvent* event) {
    QPlainTextEdit::paintEvent(event);
    // The chips: thread names at the end of their line; a thread on a CPU gets a solid chip
    // and a bar at the left edge, one ready or blocked there an outlined chip.
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    QFont chipFont = font();
    chipFont.setBold(true);
    p.setFont(chipFont);
    const QFontMetrics fm(chipFont);
    std::map<int, int> nextX;  // per line, where the next chip goes
    for (const ThreadLine& t : threads_) {
        if (t.line <= 0) continue;
        const QTextBlock block = document()->findBlockByNumber(t.line - 1);
        if (!block.isValid() || !block.isVisible()) continue;
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.bottom() < 0 || box.top() > viewport()->height()) continue;
        const int textEnd = static_cast<int>(box.left()) + fm.horizontalAdvance(block.text()) + 24;
        int& x = nextX.try_emplace(t.line, std::max(textEnd, viewport()->width() / 2)).first->second;
        const QString label = t.running ? QStringLiteral("\u25B6 %1").arg(t.name) : t.name;
        const QRect chip(x, static_cast<int>(box.top()) + 1, fm.horizontalAdvance(label) + 12,
                         static_cast<int>(box.height()) - 2);
        p.setPen(QPen(t.colour.darker(130), 1.5));
        p.setBrush(t.running ? t.colour : QColor(255, 255, 255, 230));
        p.drawRoundedRect(chip, 4, 4);
        p.setPen(t.running ? (t.colour.lightness() > 150 ? Qt::black : Qt::white) : t.colour.darker(160));
        p.drawText(chip, Qt::AlignCenter, label);
        if (t.running) p.fillRect(QRect(0, static_cast<int>(box.top()), 4, static_cast<int>(box.height())), t.colour);
        x += chip.width() + 6;
    }
}

}  // namespace ts::ui
