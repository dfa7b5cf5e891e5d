#include "editor/EditorPanel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

#include "editor/CodeEditor.h"
#include "editor/Diagnostic.h"
#include "editor/FindBar.h"
#include "editor/JsonHighlighter.h"
#include "editor/LiveValidator.h"
#include "editor/PythonHighlighter.h"
#include "editor/ScenarioDocument.h"
#include "editor/SyntaxPalette.h"
#include "editor/Templates.h"

namespace ts::ui {
namespace {

QAction* addShortcut(QWidget* owner, const QString& text, const QKeySequence& key) {
    auto* action = new QAction(text, owner);
    action->setShortcut(key);
    // Only while the editor has the focus: elsewhere these keys belong to the window.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

}  // namespace

EditorPanel::EditorPanel(QWidget* parent)
    : QWidget(parent),
      prompts_(EditorPrompts::dialogs()),
      document_(new ScenarioDocument(this)),
      editor_(new CodeEditor),
      findBar_(new FindBar(*editor_)),
      validator_(new LiveValidator(*document_, this)),
      autosave_(new Autosave(*document_, this)),
      message_(new QLabel),
      note_(new QLabel) {
    editor_->setDocument(document_->text());

    run_ = addShortcut(this, tr("Run edited text"), QKeySequence(Qt::CTRL | Qt::Key_R));
    run_->setToolTip(tr("Run the text as it stands, unsaved changes included (Ctrl+R)"));
    find_ = addShortcut(this, tr("Find..."), QKeySequence::Find);
    QAction* next = addShortcut(this, tr("Find next"), QKeySequence::FindNext);
    QAction* previous = addShortcut(this, tr("Find previous"), QKeySequence::FindPrevious);
    connect(run_, &QAction::triggered, this, &EditorPanel::requestRun);
    connect(find_, &QAction::triggered, this, &EditorPanel::showFind);
    connect(next, &QAction::triggered, findBar_, &FindBar::findNext);
    connect(previous, &QAction::triggered, findBar_, &FindBar::findPrevious);

    auto* tools = new QToolBar;
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(run_);
    tools->addAction(find_);

    message_->setTextFormat(Qt::RichText);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::TextSelectableByMouse);
    connect(message_, &QLabel::linkActivated, this,
            [this] { editor_->goTo(validator_->current().line, validator_->current().column); });
    auto* strip = new QHBoxLayout;
    strip->setContentsMargins(6, 2, 6, 2);
    strip->addWidget(message_, 1);
    strip->addWidget(note_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(editor_, 1);
    layout->addWidget(findBar_);
    layout->addLayout(strip);

    connect(validator_, &LiveValidator::validated, this, &EditorPanel::showDiagnostic);
    connect(document_, &ScenarioDocument::modificationChanged, this,
            [this] { emit titleChanged(title()); });
    connect(document_, &ScenarioDocument::textReplaced, this, [this] {
        // The old error and matches were about the old text.
        editor_->setDiagnostic({});
        editor_->moveCursor(QTextCursor::Start);
        findBar_->hide();
        editor_->setSearchMatches({});
    });
    connect(document_, &ScenarioDocument::pathChanged, this, [this] {
        useHighlighterFor(document_->kind());
        emit titleChanged(title());
    });
    connect(document_, &ScenarioDocument::saved, this, [this](const QString& path) {
        setNote(
            tr("Saved %1 at %2").arg(QFileInfo(path).fileName(), QTime::currentTime().toString()),
            false);
    });
    connect(autosave_, &Autosave::written, this,
            [this] { setNote(tr("Autosaved at %1").arg(QTime::currentTime().toString()), false); });
    connect(autosave_, &Autosave::failed, this, [this](const QString& why) { setNote(why, true); });

    newFromTemplate(Templates::all().front());
}

EditorPanel::~EditorPanel() = default;

bool EditorPanel::openFile(const QString& path) {
    QString error;
    if (!document_->load(path, &error)) {
        setNote(error, true);
        prompts_.warn(this, tr("Cannot open"), error);
        return false;
    }
    return true;
}

void EditorPanel::newFromTemplate(const ScenarioTemplate& scenario) {
    document_->startUntitled(scenario.kind, scenario.id, Templates::text(scenario));
}

void EditorPanel::restore(const Autosave::Entry& entry) {
    document_->restore(entry.path, entry.name, entry.kind, entry.text);
    // Our own copy first, then the old one goes: a crash in between loses nothing.
    if (autosave_->writeNow()) Autosave::remove(entry.id);
}

bool EditorPanel::offerRecovery() {
    QList<Autosave::Entry> entries = Autosave::pending();
    while (!entries.isEmpty()) {
        const Autosave::Entry entry = entries.takeLast();
        const QString name =
            entry.path.isEmpty() ? entry.name : QDir::toNativeSeparators(entry.path);
        const QString question =
            tr("timeslice ended without saving your changes to %1. Its text as of %2 was kept.\n\n"
               "Restore it into the editor?")
                .arg(name,
                     entry.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")));
        switch (prompts_.ask(this, tr("Restore unsaved changes"), question,
                             QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel)) {
            case QMessageBox::Yes:
                restore(entry);
                return true;
            case QMessageBox::No:
                Autosave::remove(entry.id);
                break;
            default:
                return false;
        }
    }
    return false;
}

bool EditorPanel::save() {
    if (document_->isUntitled()) return saveAs();
    QString error;
    if (document_->save(&error)) return true;
    setNote(error, true);
    prompts_.warn(this, tr("Save failed"), error);
    return false;
}

bool EditorPanel::saveAs() {
    const QString suggested = document_->isUntitled()
                                  ? QDir::current().filePath(document_->displayName())
                                  : document_->path();
    const QString path = prompts_.chooseSavePath(this, suggested, document_->kind());
    if (path.isEmpty()) return false;
    return saveTo(path);
}

bool EditorPanel::saveTo(const QString& path) {
    QString error;
    if (document_->saveAs(path, &error)) return true;
    setNote(error, true);
    prompts_.warn(this, tr("Save failed"), error);
    return false;
}

bool EditorPanel::maybeSave() {
    if (!document_->isModified()) return true;
    const QString question = tr("%1 has unsaved changes. Save them?").arg(document_->displayName());
    switch (prompts_.ask(this, tr("Unsaved changes"), question,
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel)) {
        case QMessageBox::Save:
            return save();
        case QMessageBox::Discard:
            autosave_->discard();
            return true;
        default:
            return false;
    }
}

bool EditorPanel::requestRun() {
    const Diagnostic diagnostic = validator_->validateNow();
    if (!diagnostic.ok()) {
        if (diagnostic.placed()) editor_->goTo(diagnostic.line, diagnostic.column);
        return false;
    }
    emit runRequested(document_->plainText(), document_->runPath());
    return true;
}

void EditorPanel::showFind() {
    findBar_->open();
}

QString EditorPanel::message() const {
    return plainMessage_;
}

QString EditorPanel::note() const {
    return note_->text();
}

QString EditorPanel::title() const {
    return document_->displayName() + (document_->isModified() ? QStringLiteral("*") : QString());
}

void EditorPanel::showDiagnostic(const Diagnostic& diagnostic) {
    editor_->setDiagnostic(diagnostic);
    if (diagnostic.ok()) {
        plainMessage_ = tr("No problems found.");
        message_->setText(tr("<span style='color:#2e7d32'>\u2714 No problems found.</span>"));
    } else if (diagnostic.placed()) {
        plainMessage_ = tr("Line %1, column %2: %3")
                            .arg(diagnostic.line)
                            .arg(diagnostic.column)
                            .arg(diagnostic.message);
        message_->setText(tr("<span style='color:#c62828'>\u2716 <a href='#error'>Line %1, column "
                             "%2</a>: %3</span>")
                              .arg(diagnostic.line)
                              .arg(diagnostic.column)
                              .arg(diagnostic.message.toHtmlEscaped()));
    } else {
        plainMessage_ = diagnostic.message;
        message_->setText(tr("<span style='color:#c62828'>\u2716 %1</span>")
                              .arg(diagnostic.message.toHtmlEscaped()));
    }
}

void EditorPanel::useHighlighterFor(ScenarioKind kind) {
    if (highlighter_ && kind == highlighted_) return;
    delete highlighter_;
    const SyntaxPalette palette =
        SyntaxPalette::forBackground(editor_->palette().color(QPalette::Base));
    if (kind == ScenarioKind::Program) {
        highlighter_ = new PythonHighlighter(document_->text(), palette);
    } else {
        highlighter_ = new JsonHighlighter(document_->text(), palette);
    }
    highlighted_ = kind;
}

void EditorPanel::setNote(const QString& text, bool error) {
    note_->setText(text);
    note_->setStyleSheet(error ? QStringLiteral("color:#c62828") : QString());
    note_->setToolTip(text);
}

}  // namespace ts::ui
