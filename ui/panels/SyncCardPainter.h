#pragma once
// Paints one synchronisation object as a card: its name and kind; its state (the owner's chip
// or "free", a semaphore's count as a big number with tokens, an event's lamp, a barrier's
// arrivals, a queue's slots); and its waiters as chips in the thread colours, head first.
// Given the card at the previous instant and the progress of a step (0..1), it draws the step
// in between: arrivals slide in, the rest of the queue moves up, leavers fade out - with an
// arrow to the lock's new owner when the lock was handed to them.
#include <QFont>
#include <QRect>
#include <vector>

#include "panels/SyncCard.h"

class QPainter;

namespace ts::ui {

class SyncCardPainter {
  public:
    explicit SyncCardPainter(bool presentation);

    int height(const SyncCard& card, int width) const;
    // `before` is null when the card is shown still.
    void paint(QPainter& p, const QRect& rect, const SyncCard& card, const SyncCard* before,
               double progress) const;
    int spacing() const { return gap_ * 2; }
    const QFont& textFont() const { return text_; }

  private:
    struct Rows {
        QRect title;
        QRect state;  // empty for looks without a state row
        QRect queue;  // where the waiter chips flow
    };
    Rows rowsOf(const SyncCard& card, const QRect& rect) const;
    bool hasStateRow(const SyncCard& card) const;
    // The column of labels ("owner", "waiting", ...) left of the chips.
    int labelWidth() const;
    int chipWidth(const SyncChip& chip, bool queueLook) const;
    // Each chip's place when `chips` flow into `area`, wrapping to new lines.
    std::vector<QRect> flow(const std::vector<SyncChip>& chips, const QRect& area,
                            bool queueLook) const;
    int queueHeight(const SyncCard& card, int width) const;

    void paintChip(QPainter& p, const QRect& r, const SyncChip& chip, bool queueLook,
                   double opacity) const;
    void paintState(QPainter& p, const QRect& r, const SyncCard& card, const SyncCard* before,
                    double progress) const;
    void paintTokens(QPainter& p, int x, int centreY, std::int64_t filled, std::int64_t total,
                     bool boxes) const;
    void paintQueue(QPainter& p, const QRect& area, const QRect& ownerChip, const SyncCard& card,
                    const SyncCard* before, double progress) const;
    QRect ownerChipRect(const SyncCard& card, const QRect& stateRow) const;

    bool presentation_;
    QFont title_;
    QFont text_;
    QFont big_;
    int pad_;
    int gap_;
    int chipHeight_;
    int maxChipWidth_;
    int line_;
};

}  // namespace ts::ui
