#pragma once
// Find in the editor (Ctrl+F): a field that searches as you type, next and previous (Enter,
// Shift+Enter, F3, Shift+F3), wrapping round the ends of the text, optional case matching,
// every match marked at once and "3 of 7" to say where you are. Escape closes it.
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ts::ui {

class CodeEditor;

class FindBar : public QWidget {
    Q_OBJECT
  public:
    // More matches than this are counted but not all marked: the marks would cost more than
    // they tell.
    static constexpr int kMaxMarked = 2000;

    explicit FindBar(CodeEditor& editor, QWidget* parent = nullptr);

    // Shows the bar with the editor's selection (if on one line) as the pattern, field focused.
    void open();
    // Hides the bar, removes the marks and gives the focus back to the editor.
    void dismiss();

    void setPattern(const QString& pattern);
    QString pattern() const;
    void setCaseSensitive(bool on);

    // Selects the next (previous) match in the editor; false when there is none anywhere.
    bool findNext();
    bool findPrevious();
    // The last search went round the end (or start) of the text to find its match.
    bool wrapped() const { return wrapped_; }
    int matchCount() const { return count_; }
    QString status() const;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    bool find(bool backward, bool fromSelectionStart);
    void markAll();
    void showStatus();

    CodeEditor& editor_;
    QLineEdit* field_;
    QCheckBox* matchCase_;
    QLabel* status_;
    bool wrapped_ = false;
    bool found_ = true;
    int count_ = 0;
};

}  // namespace ts::ui
