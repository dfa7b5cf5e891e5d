#include "classroom/ReadyChoicePanel.h"

#include <QGridLayout>
#include <QPushButton>

#include "gantt/GanttStyle.h"

namespace ts::ui {
namespace {

// Up to this many threads stand in one column, the easiest to read; more take two columns.
constexpr int kOneColumn = 4;

QString buttonStyle(const QColor& fill) {
    const QColor text = GanttStyle::textOn(fill);
    return QStringLiteral("QPushButton { background: %1; color: %2; border: 2px solid %3; border-radius: 8px;"
                          " padding: 10px 14px; text-align: left; }"
                          "QPushButton:hover { border: 4px solid %2; }"
                          "QPushButton:pressed { background: %3; }"
                          "QPushButton:focus { border: 4px dashed %2; }")
        .arg(fill.name(), text.name(), fill.darker(140).name());
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
    choices_ = choices;
    const int columns = static_cast<int>(choices.size()) > kOneColumn ? 2 : 1;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const ReadyChoice& c = choices[i];
        const QString text = c.detail.isEmpty() ? c.name : c.name + QLatin1Char('\n') + c.detail;
        auto* b = new QPushButton(text, this);
        b->setFont(big);
        b->setStyleSheet(buttonStyle(c.colour));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // Every line of the text, and the padding and border of the style.
        b->setFixedHeight(QFontMetrics(big).height() * static_cast<int>(text.count(QLatin1Char('\n')) + 1) + 28);
        b->setToolTip(tr("Run %1 next").arg(c.name));
        b->setAccessibleName(c.name);
        const int tid = c.tid;
        connect(b, &QPushButton::clicked, this, [this, tid] { emit chosen(tid); });
        grid_->addWidget(b, static_cast<int>(i) / columns, static_cast<int>(i) % columns);
        buttons_.push_back(b);
    }
}

}  // namespace ts::ui
