#include "editor/CodeEditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include "editor/LineNumberGutter.h"

namespace ts::ui {
namespace {

constexpr int kGutterPadding = 8;
constexpr int kMessageGap = 24;       // between a line's text and the error written after it
constexpr int kMinMessageWidth = 60;  // narrower than this, the message strip alone shows it

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The UTF-16 index of the `codePoints`-th character of `text` (clamped to its length).
int utf16Offset(const QString& text, int codePoints) {
    int i = 0;
    for (int n = 0; n < codePoints && i < text.size(); ++n) {
        i += text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    }
    return i;
}

// Where the token starting at `from` ends: a word, a number, a quoted string (to its closing
// quote on this line), or else the one character.
int tokenEnd(const QString& text, int from) {
    const QChar c = text[from];
    int end = from + 1;
    if (isWordChar(c)) {
        while (end < text.size() &&
               (isWordChar(text[end]) || (c.isDigit() && text[end] == QLatin1Char('.'))))
            ++end;
    } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        while (end < text.size() && text[end] != c) end += text[end] == QLatin1Char('\\') ? 2 : 1;
        end = std::min<int>(end + 1, text.size());
    } else if (c.isHighSurrogate() && end < text.size()) {
        ++end;
    }
    return end;
}

}  // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent), gutter_(new LineNumberGutter(*this)) {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::placeGutter);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy != 0) {
            gutter_->scroll(0, dy);
        } else {
            gutter_->update(0, rect.y(), gutter_->width(), rect.height());
        }
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        refreshSelections();
        gutter_->update();  // the current line's number is bold
    });
    placeGutter();
    refreshSelections();
}

void CodeEditor::setDiagnostic(const Diagnostic& diagnostic) {
    diagnostic_ = diagnostic;
    errorCursor_ = QTextCursor();
    if (diagnostic.placed()) {
        QTextCursor c = cursorAt(diagnostic.line, diagnostic.column);
        const QTextBlock block = c.block();
        const QString text = block.text();
        const int at = c.positionInBlock();
        if (at < text.size()) {
            c.setPosition(block.position() + tokenEnd(text, at), QTextCursor::KeepAnchor);
        } else if (at > 0) {
            // Past the line's last character (an unclosed bracket at the end): underline that
            // last character, as there is nothing after it to underline.
            c.setPosition(block.position() + at - 1);
            c.setPosition(block.position() + at, QTextCursor::KeepAnchor);
        }
        errorCursor_ = c;
    }
    refreshSelections();
    gutter_->update();
    viewport()->update();
}

std::optional<QTextEdit::ExtraSelection> CodeEditor::errorSelection() const {
    for (const QTextEdit::ExtraSelection& s : extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline) return s;
    }
    return std::nullopt;
}

int CodeEditor::errorLine() const {
    return errorCursor_.isNull() ? 0 : errorCursor_.block().blockNumber() + 1;
}

void CodeEditor::setSearchMatches(const QList<QTextCursor>& matches) {
    matches_ = matches;
    refreshSelections();
}

QTextCursor CodeEditor::cursorAt(int line, int column) const {
    QTextBlock block = document()->findBlockByNumber(std::max(line, 1) - 1);
    if (!block.isValid()) block = document()->lastBlock();
    QTextCursor c(block);
    c.setPosition(block.position() + utf16Offset(block.text(), std::max(column, 1) - 1));
    return c;
}

void CodeEditor::goTo(int line, int column) {
    setTextCursor(cursorAt(line, column));
    centerCursor();
    setFocus();
}

int CodeEditor::gutterWidth() const {
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10) ++digits;
    digits = std::max(digits, 3);  // the width does not jump at line 10 and line 100
    return 2 * kGutterPadding + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

int CodeEditor::lineAt(int y) const {
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (block.isVisible() && y >= top && y < bottom) return block.blockNumber() + 1;
        if (top > y) break;
        top = bottom;
        block = block.next();
    }
    return 0;
}

QString CodeEditor::toolTipAtLine(int line) const {
    if (line <= 0 || line != errorLine()) return {};
    return tr("Line %1, column %2: %3")
        .arg(diagnostic_.line)
        .arg(diagnostic_.column)
        .arg(diagnostic_.message);
}

void CodeEditor::paintGutter(QWidget& gutter, const QRect& area) {
    QPainter painter(&gutter);
    painter.fillRect(area, palette().color(QPalette::Window));
    const int current = textCursor().blockNumber() + 1;
    const int error = errorLine();
    const int rowHeight = fontMetrics().height();
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= area.bottom()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && bottom >= area.top()) {
            const QRectF row(0, top, gutter.width(), rowHeight);
            if (line == error) {
                QColor tint = errorColour();
                tint.setAlpha(60);
                painter.fillRect(row, tint);
                painter.fillRect(QRectF(0, top, 3, rowHeight), errorColour());
            }
            QFont font = this->font();
            font.setBold(line == current);
            painter.setFont(font);
            painter.setPen(line == error
                               ? errorColour()
                               : palette().color(line == current ? QPalette::WindowText
                                                                 : QPalette::PlaceholderText));
            painter.drawText(row.adjusted(0, 0, -kGutterPadding, 0),
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        }
        top = bottom;
        block = block.next();
    }
}

void CodeEditor::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    placeGutter();
}

void CodeEditor::paintEvent(QPaintEvent* event) {
    QPlainTextEdit::paintEvent(event);
    paintMessage(event->rect());
}

void CodeEditor::changeEvent(QEvent* event) {
    QPlainTextEdit::changeEvent(event);
    // A larger font (presentation mode) widens the tab stops and the line numbers with it.
    if (event->type() == QEvent::FontChange) {
        setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
        placeGutter();
    }
}

bool CodeEditor::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAtLine(lineAt(help->pos().y()));
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, viewport());
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeEditor::refreshSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;

    QTextEdit::ExtraSelection line;
    line.format.setBackground(dark ? base.lighter(140) : QColor(0xFF, 0xFB, 0xDD));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.push_back(line);

    for (const QTextCursor& match : matches_) {
        QTextEdit::ExtraSelection s;
        s.format.setBackground(dark ? QColor(0x6B, 0x5B, 0x00) : QColor(0xFF, 0xE0, 0x6B));
        s.cursor = match;
        selections.push_back(s);
    }

    if (!errorCursor_.isNull()) {
        QTextEdit::ExtraSelection error;
        error.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        error.format.setUnderlineColor(errorColour());
        error.format.setToolTip(diagnostic_.message);
        error.cursor = errorCursor_;
        selections.push_back(error);
    }
    setExtraSelections(selections);
}

void CodeEditor::placeGutter() {
    const int width = gutterWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect cr = contentsRect();
    gutter_->setGeometry(QRect(cr.left(), cr.top(), width, cr.height()));
}

// The message just after the end of the error's line, like a note in the margin of a copy.
void CodeEditor::paintMessage(const QRect& area) {
    if (errorCursor_.isNull() || !errorCursor_.block().isVisible()) return;
    QTextCursor end(errorCursor_.block());
    end.movePosition(QTextCursor::EndOfBlock);
    const QRect lineEnd = cursorRect(end);
    if (!lineEnd.intersects(QRect(area.left(), area.top(), viewport()->width(), area.height())))
        return;
    const int x = lineEnd.right() + kMessageGap;
    const int width = viewport()->width() - x - kGutterPadding;
    if (width < kMinMessageWidth) return;
    QFont font = this->font();
    font.setItalic(true);
    const QFontMetrics metrics(font);
    const QString text =
        metrics.elidedText(diagnostic_.message, Qt::ElideRight, width - 2 * kGutterPadding);
    const QRect box(x, lineEnd.top(), metrics.horizontalAdvance(text) + 2 * kGutterPadding,
                    lineEnd.height());
    QPainter painter(viewport());
    QColor tint = errorColour();
    tint.setAlpha(40);
    painter.fillRect(box, tint);
    painter.setFont(font);
    painter.setPen(errorColour());
    painter.drawText(box, Qt::AlignCenter, text);
}

QColor CodeEditor::errorColour() const {
    return palette().color(QPalette::Base).lightness() < 128 ? QColor(0xFF, 0x6B, 0x68)
                                                             : QColor(0xD0, 0x1B, 0x1B);
}

}  // namespace ts::ui
