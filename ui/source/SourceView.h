#pragma once
// A program's source, read-only, with line numbers and breakpoints in a gutter, and each
// thread's current line marked in the thread's colour: a tinted band across the line (solid
// edge for a thread on a CPU) and a chip with the thread's name at the line's end, so a class
// sees at a glance that Thread-1 sits in `counter += 1` while Thread-2 waits in acquire().
#include <QPlainTextEdit>
#include <set>
#include <vector>

#include "source/ThreadLine.h"

namespace ts::ui {

class SourceGutter;

class SourceView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SourceView(QWidget* parent = nullptr);

    void setSource(const QString& text);
    // Marks where the threads are; `follow` (a tid or -1) scrolls its line into view.
    void showThreads(std::vector<ThreadLine> threads, int follow);
    const std::vector<ThreadLine>& threads() const { return threads_; }

    const std::set<int>& breakpoints() const { return breakpoints_; }
    void setBreakpoints(std::set<int> lines);
    void toggleBreakpoint(int line);
    int lineCount() const { return blockCount(); }

    // For the gutter.
    int gutterWidth() const;
    void paintGutter(QPaintEvent* event, QWidget& gutter);
    int lineAtY(int y) const;

signals:
    void breakpointsChanged(const std::set<int>& lines);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateGutterArea(const QRect& rect, int dy);
    // The code starts right of the line numbers, however wide the font makes them.
    void placeGutter();
    void markLines();

    SourceGutter* gutter_;
    std::vector<ThreadLine> threads_;
    std::set<int> breakpoints_;
};

}  // namespace ts::ui
