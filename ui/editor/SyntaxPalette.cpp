#include "editor/SyntaxPalette.h"

#include <QFont>

namespace ts::ui {
namespace {

QTextCharFormat coloured(const QColor& colour, bool bold = false, bool italic = false) {
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold) f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

}  // namespace

SyntaxPalette SyntaxPalette::forBackground(const QColor& background) {
    const bool dark = background.lightness() < 128;
    SyntaxPalette p;
    p.keyword = coloured(dark ? QColor(0xCC, 0x78, 0x32) : QColor(0x00, 0x33, 0xB3), true);
    p.builtin = coloured(dark ? QColor(0x88, 0x88, 0xC6) : QColor(0x87, 0x10, 0x94));
    p.definition = coloured(dark ? QColor(0xFF, 0xC6, 0x6D) : QColor(0x00, 0x62, 0x7A), true);
    p.decorator = coloured(dark ? QColor(0xBB, 0xB5, 0x29) : QColor(0x9E, 0x88, 0x0D));
    p.string = coloured(dark ? QColor(0x6A, 0xAB, 0x73) : QColor(0x06, 0x7D, 0x17));
    p.number = coloured(dark ? QColor(0x68, 0x97, 0xBB) : QColor(0x17, 0x50, 0xEB));
    p.comment = coloured(dark ? QColor(0x80, 0x80, 0x80) : QColor(0x8C, 0x8C, 0x8C), false, true);
    p.key = coloured(dark ? QColor(0x98, 0x76, 0xAA) : QColor(0x87, 0x10, 0x94), true);
    // The front matter reads as settings, not as a string: its own tint, keys in bold.
    p.frontMatter = coloured(dark ? QColor(0xE0, 0xB8, 0x70) : QColor(0x80, 0x4A, 0x00));
    p.frontMatter.setBackground(dark ? QColor(0x3A, 0x33, 0x22) : QColor(0xFF, 0xF6, 0xE0));
    p.frontMatterKey = p.frontMatter;
    p.frontMatterKey.setFontWeight(QFont::Bold);
    return p;
}

}  // namespace ts::ui
