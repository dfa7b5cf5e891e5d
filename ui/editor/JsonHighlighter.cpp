#include "editor/JsonHighlighter.h"

#include <algorithm>

namespace ts::ui {
namespace {

bool isNumberChar(QChar c) {
    return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('e') || c == QLatin1Char('E') ||
           c == QLatin1Char('+') || c == QLatin1Char('-');
}

}  // namespace

JsonHighlighter::JsonHighlighter(QTextDocument* document, const SyntaxPalette& palette)
    : QSyntaxHighlighter(document), palette_(palette) {}

void JsonHighlighter::highlightBlock(const QString& text) {
    const int n = text.size();
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            int j = i + 1;
            while (j < n && text[j] != QLatin1Char('"')) j += text[j] == QLatin1Char('\\') ? 2 : 1;
            j = std::min(j + 1, n);
            int k = j;
            while (k < n && text[k].isSpace()) ++k;
            const bool key = k < n && text[k] == QLatin1Char(':');
            setFormat(i, j - i, key ? palette_.key : palette_.string);
            i = j;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            int j = i + 1;
            while (j < n && isNumberChar(text[j])) ++j;
            setFormat(i, j - i, palette_.number);
            i = j;
        } else if (c.isLetter()) {
            int j = i;
            while (j < n && text[j].isLetter()) ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null") {
                setFormat(i, j - i, palette_.keyword);
            }
            i = j;
        } else {
            ++i;
        }
    }
}

}  // namespace ts::ui
