#pragma once
// The painted column of synchronisation cards inside the panel's scroll area. It holds plain
// card values (and, during a step's animation, the cards as they were before the step), so it
// can repaint at any time without the recording.
#include <QWidget>
#include <vector>

#include "panels/SyncCard.h"

namespace ts::ui {

class SyncCardPainter;

class SyncCardsView : public QWidget {
    Q_OBJECT
  public:
    explicit SyncCardsView(QWidget* parent = nullptr);

    // `before`: empty, or one card per card of `cards` (the same object a step earlier).
    void setCards(std::vector<SyncCard> cards, std::vector<SyncCard> before);
    // Keeps the step being animated; only names or colours changed.
    void replaceCards(std::vector<SyncCard> cards);
    void setProgress(double progress);
    void endMotion();
    void setPresentation(bool on);

    const std::vector<SyncCard>& cards() const { return cards_; }
    bool moving() const { return !before_.empty(); }

    QSize sizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    int cardHeight(const SyncCardPainter& painter, std::size_t i, int width) const;
    int contentHeight(int width) const;
    void fitHeight();

    std::vector<SyncCard> cards_;
    std::vector<SyncCard> before_;
    double progress_ = 1.0;
    bool presentation_ = false;
};

}  // namespace ts::ui
