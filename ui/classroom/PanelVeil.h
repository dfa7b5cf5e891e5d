#pragma once
// An opaque cover laid over a panel that would give an answer away (the "why" panel names the
// pick, the ready queue puts it first, the metrics tell the future), with a line saying why it
// is covered. It follows the panel's size and leaves the panel itself untouched, so lifting it
// shows the panel exactly as the main window keeps it.
#include <QString>
#include <QWidget>

namespace ts::ui {

class PanelVeil : public QWidget {
    Q_OBJECT
public:
    PanelVeil(QWidget* panel, const QString& message);
    void setCovering(bool on);
    bool covering() const { return !isHidden(); }
    QString message() const { return message_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString message_;
};

}  // namespace ts::ui
