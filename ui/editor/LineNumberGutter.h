#pragma once
// The strip left of the code editor: line numbers, the current line's in bold, and a red mark
// on the line with the error, whose tooltip is the error's message. The editor paints it
// (it knows where each line is); the gutter only asks.
#include <QWidget>

namespace ts::ui {

class CodeEditor;

class LineNumberGutter : public QWidget {
    Q_OBJECT
  public:
    explicit LineNumberGutter(CodeEditor& editor);

    QSize sizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

  private:
    CodeEditor& editor_;
};

}  // namespace ts::ui
