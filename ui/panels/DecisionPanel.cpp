#include "panels/DecisionPanel.h"

#include <QResizeEvent>

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
    } else {
        setText(tr("<b>At %1 on CPU %2:</b> %3")
                    .arg(UnitTime::format(d->time, recording.unit()))
                    .arg(d->cpu)
                    .arg(recording.sentence(*d).toHtmlEscaped()));
    }
    fitHeight();
}

void DecisionPanel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) fitHeight();
}

void DecisionPanel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) fitHeight();
}

void DecisionPanel::fitHeight() {
    // A label answers heightForWidth with no less than its minimum height: ask without it.
    const int before = minimumHeight();
    setMinimumHeight(0);
    const int needed = heightForWidth(width());
    setMinimumHeight(needed > 0 ? needed : before);
}

}  // namespace ts::ui
