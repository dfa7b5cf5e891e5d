#include "editor/WorkloadTableModel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "scenario/InputError.h"

namespace ts::ui {
namespace {

using Column = WorkloadDocument::Column;

const QColor kInvalidBackground(255, 205, 205);

QString headerText(Column column) {
    switch (column) {
        case Column::Name:
            return QObject::tr("Name");
        case Column::Arrival:
            return QObject::tr("Arrival");
        case Column::Priority:
            return QObject::tr("Priority");
        case Column::Bursts:
            return QObject::tr("Bursts");
        case Column::Period:
            return QObject::tr("Period");
        case Column::Deadline:
            return QObject::tr("Deadline");
    }
    return {};
}

QString headerHelp(Column column, const QString& unit) {
    const QString time = QObject::tr("a number in %1, or a duration such as 30ms").arg(unit);
    switch (column) {
        case Column::Name:
            return QObject::tr("The process's name, unique in the file");
        case Column::Arrival:
            return QObject::tr("When the process arrives: %1; empty: 0").arg(time);
        case Column::Priority:
            return QObject::tr(
                "A whole number; a lower number is a higher priority unless the "
                "machine says otherwise; empty: 0");
        case Column::Bursts:
            return QObject::tr(
                "CPU and I/O bursts in order, e.g. \"cpu 5, io 3, cpu 2\"; a length "
                "may be drawn: cpu exp(50), io uniform(20, 60), cpu normal(8, 3)");
        case Column::Period:
            return QObject::tr(
                       "A periodic task releases one job per period (%1); empty: not "
                       "periodic")
                .arg(time);
        case Column::Deadline:
            return QObject::tr("Each job's relative deadline (%1); empty: the period").arg(time);
    }
    return {};
}

}  // namespace

WorkloadTableModel::WorkloadTableModel(QObject* parent) : QAbstractTableModel(parent) {}

bool WorkloadTableModel::setText(const QByteArray& text, const QString& path, QString* error) {
    beginResetModel();
    document_.reset();
    validation_.reset();
    pending_.clear();
    bool loaded = true;
    try {
        document_.emplace(text.toStdString(), path.toStdString());
        validation_.emplace(*document_);
    } catch (const InputError& fault) {
        if (error) *error = QString::fromStdString(fault.what());
        loaded = false;
    }
    endResetModel();
    emit validated();
    return loaded;
}

QByteArray WorkloadTableModel::text() const {
    return document_ ? QByteArray::fromStdString(document_->text()) : QByteArray();
}

QStringList WorkloadTableModel::documentMessages() const {
    QStringList messages;
    if (!validation_) return messages;
    for (const std::string& message : validation_->documentMessages()) {
        messages << QString::fromStdString(message);
    }
    return messages;
}

QString WorkloadTableModel::message(int row, int column) const {
    if (const auto pending = pending_.constFind(key(row, column)); pending != pending_.constEnd()) {
        return pending->reason;
    }
    if (!validation_) return {};
    return QString::fromStdString(validation_->messageFor(row, static_cast<Column>(column)));
}

bool WorkloadTableModel::isValid() const {
    return validation_ && validation_->ok() && pending_.isEmpty();
}

int WorkloadTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !document_ ? 0 : document_->rowCount();
}

int WorkloadTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : WorkloadDocument::kColumnCount;
}

QVariant WorkloadTableModel::data(const QModelIndex& index, int role) const {
    if (!document_ || !index.isValid()) return {};
    const int row = index.row();
    const int column = index.column();
    const auto pending = pending_.constFind(key(row, column));
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            if (pending != pending_.constEnd()) return pending->text;
            return QString::fromStdString(document_->cellText(row, static_cast<Column>(column)));
        case Qt::ToolTipRole: {
            const QString why = message(row, column);
            if (!why.isEmpty()) return why;
            if (!document_->isEditable(row, static_cast<Column>(column))) {
                return tr("Edit this process's threads or program in the file's text");
            }
            return {};
        }
        case Qt::BackgroundRole:
            if (!message(row, column).isEmpty()) return kInvalidBackground;
            return {};
        case Qt::ForegroundRole:
            // Red backgrounds keep dark text in every palette.
            if (!message(row, column).isEmpty()) return QColor(Qt::black);
            if (!document_->isEditable(row, static_cast<Column>(column))) {
                return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
            }
            return {};
        default:
            return {};
    }
}

QVariant WorkloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (section < 0 || section >= WorkloadDocument::kColumnCount) return {};
    const auto column = static_cast<Column>(section);
    if (role == Qt::DisplayRole) return headerText(column);
    if (role == Qt::ToolTipRole) {
        return headerHelp(
            column, document_ ? QString::fromStdString(document_->unit()) : QStringLiteral("ms"));
    }
    return {};
}

Qt::ItemFlags WorkloadTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (document_ && index.isValid() &&
        document_->isEditable(index.row(), static_cast<Column>(index.column()))) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool WorkloadTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!document_ || !index.isValid() || role != Qt::EditRole) return false;
    const int row = index.row();
    const int column = index.column();
    const QString text = value.toString();
    const std::string before = document_->text();
    const std::optional<std::string> refused =
        document_->setCell(row, static_cast<Column>(column), text.toStdString());
    if (refused) {
        pending_.insert(key(row, column), {text, QString::fromStdString(*refused)});
        revalidate();
        return false;
    }
    pending_.remove(key(row, column));
    if (document_->text() == before) {
        revalidate();
        return true;
    }
    documentChanged();
    return true;
}

bool WorkloadTableModel::insertRows(int row, int count, const QModelIndex& parent) {
    if (!document_ || parent.isValid() || count < 1 || row < 0 || row > rowCount()) return false;
    const JsonValue::Member* list = document_->root().find("processes");
    if (list && !list->value.isArray()) return false;
    // Typed text that could not be written belongs to a row that may now move; drop it.
    pending_.clear();
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) document_->insertProcess(row + i);
    endInsertRows();
    documentChanged();
    return true;
}

bool WorkloadTableModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (!document_ || parent.isValid() || count < 1 || row < 0 || row + count > rowCount()) {
        return false;
    }
    pending_.clear();
    beginRemoveRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) document_->removeProcess(row);
    endRemoveRows();
    documentChanged();
    return true;
}

void WorkloadTableModel::revalidate() {
    validation_.emplace(*document_);
    // Any cell's verdict may change with any edit (two processes with one name), so repaint all.
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit validated();
}

void WorkloadTableModel::documentChanged() {
    revalidate();
    emit textChanged(QString::fromStdString(document_->text()));
}

}  // namespace ts::ui
