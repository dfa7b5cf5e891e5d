#pragma once
// The text editor for scenarios: a QPlainTextEdit with a line-number gutter, the current line
// tinted, find matches marked, and the validator's error shown where it is - underlined with a
// red wave (an ExtraSelection whose cursor follows later edits), the line marked in the gutter,
// and the message written just after the line's end and in the tooltips of both.
#include <QList>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <optional>

#include "editor/Diagnostic.h"

namespace ts::ui {

class LineNumberGutter;

class CodeEditor : public QPlainTextEdit {
    Q_OBJECT
  public:
    explicit CodeEditor(QWidget* parent = nullptr);

    // Shows the validator's verdict; an ok() diagnostic clears the error.
    void setDiagnostic(const Diagnostic& diagnostic);
    const Diagnostic& diagnostic() const { return diagnostic_; }
    // The wavy underline, when the error has a place in the text.
    std::optional<QTextEdit::ExtraSelection> errorSelection() const;
    // The error's line (1-based) as the text stands now; 0 when there is none or it has no place.
    int errorLine() const;

    // The find bar's matches, all marked at once.
    void setSearchMatches(const QList<QTextCursor>& matches);
    const QList<QTextCursor>& searchMatches() const { return matches_; }

    // A cursor at a loader's place: line and column 1-based, the column counted in characters
    // (code points) as sim's loaders count it. Clamped to the text.
    QTextCursor cursorAt(int line, int column) const;
    // Puts the text cursor there and shows it.
    void goTo(int line, int column);

    // For the gutter.
    int gutterWidth() const;
    int lineAt(int y) const;  // the 1-based line at viewport height y, 0 below the text
    QString toolTipAtLine(int line) const;
    void paintGutter(QWidget& gutter, const QRect& area);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void refreshSelections();
    void placeGutter();
    void paintMessage(const QRect& area);
    QColor errorColour() const;

    LineNumberGutter* gutter_;
    Diagnostic diagnostic_;
    QTextCursor errorCursor_;  // null when there is no error or it has no place
    QList<QTextCursor> matches_;
};

}  // namespace ts::ui
