#include "classroom/PredictQuestionPanel.h"

#include <algorithm>

#include <QEvent>
#include <QResizeEvent>
#include <QGridLayout>
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

// Four Italian answer buttons in presentation type take about 1500 of a projector's 1920 pixels;
// more choices wrap onto another row instead of widening the window past the screen.
constexpr int kChoicesPerRow = 4;

// The padding gives back what the border takes, so that marking an answer (a thicker border)
// does not make its button, and so the panel, any larger.
QString buttonStyle(const QColor& fill, const QColor& border, int borderWidth) {
    return QStringLiteral("QPushButton { background: %1; color: %2; border: %3px solid %4; border-radius: 6px;"
                          " padding: %5px %6px; text-align: center; }"
                          "QPushButton:disabled { color: %2; }")
        .arg(fill.name(), GanttStyle::textOn(fill).name())
        .arg(borderWidth)
        .arg(border.name())
        .arg(12 - borderWidth)
        .arg(28 - borderWidth);
}

}  // namespace

PredictQuestionPanel::PredictQuestionPanel(QWidget* parent)
    : QWidget(parent),
      score_(new QLabel),
      progress_(new QLabel),
      situation_(new QLabel),
      prompt_(new QLabel),
      choiceRow_(new QWidget),
      choiceLayout_(new QGridLayout(choiceRow_)),
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
    choiceLayout_->setContentsMargins(0, 0, 0, 0);
    choiceLayout_->setSpacing(10);

    auto* textLayout = new QHBoxLayout(textRow_);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(field_, 1);
    textLayout->addWidget(check_);
    textRow_->hide();

    // In rows, so that the panel is as wide as its widest row, never the sum of them, and as
    // low as a 1920x1080 projector leaves it beside the chart, the captions and the tables, in
    // any language. The score stays top right, where the class looks for it.
    auto* top = new QHBoxLayout;
    auto* heading = new QVBoxLayout;
    heading->addWidget(situation_);
    heading->addWidget(prompt_);
    top->addLayout(heading, 1);
    top->addSpacing(24);
    top->addWidget(progress_);
    top->addWidget(score_);

    auto* answers = new QHBoxLayout;
    answers->addWidget(choiceRow_);
    answers->addWidget(textRow_, 2);
    answers->addStretch(1);

    // The way on under the answers, where the hand already is; the hint takes what is left.
    auto* controls = new QHBoxLayout;
    for (QPushButton* b : {skip_, showMe_, next_, restart_}) controls->addWidget(b);
    controls->addSpacing(24);
    controls->addWidget(hint_, 1);
    controls->addSpacing(24);
    controls->addWidget(leave_);

    // The verdict, and beside it why: one row however long the reason.
    auto* verdict = new QHBoxLayout;
    verdict->addWidget(headline_, 1, Qt::AlignTop);
    verdict->addSpacing(24);
    verdict->addWidget(explanation_, 2);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(9, 4, 9, 4);
    column->addLayout(top);
    column->addLayout(answers);
    column->addLayout(controls);
    column->addLayout(verdict);
    column->addStretch(1);
    hint_->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    progress_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

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
                       static_cast<QWidget*>(progress_), static_cast<QWidget*>(hint_),
                       static_cast<QWidget*>(field_),
                       static_cast<QWidget*>(check_)}) {
        w->setFont(medium);
    }
    for (QPushButton* b : buttons_) b->setFont(prompt);
    // Room for the verdict from the start, so that the chart does not move when it comes.
    headline_->setMinimumHeight(QFontMetrics(prompt).lineSpacing());
    explanation_->setMinimumHeight(2 * QFontMetrics(medium).lineSpacing());
}

QSize PredictQuestionPanel::minimumSizeHint() const {
    // A dock gives its widget the height its minimum asks for, not what the wrapped lines need
    // at the width it got: ask for those too, or the layout squeezes the answer buttons.
    QSize least = QWidget::minimumSizeHint();
    least.setHeight(std::max(least.height(), layout()->totalHeightForWidth(width())));
    return least;
}

void PredictQuestionPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Another width wraps the lines differently.
    if (event->size().width() != event->oldSize().width()) updateGeometry();
}

void PredictQuestionPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) applyFonts();
}

void PredictQuestionPanel::showScore(const PredictScore& score) {
    score_->setText(tr("%1 / %2 right").arg(score.right()).arg(score.asked()));
    streak_ = tr("streak %1 (best %2)").arg(score.streak()).arg(score.bestStreak());
    showTally();
}

void PredictQuestionPanel::showProgress(int number, int total) {
    question_ = tr("question %1 of %2").arg(number).arg(total);
    showTally();
}

void PredictQuestionPanel::showTally() {
    // Two lines beside the score: the streak and how far the quiz has gone.
    progress_->setText(question_.isEmpty() ? streak_ : streak_ + QLatin1Char('\n') + question_);
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
        const int index = static_cast<int>(buttons_.size());
        choiceLayout_->addWidget(b, index / kChoicesPerRow, index % kChoicesPerRow);
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
QString PredictQuestionPanel::scoreText() const { return score_->text() + QLatin1Char(' ') + streak_; }
QString PredictQuestionPanel::hintText() const { return hint_->text(); }

}  // namespace ts::ui
