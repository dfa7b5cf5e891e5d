#pragma once
// One scenario being edited: its text (a QTextDocument, which keeps the undo history and the
// modified flag), where it lives, and which format it is. Saving goes through QSaveFile: the
// new text is written to a temporary file beside the old one and renamed over it only when
// every byte is on disk, so a full disk or a read-only folder leaves the old file as it was.
#include <QObject>
#include <QString>

#include "editor/ScenarioKind.h"

class QTextDocument;

namespace ts::ui {

class ScenarioDocument : public QObject {
    Q_OBJECT
  public:
    explicit ScenarioDocument(QObject* parent = nullptr);

    QTextDocument* text() const { return text_; }
    QString plainText() const;
    ScenarioKind kind() const { return kind_; }
    // Empty until the text is first saved or when it came from a template.
    QString path() const { return path_; }
    bool isUntitled() const { return path_.isEmpty(); }
    bool isModified() const;
    // The file name, or the name a new document will be offered under ("threads.py").
    QString displayName() const;
    // The name messages and runs use: the path, or the offered name for a new document (then
    // a workload's "program" paths resolve against the working folder).
    QString runPath() const;

    // Reads a scenario file (UTF-8 text, at most kMaxScenarioFileBytes). On failure returns
    // false, sets `error` and leaves the document as it was.
    bool load(const QString& path, QString* error);
    // A new, never-saved document with `text` (a template): unmodified until edited.
    void startUntitled(ScenarioKind kind, const QString& suggestedName, const QString& text);
    // Text recovered from an autosave: it belongs to `path` (empty: it was never saved, and
    // `name` is what it was called) and differs from what is on disk, so it starts modified.
    void restore(const QString& path, const QString& name, ScenarioKind kind, const QString& text);

    // Writes the text to path() (which must be set). On failure returns false, sets `error`
    // to a sentence naming the file and the reason, and leaves the file on disk untouched.
    bool save(QString* error);
    // Writes to `path` and makes it the document's path (and kind) when that succeeded.
    bool saveAs(const QString& path, QString* error);

  signals:
    // The document now stands for another file (or a new one): its path, name or kind may
    // have changed. Not emitted by save(), which keeps all three.
    void pathChanged(const QString& path);
    void modificationChanged(bool modified);
    // load(), startUntitled() or restore() put a whole new text in.
    void textReplaced();
    void saved(const QString& path);

  private:
    void replaceText(const QString& text, bool modified);
    void setPath(const QString& path);
    bool write(const QString& path, QString* error) const;

    QTextDocument* text_;
    QString path_;
    QString suggestedName_;
    ScenarioKind kind_ = ScenarioKind::Workload;
    bool crlf_ = false;  // the file had Windows line ends: saving keeps them
};

}  // namespace ts::ui
