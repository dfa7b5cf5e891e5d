#include "panels/DecisionPanel.h"

#include <QResizeEvent>
#include <algorithm>

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
}

QSize DecisionPanel::minimumSizeHint() const {
    // A dock gives its widget the height its minimum asks for, not what the wrapped lines need
    // at the width it got: without this, large type on a projector cut the sentence after its
    // first lines.
    QSize least = QLabel::minimumSizeHint();
    least.setHeight(std::max(least.height(), heightForWidth(width())));
    return least;
}

void DecisionPanel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    // Another width wraps the sentence differently.
    if (event->size().width() != event->oldSize().width()) updateGeometry();
}

void DecisionPanel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) updateGeometry();
}

}  // namespace ts::ui
