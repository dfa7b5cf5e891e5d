#pragma once
// "Why": the latest scheduling decision at the current time, in one sentence.
#include <QLabel>

#include "kernel/Time.h"

namespace ts::ui {

class RunRecording;

class DecisionPanel : public QLabel {
    Q_OBJECT
public:
    explicit DecisionPanel(QWidget* parent = nullptr);
    void showDecisionAt(const RunRecording& recording, ts::Time t);

    QSize minimumSizeHint() const override;  // the height of the whole sentence

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;  // a new font (presentation mode) refits
};

}  // namespace ts::ui
