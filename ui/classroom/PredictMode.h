#pragma once
// Predict mode (Classroom menu): over the run the main window shows, the view stops at each
// question (PredictQuestions) and hides what comes next - the chart ends at the decision, the
// thread table, program, output and captions show the instant just before it, and the "why",
// ready-queue and metrics panels are covered. The student answers in the question panel; the
// answer is marked, explained with the decision's reason, the step is revealed and the score
// kept. Moving the time past an unanswered question brings it back to the question; stepping
// back to look at the past is free. Leaving the mode restores the normal view.
#include <QObject>
#include <vector>

#include "classroom/PredictQuestion.h"
#include "classroom/PredictScore.h"
#include "kernel/Time.h"

class QAction;
class QDockWidget;

namespace ts::ui {

class MainWindow;
class PanelVeil;
class PredictQuestionPanel;

class PredictMode : public QObject {
    Q_OBJECT
public:
    // `toggle` is the checkable menu action that turns the mode on and off.
    PredictMode(MainWindow& window, QAction& toggle);

    bool active() const { return active_; }
    const std::vector<PredictQuestion>& questions() const { return questions_; }
    // The question waiting for an answer at the current time, or nullptr.
    const PredictQuestion* asking() const;
    // The index of the next question to ask (questions().size() when all were).
    std::size_t nextIndex() const { return index_; }
    const PredictScore& score() const { return score_; }
    PredictQuestionPanel& panel() { return *panel_; }
    // Whether the panels that would tell the answer are covered.
    bool hidingAnswer() const;

public slots:
    void setActive(bool on);
    void answerThread(int tid);
    void answerText(const QString& text);
    void skip();
    void showMe();
    void next();
    void restart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Finds the questions of the run shown and goes to the first one at or after the cursor.
    void begin();
    void follow(Time t);
    void ask(const PredictQuestion& q);
    // Marks the question asked (`verdict` a PredictQuestionPanel::Verdict), shows the step.
    void reveal(int verdict, const QString& headline, int chosen);
    // Covers or uncovers the answer; `before` is the instant the state panels then show.
    void hideAnswer(bool on, Time before);
    void goTo(Time t);
    void showNextHint();
    QString situation(const PredictQuestion& q) const;

    MainWindow& window_;
    QAction& toggle_;
    QDockWidget* dock_;
    PredictQuestionPanel* panel_;
    PanelVeil* whyVeil_;
    PanelVeil* readyVeil_;
    PanelVeil* metricsVeil_;
    std::vector<PredictQuestion> questions_;
    std::size_t index_ = 0;
    PredictScore score_;
    bool active_ = false;
};

}  // namespace ts::ui
