#pragma once
// The threads ready at the decision the student is asked to take, as big buttons in each
// thread's chart colour: its name and what it is about to do (a program's line). Only the ready
// threads have a button, so choosing one that is not ready cannot happen.
#include <QColor>
#include <QString>
#include <QWidget>
#include <vector>

class QFontMetrics;
class QGridLayout;
class QPushButton;

namespace ts::ui {

struct ReadyChoice {
    int tid = 0;
    QString name;
    QString detail;  // "line 22: counter += 1", or a workload thread's CPU time so far
    QColor colour;
};

class ReadyChoicePanel : public QWidget {
    Q_OBJECT
public:
    explicit ReadyChoicePanel(QWidget* parent = nullptr);

    // Replaces the buttons; none when there is nothing to choose.
    void setChoices(const std::vector<ReadyChoice>& choices);
    const std::vector<ReadyChoice>& choices() const { return choices_; }
    QPushButton* button(int index) const { return buttons_.at(static_cast<std::size_t>(index)); }

signals:
    void chosen(int tid);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Places the buttons in one column, or two when there are many and the panel is wide.
    void arrange();
    // Breaks each button's text to the width its column gives it: a projector's narrow column
    // gets more lines, never a button wider than the panel.
    void wrapTexts(const QFontMetrics& metrics);

    QGridLayout* grid_;
    std::vector<ReadyChoice> choices_;
    std::vector<QPushButton*> buttons_;
    std::vector<QString> texts_;  // each button's text, unbroken
    int columns_ = 1;
};

}  // namespace ts::ui
