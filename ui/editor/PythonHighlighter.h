#pragma once
// Colours a program (.py) in the tutorial's Python 2 and 3: keywords, builtins, the names
// being defined, decorators, numbers, comments, strings (prefixed, and triple-quoted strings
// that run over many lines), and the front matter - the `"""timeslice` module docstring
// whose `key: value` lines configure the machine - told apart from an ordinary docstring.
//
// Each line's state (QSyntaxHighlighter's block state) says how the previous line left off:
// still before the first statement (where front matter may start), inside a triple-quoted
// string or inside the front matter, or in plain code.
#include <QSyntaxHighlighter>

#include "editor/SyntaxPalette.h"

namespace ts::ui {

class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
  public:
    enum State {
        Code = 0,
        Preamble = 1,        // only blank lines and comments so far
        InSingleQuotes = 2,  // a ''' string continues
        InDoubleQuotes = 3,  // a """ string continues
        InFrontMatterSingle = 4,
        InFrontMatterDouble = 5,
    };

    PythonHighlighter(QTextDocument* document, const SyntaxPalette& palette);

  protected:
    void highlightBlock(const QString& text) override;

  private:
    bool startsFrontMatter(const QString& text, int* state) const;
    void highlightSetting(const QString& text, int end);
    int highlightCode(const QString& text, int from);
    int stringEnd(const QString& text, int quote, int* openState) const;

    SyntaxPalette palette_;
};

}  // namespace ts::ui
