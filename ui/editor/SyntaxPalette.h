#pragma once
// The colours of the editor's syntax highlighting, one character format per kind of token,
// chosen for the editor's background: dark text on a light page, light text on a dark one.
#include <QColor>
#include <QTextCharFormat>

namespace ts::ui {

struct SyntaxPalette {
    QTextCharFormat keyword;     // def, while, with; JSON true, false, null
    QTextCharFormat builtin;     // print, range, self, the exceptions
    QTextCharFormat definition;  // the name after def or class
    QTextCharFormat decorator;
    QTextCharFormat string;
    QTextCharFormat number;
    QTextCharFormat comment;
    QTextCharFormat key;          // a JSON object's keys
    QTextCharFormat frontMatter;  // the `"""timeslice` docstring that configures a program
    QTextCharFormat frontMatterKey;

    static SyntaxPalette forBackground(const QColor& background);
};

}  // namespace ts::ui
