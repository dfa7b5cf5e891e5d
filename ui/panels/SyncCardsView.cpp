#include "panels/SyncCardsView.h"

#include <QPainter>
#include <algorithm>

#include "panels/SyncCardPainter.h"

namespace ts::ui {

SyncCardsView::SyncCardsView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void SyncCardsView::setCards(std::vector<SyncCard> cards, std::vector<SyncCard> before) {
    cards_ = std::move(cards);
    before_ = before.size() == cards_.size() ? std::move(before) : std::vector<SyncCard>();
    progress_ = before_.empty() ? 1.0 : 0.0;
    fitHeight();
    update();
}

void SyncCardsView::replaceCards(std::vector<SyncCard> cards) {
    if (cards.size() != cards_.size()) before_.clear();
    cards_ = std::move(cards);
    fitHeight();
    update();
}

void SyncCardsView::setProgress(double progress) {
    progress_ = progress;
    update();
}

void SyncCardsView::endMotion() {
    if (before_.empty()) return;
    before_.clear();
    progress_ = 1.0;
    fitHeight();
    update();
}

void SyncCardsView::setPresentation(bool on) {
    presentation_ = on;
    fitHeight();
    update();
}

int SyncCardsView::cardHeight(const SyncCardPainter& painter, std::size_t i, int width) const {
    const int now = painter.height(cards_[i], width);
    // While a step plays, a card keeps room for the queue it had (a longer one wraps further).
    return before_.empty() ? now : std::max(now, painter.height(before_[i], width));
}

int SyncCardsView::contentHeight(int width) const {
    const SyncCardPainter painter(presentation_);
    const int margin = painter.spacing();
    int height = margin;
    for (std::size_t i = 0; i < cards_.size(); ++i)
        height += cardHeight(painter, i, width - 2 * margin) + margin;
    return height;
}

void SyncCardsView::fitHeight() {
    const int wanted = contentHeight(width());
    if (minimumHeight() != wanted) setMinimumHeight(wanted);
    updateGeometry();
}

QSize SyncCardsView::sizeHint() const {
    const int w = presentation_ ? 460 : 320;
    return {w, contentHeight(w)};
}

void SyncCardsView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitHeight();
}

void SyncCardsView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const SyncCardPainter painter(presentation_);
    const int margin = painter.spacing();
    if (cards_.empty()) {
        p.setFont(painter.textFont());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(
            rect().adjusted(margin, margin, -margin, -margin),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            tr("No locks, semaphores, events, conditions, barriers or queues exist at this time."));
        return;
    }
    int y = margin;
    const int width = this->width() - 2 * margin;
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        const int h = cardHeight(painter, i, width);
        const QRect r(margin, y, width, h);
        if (r.intersects(rect()))
            painter.paint(p, r, cards_[i], before_.empty() ? nullptr : &before_[i], progress_);
        y += h + margin;
    }
}

}  // namespace ts::ui
