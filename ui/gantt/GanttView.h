#pragma once
// The Gantt chart widget: paints the recording up to the current time through GanttPainter, and
// lets the user zoom (wheel, +/-), pan (drag), fit (F) and click to move the time. When more
// threads exist than fit at a readable height, a scroll bar (or Shift+wheel, Page Up/Down)
// scrolls the thread lanes while the CPU lanes stay in view. It reads the recording only; it
// never runs the simulation.
#include <QWidget>

class QScrollBar;

#include "gantt/GanttStyle.h"
#include "gantt/TimeAxis.h"

namespace ts::ui {

class RunRecording;

class GanttView : public QWidget {
    Q_OBJECT
public:
    explicit GanttView(QWidget* parent = nullptr);

    void setRecording(const RunRecording* recording);
    void setCursor(Time t);
    Time cursor() const { return cursor_; }
    void setStyle(const GanttStyle& style);
    const GanttStyle& ganttStyle() const { return style_; }
    const TimeAxis& axis() const { return axis_; }
    // The first thread lane shown (0 unless the lanes are scrolled).
    int firstThreadLane() const { return firstThread_; }
    void scrollThreadLanes(int first);

    // Shows the whole run so far (or the whole run, once it is complete).
    void fit();
    void zoom(double factor);
    // Paints the chart, as shown, into any paint device (PNG, SVG, the screenshot).
    void render(QPainter& painter, const QRect& area) const;

    // What the chart shows at a point, in words ("editor: blocked (I/O) from 2 ms to 8 ms");
    // empty outside the lanes or in the future.
    QString describeAt(const QPoint& pos) const;

signals:
    void timeClicked(ts::Time t);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The span fit() shows: the run's end when known, else a little past the cursor.
    Time fitEnd() const;
    void keepCursorVisible();
    TimeAxis axisFor(const QRect& area) const;
    // The area the chart paints in: the widget less the scroll bar when it shows.
    QRect chartArea() const;
    void updateScrollBar();

    const RunRecording* recording_ = nullptr;
    GanttStyle style_;
    TimeAxis axis_;
    Time cursor_ = 0;
    bool userZoomed_ = false;
    QPoint pressAt_;
    QPoint lastDrag_;
    bool dragging_ = false;
    int firstThread_ = 0;
    QScrollBar* lanesBar_;
};

}  // namespace ts::ui
