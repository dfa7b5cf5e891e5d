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
};

}  // namespace ts::ui
