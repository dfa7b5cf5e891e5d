#pragma once
// The scenario editor as one widget for the window: the code editor with the highlighter for
// the document's kind, the find bar, and a message strip that says what the live validator
// found ("Line 3, column 12: unknown key ..." - click it to go there) and when the text was
// last autosaved. It owns the document, its validator and its autosave.
//
// The window decides what a run is: Run (Ctrl+R) validates at once and, when the text is
// fine, emits runRequested with the text as it stands - unsaved edits included.
#include <QString>
#include <QWidget>

#include "editor/Autosave.h"
#include "editor/EditorPrompts.h"
#include "editor/ScenarioKind.h"

class QAction;
class QLabel;
class QSyntaxHighlighter;

namespace ts::ui {

class CodeEditor;
class FindBar;
class LiveValidator;
class ScenarioDocument;
struct Diagnostic;
struct ScenarioTemplate;

class EditorPanel : public QWidget {
    Q_OBJECT
  public:
    explicit EditorPanel(QWidget* parent = nullptr);
    ~EditorPanel() override;

    void setPrompts(EditorPrompts prompts) { prompts_ = std::move(prompts); }

    // These replace the text without asking: call maybeSave() first.
    bool openFile(const QString& path);  // a failure is reported through the prompts
    void newFromTemplate(const ScenarioTemplate& scenario);
    // Takes an autosaved text back (modified, with its path); its old copy is then removed.
    void restore(const Autosave::Entry& entry);
    // Offers the texts a killed or crashed timeslice left, newest first: Yes restores one
    // (and stops), No deletes that copy and offers the next, Cancel keeps the rest for later.
    // Returns true when a text was restored.
    bool offerRecovery();

    // Save asks where when the document has no file yet. Failures are reported through the
    // prompts and in the message strip; the file on disk stays as it was.
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    // Before the text is replaced or the window closes. Asks Save / Discard / Cancel when there
    // are unsaved changes; true when it is fine to go on (saved, discarded or nothing to save).
    bool maybeSave();
    // Validates now; emits runRequested when the text is fine, else shows the error.
    bool requestRun();
    void showFind();

    ScenarioDocument& document() { return *document_; }
    CodeEditor& editor() { return *editor_; }
    FindBar& findBar() { return *findBar_; }
    LiveValidator& validator() { return *validator_; }
    Autosave& autosave() { return *autosave_; }
    QSyntaxHighlighter* highlighter() const { return highlighter_; }
    QString message() const;  // the message strip's text, as plain text
    QString note() const;     // autosave and save notes beside it
    // The document's name with a '*' while it has unsaved changes.
    QString title() const;

    QAction* runAction() const { return run_; }
    QAction* findAction() const { return find_; }

  signals:
    void runRequested(const QString& text, const QString& path);
    void titleChanged(const QString& title);

  private:
    void showDiagnostic(const Diagnostic& diagnostic);
    void useHighlighterFor(ScenarioKind kind);
    void setNote(const QString& text, bool error);

    EditorPrompts prompts_;
    ScenarioDocument* document_;
    CodeEditor* editor_;
    FindBar* findBar_;
    LiveValidator* validator_;
    Autosave* autosave_;
    QSyntaxHighlighter* highlighter_ = nullptr;
    ScenarioKind highlighted_ = ScenarioKind::Workload;
    QLabel* message_;
    QString plainMessage_;
    QLabel* note_;
    QAction* run_;
    QAction* find_;
};

}  // namespace ts::ui
