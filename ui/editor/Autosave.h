#pragma once
// Keeps a copy of a document's unsaved text where the next start can find it, so that a crash,
// a kill or a power cut costs at most the last few seconds of editing. The copy is written
// kIntervalMs after the first unsaved edit (not after the last one: steady typing is saved as
// it goes), atomically, into QStandardPaths::AppDataLocation/autosave/ as one JSON file with the
// text and the path it belongs to; it is removed when the document is saved, goes back to its
// saved text, or is closed cleanly.
//
// Each live copy is held by a lock file (QLockFile: the process id plus an OS lock), so that
// pending() offers back only copies whose process is gone - never those of a timeslice still
// running in another window.
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

#include "editor/ScenarioKind.h"

class QLockFile;

namespace ts::ui {

class ScenarioDocument;

class Autosave : public QObject {
    Q_OBJECT
  public:
    static constexpr int kIntervalMs = 2000;

    // A copy left behind by a process that ended without saving.
    struct Entry {
        QString id;
        QString path;  // the file the text belongs to; empty when it was never saved
        QString name;  // what the editor called it ("threads.py")
        ScenarioKind kind = ScenarioKind::Workload;
        QString text;
        QDateTime savedAt;
    };

    explicit Autosave(ScenarioDocument& document, QObject* parent = nullptr);
    // A clean end: the user has already been asked about unsaved changes.
    ~Autosave() override;

    void setInterval(int ms) { timer_.setInterval(ms); }
    int interval() const { return timer_.interval(); }
    // The file this document's copy goes to.
    QString entryFile() const;
    bool hasEntry() const;

    // Writes the copy now. Returns false (and emits failed) when it cannot be written.
    bool writeNow();
    // Removes this document's copy, if any.
    void discard();

    static QString directory();
    // The copies no running process holds, oldest first.
    static QList<Entry> pending();
    // Removes a copy pending() returned (taken back into an editor, or declined).
    static bool remove(const QString& id);

  signals:
    void written(const QString& file);
    void failed(const QString& message);

  private:
    void scheduleWrite();

    ScenarioDocument& document_;
    QTimer timer_;
    QString id_;
    std::unique_ptr<QLockFile> lock_;
};

}  // namespace ts::ui
