#include "editor/FindBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QToolButton>

#include "editor/CodeEditor.h"

namespace ts::ui {

FindBar::FindBar(CodeEditor& editor, QWidget* parent)
    : QWidget(parent),
      editor_(editor),
      field_(new QLineEdit),
      matchCase_(new QCheckBox(tr("Match case"))),
      status_(new QLabel) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto* label = new QLabel(tr("Find:"));
    label->setBuddy(field_);
    field_->setClearButtonEnabled(true);
    field_->setPlaceholderText(tr("text to find"));
    field_->installEventFilter(this);
    auto button = [this](const QString& text, const QString& tip) {
        auto* b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton* previous = button(tr("Previous"), tr("Previous match (Shift+Enter, Shift+F3)"));
    QToolButton* next = button(tr("Next"), tr("Next match (Enter, F3)"));
    QToolButton* close = button(QStringLiteral("\u2715"), tr("Close (Escape)"));
    layout->addWidget(label);
    layout->addWidget(field_, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(matchCase_);
    layout->addWidget(status_);
    layout->addWidget(close);

    connect(field_, &QLineEdit::textChanged, this, [this] {
        // Searching as you type: the match may grow where it stands, so start at the selection.
        find(false, true);
        markAll();
    });
    connect(matchCase_, &QCheckBox::toggled, this, [this] {
        find(false, true);
        markAll();
    });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    // The editor's signal, not its document's: the document may be replaced later.
    connect(&editor_, &QPlainTextEdit::textChanged, this, [this] {
        if (isVisible()) markAll();
    });
    hide();
}

void FindBar::open() {
    const QTextCursor selection = editor_.textCursor();
    if (selection.hasSelection() && !selection.selectedText().contains(QChar::ParagraphSeparator)) {
        field_->setText(selection.selectedText());
    }
    show();
    field_->setFocus();
    field_->selectAll();
    markAll();
}

void FindBar::dismiss() {
    hide();
    editor_.setSearchMatches({});
    editor_.setFocus();
}

void FindBar::setPattern(const QString& pattern) {
    field_->setText(pattern);
}

QString FindBar::pattern() const {
    return field_->text();
}

void FindBar::setCaseSensitive(bool on) {
    matchCase_->setChecked(on);
}

bool FindBar::findNext() {
    return find(false, false);
}

bool FindBar::findPrevious() {
    return find(true, false);
}

QString FindBar::status() const {
    return status_->text();
}

bool FindBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == field_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_F3:
                find(shift, false);
                return true;
            case Qt::Key_Escape:
                dismiss();
                return true;
            default:
                break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool FindBar::find(bool backward, bool fromSelectionStart) {
    wrapped_ = false;
    const QString text = field_->text();
    if (text.isEmpty()) {
        found_ = true;
        QTextCursor c = editor_.textCursor();
        c.clearSelection();
        editor_.setTextCursor(c);
        showStatus();
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backward) flags |= QTextDocument::FindBackward;
    if (matchCase_->isChecked()) flags |= QTextDocument::FindCaseSensitively;
    QTextDocument* document = editor_.document();
    QTextCursor from = editor_.textCursor();
    if (fromSelectionStart) from.setPosition(from.selectionStart());
    QTextCursor match = document->find(text, from, flags);
    if (match.isNull()) {
        // Round the end: from the top going down, from the bottom going up.
        QTextCursor edge(document);
        if (backward) edge.movePosition(QTextCursor::End);
        match = document->find(text, edge, flags);
        wrapped_ = !match.isNull();
    }
    found_ = !match.isNull();
    if (found_) editor_.setTextCursor(match);
    showStatus();
    return found_;
}

void FindBar::markAll() {
    QList<QTextCursor> matches;
    count_ = 0;
    const QString text = field_->text();
    if (!text.isEmpty()) {
        QTextDocument::FindFlags flags;
        if (matchCase_->isChecked()) flags |= QTextDocument::FindCaseSensitively;
        QTextDocument* document = editor_.document();
        for (QTextCursor c = document->find(text, 0, flags); !c.isNull();
             c = document->find(text, c, flags)) {
            if (count_++ < kMaxMarked) matches.push_back(c);
        }
    }
    editor_.setSearchMatches(matches);
    showStatus();
}

void FindBar::showStatus() {
    if (field_->text().isEmpty()) {
        status_->clear();
        return;
    }
    if (!found_ || count_ == 0) {
        status_->setText(tr("not found"));
        return;
    }
    // Which match is selected: the number of matches that start before it, plus one.
    const int at = editor_.textCursor().selectionStart();
    int index = 0;
    for (const QTextCursor& m : editor_.searchMatches()) {
        if (m.selectionStart() <= at) ++index;
    }
    QString text = tr("%1 of %2").arg(index).arg(count_);
    if (wrapped_) text += tr(" (wrapped)");
    status_->setText(text);
}

}  // namespace ts::ui
