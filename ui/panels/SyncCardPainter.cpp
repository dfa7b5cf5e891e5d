#include "panels/SyncCardPainter.h"
#include <QCoreApplication>

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace ts::ui {
namespace {

constexpr int kMostTokens = 16;

const QColor kInk(20, 20, 20);
const QColor kQuiet(105, 105, 105);
const QColor kLampOn(255, 190, 0);
const QColor kLampOff(95, 95, 95);
const QColor kBroken(200, 30, 30);

QFont sized(int pixels, bool bold) {
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QRect between(const QRect& a, const QRect& b, double t) {
    auto mix = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return {mix(a.x(), b.x()), mix(a.y(), b.y()), mix(a.width(), b.width()),
            mix(a.height(), b.height())};
}

QColor between(const QColor& a, const QColor& b, double t) {
    auto mix = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

int indexOf(const std::vector<SyncChip>& chips, int tid) {
    for (std::size_t i = 0; i < chips.size(); ++i) {
        if (chips[i].tid == tid) return static_cast<int>(i);
    }
    return -1;
}

QString chipText(const SyncChip& chip, bool queueLook) {
    if (!queueLook) return chip.name;
    if (chip.wants == SyncWaiter::Wants::Item) return chip.name + QStringLiteral(" (get)");
    if (chip.wants == SyncWaiter::Wants::Room) return chip.name + QStringLiteral(" (put)");
    return chip.name;
}

void arrow(QPainter& p, QPointF from, QPointF to, const QColor& colour, double width) {
    const QLineF line(from, to);
    if (line.length() < 1.0) return;
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(line);
    const double head = 4.0 + 2.5 * width;
    const double angle = std::atan2(from.y() - to.y(), from.x() - to.x());
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(to + QPointF(std::cos(angle + 0.45) * head, std::sin(angle + 0.45) * head));
    tip.lineTo(to + QPointF(std::cos(angle - 0.45) * head, std::sin(angle - 0.45) * head));
    tip.closeSubpath();
    p.fillPath(tip, colour);
}

QString stateLabel(const SyncCard& card) {
    switch (card.look) {
        case SyncCard::Look::Lock:
            return QCoreApplication::translate("SyncCardPainter", "owner");
        case SyncCard::Look::Semaphore:
            return QCoreApplication::translate("SyncCardPainter", "count");
        case SyncCard::Look::Event:
            return QCoreApplication::translate("SyncCardPainter", "flag");
        case SyncCard::Look::Barrier:
            return QCoreApplication::translate("SyncCardPainter", "arrived");
        case SyncCard::Look::Queue:
            return QCoreApplication::translate("SyncCardPainter", "items");
        case SyncCard::Look::Condition:
        case SyncCard::Look::Join:
            break;
    }
    return {};
}

}  // namespace

SyncCardPainter::SyncCardPainter(bool presentation)
    : presentation_(presentation),
      title_(sized(presentation ? 22 : 14, true)),
      text_(sized(presentation ? 18 : 12, presentation)),
      big_(sized(presentation ? 40 : 24, true)),
      pad_(presentation ? 12 : 8),
      gap_(presentation ? 8 : 5),
      chipHeight_(QFontMetrics(text_).height() + (presentation ? 12 : 6)),
      maxChipWidth_(presentation ? 260 : 170),
      line_(presentation ? 3 : 1) {}

int SyncCardPainter::labelWidth() const {
    const QFontMetrics text(text_);
    int widest = 0;
    // Measured in the interface's language: "proprietario" is wider than "owner".
    for (const char* label :
         {QT_TRANSLATE_NOOP("SyncCardPainter", "waiting"), QT_TRANSLATE_NOOP("SyncCardPainter", "owner"),
          QT_TRANSLATE_NOOP("SyncCardPainter", "flag"), QT_TRANSLATE_NOOP("SyncCardPainter", "count"),
          QT_TRANSLATE_NOOP("SyncCardPainter", "items"), QT_TRANSLATE_NOOP("SyncCardPainter", "arrived")}) {
        widest = std::max(widest, text.horizontalAdvance(QCoreApplication::translate("SyncCardPainter", label)));
    }
    return widest + 2 * gap_;
}

bool SyncCardPainter::hasStateRow(const SyncCard& card) const {
    return card.look != SyncCard::Look::Condition && card.look != SyncCard::Look::Join;
}

SyncCardPainter::Rows SyncCardPainter::rowsOf(const SyncCard& card, const QRect& rect) const {
    const QRect inner = rect.adjusted(pad_, pad_, -pad_, -pad_);
    const int label = labelWidth();
    Rows rows;
    int y = inner.top();
    rows.title = QRect(inner.left(), y, inner.width(), QFontMetrics(title_).height());
    y = rows.title.bottom() + 1 + gap_;
    if (hasStateRow(card)) {
        const bool big = card.look != SyncCard::Look::Lock && card.look != SyncCard::Look::Event;
        const int h = big ? std::max(chipHeight_, QFontMetrics(big_).height()) : chipHeight_;
        rows.state = QRect(inner.left(), y, inner.width(), h);
        y = rows.state.bottom() + 1 + gap_;
    }
    rows.queue =
        QRect(inner.left() + label, y, std::max(chipHeight_, inner.width() - label), chipHeight_);
    return rows;
}

int SyncCardPainter::chipWidth(const SyncChip& chip, bool queueLook) const {
    const int text = QFontMetrics(text_).horizontalAdvance(chipText(chip, queueLook));
    return std::clamp(text + chipHeight_, chipHeight_ * 2, maxChipWidth_);
}

std::vector<QRect> SyncCardPainter::flow(const std::vector<SyncChip>& chips, const QRect& area,
                                         bool queueLook) const {
    std::vector<QRect> places;
    int x = area.left();
    int y = area.top();
    for (const SyncChip& chip : chips) {
        const int w = std::min(chipWidth(chip, queueLook), area.width());
        if (x > area.left() && x + w > area.right() + 1) {
            x = area.left();
            y += chipHeight_ + gap_;
        }
        places.emplace_back(x, y, w, chipHeight_);
        x += w + gap_;
    }
    return places;
}

int SyncCardPainter::queueHeight(const SyncCard& card, int width) const {
    const Rows rows = rowsOf(card, QRect(0, 0, width, 1000));
    const std::vector<QRect> places =
        flow(card.waiters, rows.queue, card.look == SyncCard::Look::Queue);
    return places.empty() ? chipHeight_ : places.back().bottom() + 1 - rows.queue.top();
}

int SyncCardPainter::height(const SyncCard& card, int width) const {
    const Rows rows = rowsOf(card, QRect(0, 0, width, 1000));
    return rows.queue.top() + queueHeight(card, width) + pad_;
}

QRect SyncCardPainter::ownerChipRect(const SyncCard& card, const QRect& stateRow) const {
    const QFontMetrics text(text_);
    const int label = labelWidth();
    const int w = card.hasOwner ? chipWidth(card.owner, false)
                                : text.horizontalAdvance(QCoreApplication::translate("SyncCardPainter", "free")) + chipHeight_;
    return {stateRow.left() + label, stateRow.center().y() - chipHeight_ / 2, w, chipHeight_};
}

void SyncCardPainter::paintChip(QPainter& p, const QRect& r, const SyncChip& chip, bool queueLook,
                                double opacity) const {
    if (opacity <= 0.0) return;
    p.save();
    p.setOpacity(opacity);
    const double radius = r.height() / 2.5;
    p.setPen(QPen(chip.fill.darker(140), line_));
    p.setBrush(chip.fill);
    p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    p.setFont(text_);
    p.setPen(GanttStyle::textOn(chip.fill));
    const QRect inside = r.adjusted(chipHeight_ / 3, 0, -chipHeight_ / 3, 0);
    p.drawText(
        inside, Qt::AlignCenter,
        QFontMetrics(text_).elidedText(chipText(chip, queueLook), Qt::ElideRight, inside.width()));
    p.restore();
}

void SyncCardPainter::paintTokens(QPainter& p, int x, int centreY, std::int64_t filled,
                                  std::int64_t total, bool boxes) const {
    const int size = std::max(6, chipHeight_ * 11 / 20);
    const int step = size + size / 3;
    const auto shown = static_cast<int>(std::min<std::int64_t>(total, kMostTokens));
    p.save();
    for (int i = 0; i < shown; ++i) {
        const QRectF r(x + i * step, centreY - size / 2.0, size, size);
        const bool full = i < filled;
        p.setPen(QPen(kInk, line_));
        p.setBrush(full ? QColor(60, 130, 60) : Qt::transparent);
        if (boxes)
            p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        else
            p.drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    if (total > kMostTokens) {
        p.setFont(text_);
        p.setPen(kQuiet);
        p.drawText(QPoint(x + shown * step, centreY + QFontMetrics(text_).ascent() / 2),
                   QStringLiteral("..."));
    }
    p.restore();
}

void SyncCardPainter::paintState(QPainter& p, const QRect& r, const SyncCard& card,
                                 const SyncCard* before, double progress) const {
    const QFontMetrics text(text_);
    const int baseline = r.center().y() + text.ascent() / 2 - 1;
    const int left = r.left() + labelWidth();
    p.setFont(text_);
    p.setPen(kQuiet);
    p.drawText(QPoint(r.left(), baseline), stateLabel(card));
    switch (card.look) {
        case SyncCard::Look::Lock: {
            const QRect chip = ownerChipRect(card, r);
            const bool changed = before && (before->hasOwner != card.hasOwner ||
                                            before->owner.tid != card.owner.tid);
            const double in = changed ? progress : 1.0;
            if (changed && before->hasOwner) {
                const QRect old = ownerChipRect(*before, r);
                paintChip(p, old, before->owner, false, 1.0 - progress);
            }
            if (card.hasOwner) {
                paintChip(p, chip, card.owner, false, in);
                if (card.depth > 1) {
                    p.setPen(kInk);
                    p.drawText(QPoint(chip.right() + gap_, baseline),
                               QCoreApplication::translate("SyncCardPainter", "depth %1").arg(card.depth));
                }
            } else {
                p.save();
                p.setOpacity(in);
                p.setPen(QPen(kQuiet, line_, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2.5,
                                  chip.height() / 2.5);
                p.drawText(chip, Qt::AlignCenter, QCoreApplication::translate("SyncCardPainter", "free"));
                p.restore();
            }
            break;
        }
        case SyncCard::Look::Event: {
            const double was = before ? (before->flag ? 1.0 : 0.0) : (card.flag ? 1.0 : 0.0);
            const double lit = was + ((card.flag ? 1.0 : 0.0) - was) * progress;
            const int d = chipHeight_;
            const QRectF lamp(left, r.center().y() - d / 2.0, d, d);
            p.save();
            p.setPen(Qt::NoPen);
            if (lit > 0.0) {
                QColor halo = kLampOn;
                halo.setAlphaF(0.35 * lit);
                p.setBrush(halo);
                p.drawEllipse(lamp.adjusted(-d / 4.0, -d / 4.0, d / 4.0, d / 4.0));
            }
            p.setPen(QPen(kInk, line_));
            p.setBrush(between(kLampOff, kLampOn, lit));
            p.drawEllipse(lamp.adjusted(0.5, 0.5, -0.5, -0.5));
            p.restore();
            p.setPen(kInk);
            p.drawText(QPoint(static_cast<int>(lamp.right()) + d / 4 + 2 * gap_, baseline),
                       card.flag ? QCoreApplication::translate("SyncCardPainter", "set") : QCoreApplication::translate("SyncCardPainter", "clear"));
            break;
        }
        case SyncCard::Look::Semaphore:
        case SyncCard::Look::Barrier:
        case SyncCard::Look::Queue: {
            const bool barrier = card.look == SyncCard::Look::Barrier;
            const QString number = barrier
                                       ? QStringLiteral("%1/%2").arg(card.count).arg(card.capacity)
                                       : QString::number(card.count);
            p.setFont(big_);
            p.setPen(card.broken ? kBroken : kInk);
            const QFontMetrics big(big_);
            p.drawText(QPoint(left, r.center().y() + big.ascent() / 2 - big.descent() / 2), number);
            int x = left + big.horizontalAdvance(number) + 2 * gap_;
            const std::int64_t total = card.look == SyncCard::Look::Semaphore
                                           ? std::max(card.capacity, card.count)
                                           : card.capacity;
            paintTokens(p, x, r.center().y(), card.count, total,
                        card.look == SyncCard::Look::Queue);
            if (card.broken) {
                const int size = std::max(6, chipHeight_ * 11 / 20);
                x += static_cast<int>(std::min<std::int64_t>(total, kMostTokens)) *
                         (size + size / 3) +
                     gap_;
                p.setFont(text_);
                p.setPen(kBroken);
                p.drawText(
                    QPoint(x + (total > kMostTokens ? text.horizontalAdvance(QStringLiteral("..."))
                                                    : 0),
                           baseline),
                    QCoreApplication::translate("SyncCardPainter", "broken"));
            }
            break;
        }
        case SyncCard::Look::Condition:
        case SyncCard::Look::Join:
            break;
    }
}

void SyncCardPainter::paintQueue(QPainter& p, const QRect& area, const QRect& ownerChip,
                                 const SyncCard& card, const SyncCard* before,
                                 double progress) const {
    const bool queueLook = card.look == SyncCard::Look::Queue;
    const std::vector<QRect> now = flow(card.waiters, area, queueLook);
    const std::vector<QRect> then =
        before ? flow(before->waiters, area, queueLook) : std::vector<QRect>();
    const bool emptyBefore = !before || before->waiters.empty();
    if (card.waiters.empty()) {
        p.save();
        // Fades in only once the leavers are mostly gone, so that the two do not overlap.
        p.setOpacity(emptyBefore ? 1.0 : std::max(0.0, 2.0 * progress - 1.0));
        QFont quiet = text_;
        quiet.setItalic(true);
        quiet.setBold(false);
        p.setFont(quiet);
        p.setPen(kQuiet);
        p.drawText(QRect(area.left(), area.top(), area.width(), chipHeight_),
                   Qt::AlignLeft | Qt::AlignVCenter, QCoreApplication::translate("SyncCardPainter", "nobody waiting"));
        p.restore();
    }
    // Leavers first, so that the queue that stays is drawn over them.
    if (before) {
        for (std::size_t j = 0; j < before->waiters.size(); ++j) {
            const SyncChip& chip = before->waiters[j];
            if (indexOf(card.waiters, chip.tid) >= 0) continue;
            const QRect from = then[j];
            const bool owns =
                card.look == SyncCard::Look::Lock && card.hasOwner && card.owner.tid == chip.tid;
            if (owns) {
                const QPointF start(from.center().x(), from.top());
                const QPointF end(ownerChip.center().x(), ownerChip.bottom() + 2);
                QColor ink = chip.fill.darker(150);
                ink.setAlphaF(std::clamp(1.0 - progress * progress, 0.0, 1.0));
                arrow(p, start, start + (end - start) * std::min(1.0, 0.35 + progress), ink,
                      line_ + 1.5);
                paintChip(p, from, chip, queueLook, 1.0 - progress);
            } else {
                paintChip(p, from.translated(0, -static_cast<int>(progress * chipHeight_ * 0.6)),
                          chip, queueLook, 1.0 - progress);
            }
        }
    }
    for (std::size_t i = 0; i < card.waiters.size(); ++i) {
        const SyncChip& chip = card.waiters[i];
        if (!before) {
            paintChip(p, now[i], chip, queueLook, 1.0);
            continue;
        }
        const int j = indexOf(before->waiters, chip.tid);
        if (j >= 0) {
            paintChip(p, between(then[static_cast<std::size_t>(j)], now[i], progress), chip,
                      queueLook, 1.0);
        } else {
            const int slide = static_cast<int>((1.0 - progress) * chipHeight_ * 1.5);
            paintChip(p, now[i].translated(slide, 0), chip, queueLook, progress);
        }
    }
}

void SyncCardPainter::paint(QPainter& p, const QRect& rect, const SyncCard& card,
                            const SyncCard* before, double progress) const {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setClipRect(rect);
    p.setPen(QPen(presentation_ ? QColor(90, 90, 90) : QColor(200, 200, 200), line_));
    p.setBrush(presentation_ ? QColor(255, 255, 255) : QColor(252, 252, 252));
    p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), pad_, pad_);

    const Rows rows = rowsOf(card, rect);
    const QFontMetrics text(text_);
    p.setFont(text_);
    p.setPen(kQuiet);
    const int kindWidth = text.horizontalAdvance(card.kindText);
    p.drawText(rows.title, Qt::AlignRight | Qt::AlignVCenter, card.kindText);
    p.setFont(title_);
    p.setPen(kInk);
    p.drawText(rows.title.adjusted(0, 0, -kindWidth - gap_ * 2, 0),
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(title_).elidedText(card.title, Qt::ElideRight,
                                               rows.title.width() - kindWidth - gap_ * 2));

    if (!rows.state.isNull()) paintState(p, rows.state, card, before, progress);
    p.setFont(text_);
    p.setPen(kQuiet);
    p.drawText(
        QPoint(rect.left() + pad_, rows.queue.top() + chipHeight_ / 2 + text.ascent() / 2 - 1),
        QCoreApplication::translate("SyncCardPainter", "waiting"));
    const QRect owner = rows.state.isNull() ? QRect() : ownerChipRect(card, rows.state);
    paintQueue(p, rows.queue, owner, card, before, progress);
    p.restore();
}

}  // namespace ts::ui
