#include "editor/PythonHighlighter.h"

#include <QSet>

namespace ts::ui {
namespace {

QSet<QString> wordSet(const char* words) {
    const QStringList list = QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(list.begin(), list.end());
}

// Python 3's keywords and Python 2's exec (print is a builtin in both, for colouring).
const QSet<QString>& keywords() {
    static const QSet<QString> words = wordSet(
        "False None True and as assert async await break class continue def del elif else except "
        "exec finally for from global if import in is lambda nonlocal not or pass raise return try "
        "while with yield");
    return words;
}

const QSet<QString>& builtins() {
    static const QSet<QString> words = wordSet(
        "print len range xrange int float str bool list dict set tuple object super self "
        "isinstance enumerate sorted min max sum abs repr type id iter next zip map filter any all "
        "chr ord format getattr setattr hasattr round divmod input raw_input open unicode bytes "
        "Exception BaseException KeyboardInterrupt RuntimeError ValueError TypeError KeyError "
        "IndexError NameError AttributeError ZeroDivisionError StopIteration AssertionError "
        "SystemExit");
    return words;
}

bool isStringPrefix(QStringView word) {
    if (word.size() > 2) return false;
    for (QChar c : word) {
        if (!QStringView(u"rRbBuUfF").contains(c)) return false;
    }
    return true;
}

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Where `quote` (three quote characters) closes, at or after `from`; -1 when not on this line.
int closingQuotes(const QString& text, int from, QStringView quote) {
    for (int j = from; j < text.size();) {
        if (text[j] == QLatin1Char('\\')) {
            j += 2;
        } else if (QStringView(text).mid(j, 3) == quote) {
            return j;
        } else {
            ++j;
        }
    }
    return -1;
}

QStringView tripleQuote(int state) {
    const bool single = state == PythonHighlighter::InSingleQuotes ||
                        state == PythonHighlighter::InFrontMatterSingle;
    return single ? QStringView(u"'''") : QStringView(u"\"\"\"");
}

}  // namespace

PythonHighlighter::PythonHighlighter(QTextDocument* document, const SyntaxPalette& palette)
    : QSyntaxHighlighter(document), palette_(palette) {}

void PythonHighlighter::highlightBlock(const QString& text) {
    int state = previousBlockState() < 0 ? Preamble : previousBlockState();
    int from = 0;
    if (state == InFrontMatterSingle || state == InFrontMatterDouble) {
        const int close = closingQuotes(text, 0, tripleQuote(state));
        highlightSetting(text, close < 0 ? text.size() : close);
        if (close < 0) {
            setCurrentBlockState(state);
            return;
        }
        setFormat(close, 3, palette_.frontMatter);
        from = close + 3;
    } else if (state == InSingleQuotes || state == InDoubleQuotes) {
        const int close = closingQuotes(text, 0, tripleQuote(state));
        if (close < 0) {
            setFormat(0, text.size(), palette_.string);
            setCurrentBlockState(state);
            return;
        }
        setFormat(0, close + 3, palette_.string);
        from = close + 3;
    } else if (state == Preamble) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
            const int hash = text.indexOf(QLatin1Char('#'));
            if (hash >= 0) setFormat(hash, text.size() - hash, palette_.comment);
            setCurrentBlockState(Preamble);
            return;
        }
        int frontMatter = Code;
        if (startsFrontMatter(text, &frontMatter)) {
            setFormat(0, text.size(), palette_.frontMatterKey);
            setCurrentBlockState(frontMatter);
            return;
        }
    }
    setCurrentBlockState(highlightCode(text, from));
}

// The loader's rule (sim/scenario/ProgramLoader.cpp): the first statement is a triple-quoted
// string, optionally prefixed, whose first line is exactly `timeslice`.
bool PythonHighlighter::startsFrontMatter(const QString& text, int* state) const {
    QString line = text.trimmed();
    if (line.startsWith(QChar(0xFEFF))) line.remove(0, 1);  // a byte-order mark
    int q = 0;
    while (q < line.size() && QStringView(u"rRuU").contains(line[q])) ++q;
    const QStringView quote = QStringView(line).mid(q, 3);
    if (quote != u"'''" && quote != u"\"\"\"") return false;
    if (QStringView(line).mid(q + 3).trimmed() != u"timeslice") return false;
    *state = quote == u"'''" ? InFrontMatterSingle : InFrontMatterDouble;
    return true;
}

void PythonHighlighter::highlightSetting(const QString& text, int end) {
    setFormat(0, end, palette_.frontMatter);
    const QStringView line = QStringView(text).left(end);
    if (line.trimmed().startsWith(QLatin1Char('#'))) {
        setFormat(0, end, palette_.comment);
        return;
    }
    const int colon = line.indexOf(QLatin1Char(':'));
    if (colon > 0) setFormat(0, colon, palette_.frontMatterKey);
}

int PythonHighlighter::highlightCode(const QString& text, int from) {
    const int n = text.size();
    QString previousWord;  // "def" and "class" colour the name after them
    int i = from;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('#')) {
            setFormat(i, n - i, palette_.comment);
            break;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            int open = Code;
            const int end = stringEnd(text, i, &open);
            setFormat(i, (end < 0 ? n : end) - i, palette_.string);
            if (end < 0) return open;
            i = end;
            previousWord.clear();
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            int j = i;
            while (j < n && isWordChar(text[j])) ++j;
            const QString word = text.mid(i, j - i);
            if (j < n && (text[j] == QLatin1Char('"') || text[j] == QLatin1Char('\'')) &&
                isStringPrefix(word)) {
                int open = Code;
                const int end = stringEnd(text, j, &open);
                setFormat(i, (end < 0 ? n : end) - i, palette_.string);
                if (end < 0) return open;
                i = end;
                previousWord.clear();
                continue;
            }
            if (previousWord == u"def" || previousWord == u"class") {
                setFormat(i, j - i, palette_.definition);
            } else if (keywords().contains(word)) {
                setFormat(i, j - i, palette_.keyword);
            } else if (builtins().contains(word)) {
                setFormat(i, j - i, palette_.builtin);
            }
            previousWord = word;
            i = j;
            continue;
        }
        if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && text[i + 1].isDigit())) {
            const bool hex =
                c == QLatin1Char('0') && i + 1 < n && text[i + 1].toLower() == QLatin1Char('x');
            int j = i + 1;
            while (j < n) {
                const QChar d = text[j];
                const bool sign = (d == QLatin1Char('+') || d == QLatin1Char('-')) && !hex &&
                                  text[j - 1].toLower() == QLatin1Char('e');
                if (!isWordChar(d) && d != QLatin1Char('.') && !sign) break;
                ++j;
            }
            setFormat(i, j - i, palette_.number);
            i = j;
            previousWord.clear();
            continue;
        }
        if (c == QLatin1Char('@') && QStringView(text).left(i).trimmed().isEmpty()) {
            int j = i + 1;
            while (j < n && (isWordChar(text[j]) || text[j] == QLatin1Char('.'))) ++j;
            setFormat(i, j - i, palette_.decorator);
            i = j;
            continue;
        }
        if (!c.isSpace()) previousWord.clear();
        ++i;
    }
    return Code;
}

// The end of the string literal whose opening quote is at `quote`, or -1 when it is a
// triple-quoted string that goes on past this line (then `openState` says which quotes).
// A one-line string left open ends with the line: the validator reports that error.
int PythonHighlighter::stringEnd(const QString& text, int quote, int* openState) const {
    const QChar q = text[quote];
    const QString triple(3, q);
    if (QStringView(text).mid(quote, 3) == triple) {
        const int close = closingQuotes(text, quote + 3, triple);
        if (close < 0) {
            *openState = q == QLatin1Char('\'') ? InSingleQuotes : InDoubleQuotes;
            return -1;
        }
        return close + 3;
    }
    for (int j = quote + 1; j < text.size();) {
        if (text[j] == QLatin1Char('\\')) {
            j += 2;
        } else if (text[j] == q) {
            return j + 1;
        } else {
            ++j;
        }
    }
    return text.size();
}

}  // namespace ts::ui
