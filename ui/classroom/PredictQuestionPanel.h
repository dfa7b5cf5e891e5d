#pragma once
// The face of Predict mode: the running score in large type, the situation and the question,
// one button per ready thread (or a field for a line of output or a number), the verdict with
// its explanation, and Skip / Show me / Next / Restart / Leave. It only shows and reports; the
// PredictMode decides what is asked and whether an answer is right.
#include <QColor>
#include <QString>
#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QGridLayout;

namespace ts::ui {

class PredictScore;

struct PredictChoice {
    int id = 0;          // what choiceMade() reports (a tid)
    QString name;
    QString detail;      // a second line, e.g. "ready since 4 ms"
    QColor colour;
};

class PredictQuestionPanel : public QWidget {
    Q_OBJECT
public:
    explicit PredictQuestionPanel(QWidget* parent = nullptr);

    void showScore(const PredictScore& score);
    // "Question 3 of 12".
    void showProgress(int number, int total);
    void askChoice(const QString& situation, const QString& prompt, const std::vector<PredictChoice>& choices);
    // A line of text or a number to type; `placeholder` hints at the form.
    void askText(const QString& situation, const QString& prompt, const QString& placeholder);
    // The answer given (or shown): marks the buttons `chosenId` (wrong, when it is not
    // `rightId`) and `rightId`; the explanation is Markdown.
    void showVerdict(int verdict, const QString& headline, const QString& explanation, int chosenId = -1,
                     int rightId = -1);
    // No question at this instant: what to do to reach the next one (or that none is left).
    void showBetween(const QString& hint, bool moreToCome);
    // A message instead of any question (a run with nothing to predict).
    void showMessage(const QString& text);

    enum Verdict { Right, Wrong, Shown };

    // What the panel shows, for tests and screenshots.
    QString situationText() const;
    QString promptText() const;
    QString headlineText() const;
    QString explanationText() const;
    QString scoreText() const;
    QString hintText() const;
    int choiceCount() const { return static_cast<int>(buttons_.size()); }
    QPushButton* choiceButton(int i) const { return buttons_[static_cast<std::size_t>(i)]; }
    QLineEdit* answerField() const { return field_; }
    QPushButton* nextButton() const { return next_; }

protected:
    // The main window's font grows in presentation mode; the panel's sizes follow it.
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
public:
    QSize minimumSizeHint() const override;

signals:
    void choiceMade(int id);
    void textAnswered(const QString& text);
    void skipRequested();
    void showMeRequested();
    void nextRequested();
    void restartRequested();
    void leaveRequested();

private:
    void clearChoices();
    void setAsking(bool asking);
    void applyFonts();
    void showTally();

    QLabel* score_;
    QString streak_;    // "streak 2 (best 3)", then
    QString question_;  // "question 3 of 12", on one line under the score
    QLabel* progress_;
    QLabel* situation_;
    QLabel* prompt_;
    QWidget* choiceRow_;
    QGridLayout* choiceLayout_;
    std::vector<QPushButton*> buttons_;
    QWidget* textRow_;
    QLineEdit* field_;
    QPushButton* check_;
    QLabel* headline_;
    QLabel* explanation_;
    QLabel* hint_;
    QPushButton* skip_;
    QPushButton* showMe_;
    QPushButton* next_;
    QPushButton* restart_;
    QPushButton* leave_;
};

}  // namespace ts::ui
