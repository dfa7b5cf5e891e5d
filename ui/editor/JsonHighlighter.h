#pragma once
// Colours a workload file (.json): object keys apart from string values, numbers, and the
// literals true, false and null. JSON strings never span lines, so each line stands alone.
#include <QSyntaxHighlighter>

#include "editor/SyntaxPalette.h"

namespace ts::ui {

class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
  public:
    JsonHighlighter(QTextDocument* document, const SyntaxPalette& palette);

  protected:
    void highlightBlock(const QString& text) override;

  private:
    SyntaxPalette palette_;
};

}  // namespace ts::ui
