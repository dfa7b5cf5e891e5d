#include "panels/SyncObjectsPanel.h"

#include <QEasingCurve>
#include <QVariantAnimation>

#include "model/RunRecording.h"
#include "model/SyncTimeline.h"
#include "panels/SyncCardsView.h"

namespace ts::ui {

SyncObjectsPanel::SyncObjectsPanel(QWidget* parent)
    : QScrollArea(parent), view_(new SyncCardsView), animation_(new QVariantAnimation(this)) {
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(view_);
    animation_->setDuration(kAnimationMs);
    animation_->setStartValue(0.0);
    animation_->setEndValue(1.0);
    animation_->setEasingCurve(QEasingCurve::OutCubic);
    connect(animation_, &QVariantAnimation::valueChanged, view_,
            [this](const QVariant& value) { view_->setProgress(value.toDouble()); });
    connect(animation_, &QVariantAnimation::finished, view_, &SyncCardsView::endMotion);
}

SyncObjectsPanel::~SyncObjectsPanel() = default;

bool SyncObjectsPanel::showsRun(const RunRecording& recording) const {
    if (!timeline_ || recording_ != &recording || &timeline_->trace() != &recording.trace())
        return false;
    // A recording only grows; a shorter record is another run at a reused address.
    return timeline_->operationsRead() <= recording.trace().syncOps().size();
}

void SyncObjectsPanel::showAt(const RunRecording& recording, Time t, const GanttStyle& style) {
    const bool sameRun = showsRun(recording);
    if (!sameRun) {
        animation_->stop();
        timeline_ = std::make_unique<SyncTimeline>(recording.trace());
        recording_ = &recording;
        shown_ = false;
    }
    timeline_->update();
    stylePresentation_ = style.presentation();
    view_->setPresentation(presentation_ || stylePresentation_);

    std::vector<SyncCard> cards;
    for (const SyncObjectState& state : timeline_->statesAt(t)) {
        if (SyncCard::shown(state, *timeline_))
            cards.push_back(SyncCard::make(state, *timeline_, recording, style));
    }
    const bool forward = shown_ && t >= shownAt_;
    if (forward && timeline_->countBetween(shownAt_, t, 1) == 0) {
        // No object changed (a repaint, a new palette, time passing between operations): an
        // animation under way goes on.
        view_->replaceCards(std::move(cards));
        shownAt_ = t;
        return;
    }
    const std::size_t operations =
        forward ? timeline_->countBetween(shownAt_, t, kMostAnimatedOperations + 1) : 0;
    // Steps that come faster than an animation lasts (playing) are shown as they end: chips
    // that restarted their fade every frame would never be seen whole.
    const bool busy = animation_->state() == QAbstractAnimation::Running;
    animation_->stop();
    if (busy || operations == 0 || operations > kMostAnimatedOperations) {
        view_->setCards(std::move(cards), {});
    } else {
        std::vector<SyncCard> before;
        before.reserve(cards.size());
        for (const SyncCard& card : cards) {
            before.push_back(SyncCard::make(timeline_->stateAt(card.object, shownAt_), *timeline_,
                                            recording, style));
        }
        view_->setCards(std::move(cards), std::move(before));
        animation_->start();
    }
    shownAt_ = t;
    shown_ = true;
}

void SyncObjectsPanel::setPresentationMode(bool on) {
    presentation_ = on;
    view_->setPresentation(presentation_ || stylePresentation_);
}

QStringList SyncObjectsPanel::describe() const {
    QStringList lines;
    for (const SyncCard& card : view_->cards()) lines << card.line();
    return lines;
}

void SyncObjectsPanel::finishAnimation() {
    animation_->stop();
    view_->endMotion();
}

bool SyncObjectsPanel::animating() const {
    return animation_->state() == QAbstractAnimation::Running && view_->moving();
}

}  // namespace ts::ui
