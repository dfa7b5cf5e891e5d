#pragma once
// The scenario's captions above the chart: the latest caption reached, with its moment, in type
// large enough for the back row (larger still in presentation mode); buttons to go to the
// previous and next caption; and whether playing pauses at captions marked `pause`. Hidden for
// a scenario without captions. In presentation mode the caption takes a row of its own.
#include <QFrame>

#include "kernel/Time.h"

class QCheckBox;
class QGridLayout;
class QLabel;
class QToolButton;

namespace ts::ui {

class RunRecording;

class CaptionBanner : public QFrame {
    Q_OBJECT
public:
    explicit CaptionBanner(QWidget* parent = nullptr);

    void showAt(const RunRecording& recording, Time t);
    void setPresentationMode(bool on);
    // What the banner says now (empty before the first caption).
    QString text() const;

signals:
    void timeChosen(ts::Time t);
    void pauseAtCaptionsChanged(bool on);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitHeight();

    QLabel* moment_;
    QLabel* text_;
    QToolButton* previous_;
    QToolButton* next_;
    QCheckBox* pause_;
    QGridLayout* layout_;
    bool presentation_ = false;
    Time previousTime_ = -1;
    Time nextTime_ = -1;
};

}  // namespace ts::ui
