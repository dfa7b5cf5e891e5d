#include "editor/WorkloadTableEditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

#include "editor/WorkloadTableModel.h"

namespace ts::ui {

WorkloadTableEditor::WorkloadTableEditor(QWidget* parent)
    : QWidget(parent),
      model_(new WorkloadTableModel(this)),
      view_(new QTableView(this)),
      add_(new QPushButton(tr("&Add process"), this)),
      remove_(new QPushButton(tr("&Remove process"), this)),
      messages_(new QLabel(this)) {
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setSectionResizeMode(
        static_cast<int>(WorkloadDocument::Column::Bursts), QHeaderView::Stretch);
    add_->setToolTip(tr("Add a process after the selected one"));
    remove_->setToolTip(tr("Remove the selected processes"));
    messages_->setWordWrap(true);
    messages_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messages_->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addLayout(buttons);
    layout->addWidget(messages_);

    connect(add_, &QPushButton::clicked, this, &WorkloadTableEditor::addProcess);
    connect(remove_, &QPushButton::clicked, this, &WorkloadTableEditor::removeProcesses);
    connect(model_, &WorkloadTableModel::textChanged, this, &WorkloadTableEditor::textChanged);
    connect(model_, &WorkloadTableModel::validated, this, &WorkloadTableEditor::updateState);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkloadTableEditor::updateState);
    updateState();
}

bool WorkloadTableEditor::setText(const QByteArray& text, const QString& path, QString* error) {
    QString fault;
    const bool loaded = model_->setText(text, path, &fault);
    if (!loaded) messages_->setText(fault);
    if (error) *error = fault;
    if (loaded) view_->resizeColumnsToContents();
    updateState();
    return loaded;
}

void WorkloadTableEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // The header sections keep the widths measured in the old type or words ("Nome" cut to
    // "Iom" in presentation mode) until they are measured again.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        view_->resizeColumnsToContents();
    }
}

QByteArray WorkloadTableEditor::text() const {
    return model_->text();
}

QString WorkloadTableEditor::documentMessages() const {
    return model_->documentMessages().join(QLatin1Char('\n'));
}

void WorkloadTableEditor::addProcess() {
    const QModelIndex current = view_->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : model_->rowCount();
    if (!model_->insertRows(row, 1)) return;
    view_->setCurrentIndex(model_->index(row, 0));
    view_->selectRow(row);
}

void WorkloadTableEditor::removeProcesses() {
    QList<int> rows;
    for (const QModelIndex& index : view_->selectionModel()->selectedRows()) rows << index.row();
    if (rows.isEmpty() && view_->currentIndex().isValid()) rows << view_->currentIndex().row();
    // From the bottom up, so that each row number still means the same process.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : rows) model_->removeRows(row, 1);
}

void WorkloadTableEditor::updateState() {
    add_->setEnabled(model_->hasDocument());
    remove_->setEnabled(
        model_->hasDocument() && model_->rowCount() > 0 &&
        (view_->selectionModel()->hasSelection() || view_->currentIndex().isValid()));
    if (model_->hasDocument()) messages_->setText(documentMessages());
    messages_->setVisible(!messages_->text().isEmpty());
}

}  // namespace ts::ui
