#pragma once
// The strip left of the source: line numbers, and a red dot for each breakpoint; a click
// toggles the breakpoint on that line.
#include <QWidget>

namespace ts::ui {

class SourceView;

class SourceGutter : public QWidget {
    Q_OBJECT
public:
    explicit SourceGutter(SourceView& view);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    SourceView& view_;
};

}  // namespace ts::ui
