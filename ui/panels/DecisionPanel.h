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

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;  // a new font (presentation mode) refits

private:
    // A dock does not ask a word-wrapped label how tall it must be at its width: without
    // this, large type on a projector cut the sentence after its first lines. Back in small
    // type the height it needed must not hold the dock open.
    void fitHeight();
};

}  // namespace ts::ui
