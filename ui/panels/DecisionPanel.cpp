#include "panels/DecisionPanel.h"

#include "model/RunRecording.h"
#include "model/UnitTime.h"
#include "scenario/Duration.h"

namespace ts::ui {

DecisionPanel::DecisionPanel(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
}

void DecisionPanel::showDecisionAt(const RunRecording& recording, Time t) {
    const Decision* d = recording.decisionAt(t);
    if (!d) {
        setText(tr("No scheduling decision yet."));
        return;
    }
    setText(tr("<b>At %1 on CPU %2:</b> %3")
                .arg(UnitTime::format(d->time, recording.unit()))
                .arg(d->cpu)
                .arg(recording.sentence(*d).toHtmlEscaped()));
}

}  // namespace ts::ui
