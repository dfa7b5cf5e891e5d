#include "classroom/PredictQuestionPanel.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "classroom/PredictScore.h"
#include "gantt/GanttStyle.h"

namespace ts::ui {
namespace {

// Right in green, wrong in red: the verdict reads from the back of the room.
const QColor kRight(0x1b, 0x7f, 0x3b);
const QColor kWrong(0xc0, 0x29, 0x1f);

QString buttonStyle(const QColor& fill, const QColor& border, int borderWidth) {
    return QStringLiteral("QPushButton { background: %1; color: %2; border: %3px solid %4; border-radius: 6px;"
                          " padding: 10px 22px; text-align: center; }"
                          "QPushButton:disabled { color: %2; }")
        .arg(fill.name(), GanttStyle::textOn(fill).name())
        .arg(borderWidth)
        .arg(border.name());
}

}  // namespace

PredictQuestionPanel::PredictQuestionPanel(QWidget* parent)
    : QWidget(parent),
      score_(new QLabel),
      streak_(new QLabel),
      progress_(new QLabel),
      situation_(new QLabel),
      prompt_(new QLabel),
      choiceRow_(new QWidget),
      choiceLayout_(new QHBoxLayout(choiceRow_)),
      textRow_(new QWidget),
      field_(new QLineEdit),
      check_(new QPushButton(tr("Check"))),
      headline_(new QLabel),
      explanation_(new QLabel),
      hint_(new QLabel),
      skip_(new QPushButton(tr("&Skip"))),
      showMe_(new QPushButton(tr("Show &me"))),
      next_(new QPushButton(tr("&Next question"))),
      restart_(new QPushButton(tr("&Restart"))),
      leave_(new QPushButton(tr("&Leave Predict"))) {
    for (QLabel* l : {situation_, prompt_, explanation_, hint_, headline_}) l->setWordWrap(true);
    explanation_->setTextFormat(Qt::MarkdownText);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    score_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    streak_->setAlignment(Qt::AlignRight | Qt::AlignTop);
    progress_->setAlignment(Qt::AlignRight | Qt::AlignTop);
    choiceLayout_->setContentsMargins(0, 0, 0, 0);
    choiceLayout_->setSpacing(10);

    auto* textLayout = new QHBoxLayout(textRow_);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(field_, 1);
    textLayout->addWidget(check_);
    textRow_->hide();

    // The answers, then the controls on the same row, where the hand already is.
    auto* answers = new QHBoxLayout;
    answers->addWidget(choiceRow_);
    answers->addWidget(textRow_, 2);
    answers->addSpacing(24);
    for (QPushButton* b : {skip_, showMe_, next_, restart_}) answers->addWidget(b, 0, Qt::AlignBottom);
    answers->addStretch(1);

    auto* question = new QVBoxLayout;
    question->addWidget(situation_);
    question->addWidget(prompt_);
    question->addLayout(answers);
    question->addWidget(headline_);
    question->addWidget(explanation_);
    question->addStretch(1);

    // The score where the class looks for it, with the way on beside it.
    auto* side = new QVBoxLayout;
    side->addWidget(score_);
    side->addWidget(streak_);
    side->addWidget(progress_);
    side->addWidget(hint_);
    side->addStretch(1);
    side->addWidget(leave_, 0, Qt::AlignRight);

    auto* row = new QHBoxLayout(this);
    row->addLayout(question, 1);
    row->addLayout(side);
    hint_->setAlignment(Qt::AlignRight | Qt::AlignTop);
    hint_->setMaximumWidth(420);

    next_->setDefault(true);
    connect(check_, &QPushButton::clicked, this, [this] { emit textAnswered(field_->text()); });
    connect(field_, &QLineEdit::returnPressed, this, [this] { emit textAnswered(field_->text()); });
    connect(skip_, &QPushButton::clicked, this, &PredictQuestionPanel::skipRequested);
    connect(showMe_, &QPushButton::clicked, this, &PredictQuestionPanel::showMeRequested);
    connect(next_, &QPushButton::clicked, this, &PredictQuestionPanel::nextRequested);
    connect(restart_, &QPushButton::clicked, this, &PredictQuestionPanel::restartRequested);
    connect(leave_, &QPushButton::clicked, this, &PredictQuestionPanel::leaveRequested);
    applyFonts();
    showScore(PredictScore());
}

void PredictQuestionPanel::applyFonts() {
    // The score and the question are read from the back of a classroom.
    const int base = std::max(font().pointSize(), 9);
    QFont big = font();
    big.setPointSize(base * 5 / 2);
    big.setBold(true);
    score_->setFont(big);
    QFont prompt = font();
    prompt.setPointSize(base * 3 / 2);
    prompt.setBold(true);
    prompt_->setFont(prompt);
    headline_->setFont(prompt);
    QFont medium = font();
    medium.setPointSize(base * 5 / 4);
    for (QWidget* w : {static_cast<QWidget*>(situation_), static_cast<QWidget*>(explanation_),
                       static_cast<QWidget*>(streak_), static_cast<QWidget*>(field_),
                       static_cast<QWidget*>(check_)}) {
        w->setFont(medium);
    }
    for (QPushButton* b : buttons_) b->setFont(prompt);
    // Room for the verdict from the start, so that the chart does not move when it comes.
    headline_->setMinimumHeight(QFontMetrics(prompt).lineSpacing());
    explanation_->setMinimumHeight(2 * QFontMetrics(medium).lineSpacing());
}

void PredictQuestionPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) applyFonts();
}

void PredictQuestionPanel::showScore(const PredictScore& score) {
    score_->setText(tr("%1 / %2 right").arg(score.right()).arg(score.asked()));
    streak_->setText(tr("streak %1 (best %2)").arg(score.streak()).arg(score.bestStreak()));
}

void PredictQuestionPanel::showProgress(int number, int total) {
    progress_->setText(tr("question %1 of %2").arg(number).arg(total));
}

void PredictQuestionPanel::clearChoices() {
    while (QLayoutItem* item = choiceLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    buttons_.clear();
}

void PredictQuestionPanel::setAsking(bool asking) {
    skip_->setEnabled(asking);
    showMe_->setEnabled(asking);
    next_->setEnabled(!asking);
    field_->setReadOnly(!asking);
    check_->setEnabled(asking);
    for (QPushButton* b : buttons_) b->setEnabled(asking);
    if (asking) {
        headline_->clear();
        explanation_->clear();
        hint_->clear();
    }
}

void PredictQuestionPanel::askChoice(const QString& situation, const QString& prompt,
                                     const std::vector<PredictChoice>& choices) {
    situation_->setText(situation);
    prompt_->setText(prompt);
    prompt_->show();
    textRow_->hide();
    clearChoices();
    for (const PredictChoice& c : choices) {
        auto* b = new QPushButton(c.detail.isEmpty() ? c.name : c.name + QLatin1Char('\n') + c.detail);
        b->setProperty("choice", c.id);
        b->setProperty("fill", c.colour);
        b->setStyleSheet(buttonStyle(c.colour, c.colour.darker(150), 2));
        b->setCursor(Qt::PointingHandCursor);
        // Keys 1 to 9 answer from the keyboard (a text field keeps its digits for itself).
        if (buttons_.size() < 9) {
            b->setShortcut(QKeySequence(Qt::Key_1 + static_cast<int>(buttons_.size())));
            b->setToolTip(tr("Key %1").arg(buttons_.size() + 1));
        }
        connect(b, &QPushButton::clicked, this, [this, id = c.id] { emit choiceMade(id); });
        choiceLayout_->addWidget(b);
        b->show();  // at once, not when the layout gets round to it: a key may answer now
        buttons_.push_back(b);
    }
    choiceRow_->show();
    applyFonts();
    setAsking(true);
    if (!buttons_.empty()) buttons_.front()->setFocus();
}

void PredictQuestionPanel::askText(const QString& situation, const QString& prompt, const QString& placeholder) {
    situation_->setText(situation);
    prompt_->setText(prompt);
    prompt_->show();
    clearChoices();
    choiceRow_->hide();
    field_->clear();
    field_->setPlaceholderText(placeholder);
    textRow_->show();
    setAsking(true);
    field_->setFocus();
}

void PredictQuestionPanel::showVerdict(int verdict, const QString& headline, const QString& explanation,
                                       int chosenId, int rightId) {
    setAsking(false);
    const QColor colour = verdict == Right ? kRight : verdict == Wrong ? kWrong : palette().color(QPalette::WindowText);
    headline_->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    headline_->setText(headline);
    explanation_->setText(explanation);
    for (QPushButton* b : buttons_) {
        const int id = b->property("choice").toInt();
        const QColor fill = b->property("fill").value<QColor>();
        if (id == rightId) {
            b->setStyleSheet(buttonStyle(fill, kRight, 6));
            b->setText(QStringLiteral("✔ ") + b->text());
        } else if (id == chosenId) {
            b->setStyleSheet(buttonStyle(fill, kWrong, 6));
            b->setText(QStringLiteral("✘ ") + b->text());
        } else {
            b->setStyleSheet(buttonStyle(fill.lighter(140), fill, 1));
        }
    }
    next_->setFocus();
}

void PredictQuestionPanel::showBetween(const QString& hint, bool moreToCome) {
    hint_->setText(hint);
    next_->setEnabled(moreToCome);
    skip_->setEnabled(false);
    showMe_->setEnabled(false);
    // Nothing is asked at this instant.
    for (QPushButton* b : buttons_) b->setEnabled(false);
    check_->setEnabled(false);
    field_->setReadOnly(true);
}

void PredictQuestionPanel::showMessage(const QString& text) {
    clearChoices();
    textRow_->hide();
    prompt_->hide();
    situation_->setText(text);
    headline_->clear();
    explanation_->clear();
    hint_->clear();
    showBetween(QString(), false);
}

QString PredictQuestionPanel::situationText() const { return situation_->text(); }
QString PredictQuestionPanel::promptText() const { return prompt_->text(); }
QString PredictQuestionPanel::headlineText() const { return headline_->text(); }
QString PredictQuestionPanel::explanationText() const { return explanation_->text(); }
QString PredictQuestionPanel::scoreText() const { return score_->text() + QLatin1Char(' ') + streak_->text(); }
QString PredictQuestionPanel::hintText() const { return hint_->text(); }

}  // namespace ts::ui
