#include "panels/ConsolePanel.h"

#include <QFontDatabase>
#include <algorithm>

#include "model/RunRecording.h"
#include "model/UnitTime.h"

namespace ts::ui {

ConsolePanel::ConsolePanel(QWidget* parent) : QListWidget(parent) {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        emit timeChosen(item->data(Qt::UserRole).toLongLong());
    });
}

void ConsolePanel::showOutputUntil(const RunRecording& recording, Time t) {
    const auto& chunks = recording.trace().output();
    const auto upto = static_cast<std::size_t>(
        std::upper_bound(chunks.begin(), chunks.end(), t,
                         [](Time v, const OutputChunk& c) { return v < c.time; }) -
        chunks.begin());
    if (&recording != recording_ || upto < shown_) {
        // Another run, or time went back: list again (only the lines up to now).
        clear();
        shown_ = 0;
        recording_ = &recording;
    }
    for (; shown_ < upto; ++shown_) {
        const OutputChunk& c = chunks[shown_];
        QString text = QString::fromStdString(std::string(recording.trace().textOf(c)));
        if (text.endsWith(QLatin1Char('\n'))) text.chop(1);
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2  %3")
                                             .arg(UnitTime::format(c.time, recording.unit()), 10)
                                             .arg(QString::fromStdString(recording.threadName(c.tid)), -12)
                                             .arg(text));
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(c.time));
        if (c.stream == OutputStream::Stderr) item->setForeground(QColor(180, 0, 0));
        addItem(item);
    }
    if (upto > 0) scrollToBottom();
}

}  // namespace ts::ui
