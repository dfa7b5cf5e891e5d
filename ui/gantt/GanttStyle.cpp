#include "gantt/GanttStyle.h"
#include <QCoreApplication>

#include <QFontMetrics>

#include <array>

namespace ts::ui {
namespace {

// Tableau's ten colours, a familiar default that prints and projects well.
constexpr std::array<QRgb, 10> kStandard{0x4E79A7, 0xF28E2B, 0x59A14F, 0xE15759, 0x76B7B2,
                                         0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC};
// Okabe & Ito's palette, distinguishable with every common colour-vision deficiency (their
// black is left out: it is the text colour).
constexpr std::array<QRgb, 7> kOkabeIto{0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                        0x0072B2, 0xD55E00, 0xCC79A7};

struct ReasonLook {
    QRgb fill;
    QRgb ink;
    Qt::BrushStyle pattern;
};

ReasonLook lookOf(BlockReason reason) {
    switch (reason) {
        case BlockReason::Io: return {0xDCE9F5, 0x3A6EA5, Qt::BDiagPattern};
        case BlockReason::Sleep: return {0xE8E2F2, 0x6A4C9C, Qt::Dense6Pattern};
        case BlockReason::Period: return {0xE0F0E0, 0x3C8C3C, Qt::VerPattern};
        case BlockReason::Lock: return {0xF8DEDC, 0xB03A2E, Qt::FDiagPattern};
        case BlockReason::Semaphore: return {0xFBE8D0, 0xC06000, Qt::CrossPattern};
        case BlockReason::Event: return {0xFAF3C8, 0x9A7D00, Qt::HorPattern};
        case BlockReason::Condition: return {0xF6DDEB, 0xA0406E, Qt::DiagCrossPattern};
        case BlockReason::Join: return {0xEDE3D6, 0x7A5A30, Qt::Dense4Pattern};
        case BlockReason::Barrier: return {0xDDF1F0, 0x2A7F7A, Qt::Dense3Pattern};
        case BlockReason::Queue: return {0xE6EEDA, 0x5E7A2A, Qt::Dense5Pattern};
        case BlockReason::Gil: return {0xE4E4E4, 0x505050, Qt::Dense2Pattern};
        case BlockReason::None: break;
    }
    return {0xEEEEEE, 0x888888, Qt::Dense7Pattern};
}

}  // namespace

QColor GanttStyle::threadColour(int tid) const {
    if (tid < 0) return QColor(0x88, 0x88, 0x88);
    if (palette_ == Palette::OkabeIto) return QColor(kOkabeIto[static_cast<std::size_t>(tid) % kOkabeIto.size()]);
    return QColor(kStandard[static_cast<std::size_t>(tid) % kStandard.size()]);
}

QColor GanttStyle::textOn(const QColor& fill) {
    // Relative luminance, roughly: dark text on light fills, white on dark ones.
    const double y = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return y > 0.55 ? QColor(20, 20, 20) : QColor(255, 255, 255);
}

QColor GanttStyle::blockedFill(BlockReason reason) const {
    return QColor(lookOf(reason).fill);
}

QBrush GanttStyle::blockedPattern(BlockReason reason) const {
    const ReasonLook look = lookOf(reason);
    return QBrush(QColor(look.ink), look.pattern);
}

QString GanttStyle::reasonName(BlockReason reason) {
    switch (reason) {
        case BlockReason::Io: return QCoreApplication::translate("GanttStyle", "I/O");
        case BlockReason::Sleep: return QCoreApplication::translate("GanttStyle", "sleep");
        case BlockReason::Period: return QCoreApplication::translate("GanttStyle", "next period");
        case BlockReason::Lock: return QCoreApplication::translate("GanttStyle", "lock");
        case BlockReason::Semaphore: return QCoreApplication::translate("GanttStyle", "semaphore");
        case BlockReason::Event: return QCoreApplication::translate("GanttStyle", "event");
        case BlockReason::Condition: return QCoreApplication::translate("GanttStyle", "condition");
        case BlockReason::Join: return QCoreApplication::translate("GanttStyle", "join");
        case BlockReason::Barrier: return QCoreApplication::translate("GanttStyle", "barrier");
        case BlockReason::Queue: return QCoreApplication::translate("GanttStyle", "queue");
        case BlockReason::Gil: return QStringLiteral("GIL");
        case BlockReason::None: break;
    }
    return QCoreApplication::translate("GanttStyle", "blocked");
}

QFont GanttStyle::labelFont() const {
    QFont f;
    f.setPixelSize(presentation_ ? 22 : 13);
    if (presentation_) f.setBold(true);
    return f;
}

QFont GanttStyle::smallFont() const {
    QFont f;
    f.setPixelSize(presentation_ ? 18 : 11);
    return f;
}

int GanttStyle::minLaneHeight() const { return QFontMetrics(labelFont()).height() + 2; }

}  // namespace ts::ui
