#include "classroom/ReadyChoicePanel.h"

#include <QGridLayout>
#include <QPushButton>

#include "gantt/GanttStyle.h"

namespace ts::ui {
namespace {

// Up to this many threads stand in one column, the easiest to read; more take two columns
// when each would still hold about this many characters a line.
constexpr int kOneColumn = 4;
constexpr int kColumnCharacters = 16;
// The style's padding and border on each side (below), which the text does not get.
constexpr int kHorizontalFrame = 2 * (14 + 4);
constexpr int kVerticalFrame = 28;

QString buttonStyle(const QColor& fill) {
    const QColor text = GanttStyle::textOn(fill);
    return QStringLiteral("QPushButton { background: %1; color: %2; border: 2px solid %3; border-radius: 8px;"
                          " padding: 10px 14px; text-align: left; }"
                          "QPushButton:hover { border: 4px solid %2; }"
                          "QPushButton:pressed { background: %3; }"
                          "QPushButton:focus { border: 4px dashed %2; }")
        .arg(fill.name(), text.name(), fill.darker(140).name());
}

// `line` broken at spaces into lines no wider than `width`; a word wider than that on its own
// (a long bytecode name in a narrow column) is cut where it must be.
QStringList wrapLine(const QString& line, const QFontMetrics& metrics, int width) {
    QStringList lines;
    QString current;
    for (const QString& word : line.split(QLatin1Char(' '))) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
            continue;
        }
        if (!current.isEmpty()) lines << current;
        current = word;
        while (current.size() > 1 && metrics.horizontalAdvance(current) > width) {
            qsizetype fit = current.size() - 1;
            while (fit > 1 && metrics.horizontalAdvance(current.left(fit)) > width) --fit;
            lines << current.left(fit);
            current = current.mid(fit);
        }
    }
    lines << current;
    return lines;
}

QFont buttonFont(const QFont& base) {
    QFont big = base;
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    return big;
}

}  // namespace

ReadyChoicePanel::ReadyChoicePanel(QWidget* parent) : QWidget(parent), grid_(new QGridLayout(this)) {
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setSpacing(8);
}

void ReadyChoicePanel::setChoices(const std::vector<ReadyChoice>& choices) {
    for (QPushButton* b : buttons_) {
        // Later: the click being handled may be this button's own.
        grid_->removeWidget(b);
        b->hide();
        b->deleteLater();
    }
    buttons_.clear();
    texts_.clear();
    choices_ = choices;
    const QFont big = buttonFont(font());
    for (const ReadyChoice& c : choices) {
        texts_.push_back(c.detail.isEmpty() ? c.name : c.name + QLatin1Char('\n') + c.detail);
        auto* b = new QPushButton(texts_.back(), this);
        b->setFont(big);
        b->setStyleSheet(buttonStyle(c.colour));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // Narrower than its text if the column is: wrapTexts() breaks the text to fit.
        b->setMinimumWidth(QFontMetrics(big).averageCharWidth() * 4 + kHorizontalFrame);
        b->setToolTip(tr("Run %1 next").arg(c.name));
        b->setAccessibleName(c.name);
        const int tid = c.tid;
        connect(b, &QPushButton::clicked, this, [this, tid] { emit chosen(tid); });
        buttons_.push_back(b);
    }
    columns_ = 0;  // arranged afresh
    arrange();
}

void ReadyChoicePanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange();
}

void ReadyChoicePanel::arrange() {
    const QFontMetrics metrics(buttonFont(font()));
    const int twoColumnWidth = 2 * (metrics.averageCharWidth() * kColumnCharacters + kHorizontalFrame) + grid_->spacing();
    const int columns = static_cast<int>(buttons_.size()) > kOneColumn && width() >= twoColumnWidth ? 2 : 1;
    if (columns != columns_) {
        columns_ = columns;
        for (QPushButton* b : buttons_) grid_->removeWidget(b);
        for (std::size_t i = 0; i < buttons_.size(); ++i) {
            grid_->addWidget(buttons_[i], static_cast<int>(i) / columns, static_cast<int>(i) % columns);
        }
    }
    wrapTexts(metrics);
}

void ReadyChoicePanel::wrapTexts(const QFontMetrics& metrics) {
    const int column = (width() - grid_->spacing() * (columns_ - 1)) / std::max(columns_, 1);
    const int textWidth = std::max(column - kHorizontalFrame, metrics.averageCharWidth() * 4);
    for (std::size_t i = 0; i < buttons_.size(); ++i) {
        QStringList lines;
        for (const QString& line : texts_[i].split(QLatin1Char('\n'))) lines << wrapLine(line, metrics, textWidth);
        const QString text = lines.join(QLatin1Char('\n'));
        if (buttons_[i]->text() != text) buttons_[i]->setText(text);
        // Every line of the text, and the padding and border of the style.
        buttons_[i]->setFixedHeight(metrics.height() * static_cast<int>(lines.size()) + kVerticalFrame);
    }
}

}  // namespace ts::ui
