#pragma once
// A workload file's processes as a table the user edits cell by cell, with buttons to add and
// remove processes and, below, what is wrong outside the rows. Only the bytes of what changes
// are rewritten; the rest of the file - keys the table has no column for, the machine, the
// layout - stays as it was. textChanged carries the whole new file after every edit.
#include <QByteArray>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ts::ui {

class WorkloadTableModel;

class WorkloadTableEditor : public QWidget {
    Q_OBJECT
  public:
    explicit WorkloadTableEditor(QWidget* parent = nullptr);

    // Shows the workload `text` (UTF-8), which `path` names (a process's "program" is looked
    // up next to it). False, with `error`, when it is not a JSON object.
    bool setText(const QByteArray& text, const QString& path, QString* error = nullptr);
    QByteArray text() const;

    WorkloadTableModel& model() { return *model_; }
    QTableView& view() { return *view_; }
    QPushButton& addButton() { return *add_; }
    QPushButton& removeButton() { return *remove_; }
    // The faults outside the rows, one a line; empty when there are none.
    QString documentMessages() const;

    // A new process after the current row, or at the end; selects it.
    void addProcess();
    // Removes the selected processes (the current one when none is selected).
    void removeProcesses();

  signals:
    void textChanged(const QString& text);

  protected:
    // Larger type (presentation mode) or another language: the columns fit their headers again.
    void changeEvent(QEvent* event) override;

  private:
    void updateState();

    WorkloadTableModel* model_;
    QTableView* view_;
    QPushButton* add_;
    QPushButton* remove_;
    QLabel* messages_;
};

}  // namespace ts::ui
