#pragma once
// The processes of a workload file as an editable table (one row a process: name, arrival,
// priority, bursts, period, deadline) over a WorkloadDocument, so that an edit rewrites only
// the bytes of the value it changes. Cells the workload loader would reject are painted red
// with its message as their tooltip; bursts text that cannot even be written (a line that is
// not "cpu 5, io 3") stays in its cell, red, until it is fixed.
#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

#include "scenario/WorkloadDocument.h"
#include "scenario/WorkloadValidation.h"

namespace ts::ui {

class WorkloadTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    explicit WorkloadTableModel(QObject* parent = nullptr);

    // Replaces the document with `text` (UTF-8), which `path` names. On a file that is not a
    // JSON object returns false, sets `error` and leaves the model empty.
    bool setText(const QByteArray& text, const QString& path, QString* error = nullptr);
    bool hasDocument() const { return document_.has_value(); }
    // The file as it stands after the edits: the loaded bytes exactly when nothing changed.
    QByteArray text() const;
    // Faults outside the rows (the machine, the unit, an empty list), each "FILE:LINE:COL: ...".
    QStringList documentMessages() const;
    // The loader's message for a cell, or the reason typed text could not be written; "".
    QString message(int row, int column) const;
    bool isValid() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // False when nothing was written (the text is kept in the cell, flagged, if it was bursts
    // text that does not parse).
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    // New processes get fresh names; see WorkloadDocument::insertProcess.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

  signals:
    // After every change to the file's text, with the whole new text.
    void textChanged(const QString& text);
    // After every change, when the messages may have changed.
    void validated();

  private:
    struct PendingCell {
        QString text;
        QString reason;
    };
    static int key(int row, int column) { return row * WorkloadDocument::kColumnCount + column; }
    void revalidate();
    void documentChanged();

    std::optional<WorkloadDocument> document_;
    std::optional<WorkloadValidation> validation_;
    QHash<int, PendingCell> pending_;
};

}  // namespace ts::ui
