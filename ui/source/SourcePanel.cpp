#include "source/SourcePanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "gantt/GanttStyle.h"
#include "model/RunRecording.h"
#include "present/ProjectorSizes.h"
#include "source/SourceView.h"

namespace ts::ui {

SourcePanel::SourcePanel(QWidget* parent)
    : QWidget(parent), view_(new SourceView), follow_(new QComboBox), next_(new QPushButton(tr("Next line"))),
      hint_(new QLabel) {
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(new QLabel(tr("Follow")));
    bar->addWidget(follow_, 1);
    next_->setToolTip(tr("Move time to where the followed thread starts its next line (N)"));
    bar->addWidget(next_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    hint_->setWordWrap(true);
    hint_->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(hint_);

    connect(follow_, &QComboBox::currentIndexChanged, this, [this] { emit followedThreadChanged(followedThread()); });
    connect(next_, &QPushButton::clicked, this, &SourcePanel::nextLineRequested);
    connect(view_, &SourceView::breakpointsChanged, this, &SourcePanel::breakpointsChanged);
    setRecording(nullptr);
}

void SourcePanel::setRecording(const RunRecording* recording) {
    follow_->clear();
    threadsListed_ = 0;
    const QString source = recording ? QString::fromStdString(recording->source()) : QString();
    view_->setSource(source);
    const bool program = !source.isEmpty();
    follow_->setEnabled(program);
    next_->setEnabled(program);
    hint_->setText(program ? tr("Click the margin (or press F9) to stop playing when a thread reaches a line.")
                           : tr("A workload has no program source: open a .py scenario to watch its threads' lines."));
}

void SourcePanel::setPresentationMode(bool on) {
    QFont mono = view_->font();
    mono.setPointSize(on ? ProjectorSizes::kCodePoints : QFont().pointSize());
    view_->setFont(mono);
}

int SourcePanel::followedThread() const {
    return follow_->currentIndex() >= 0 ? follow_->currentData().toInt() : -1;
}

void SourcePanel::followThread(int tid) {
    const int index = follow_->findData(tid);
    if (index >= 0) follow_->setCurrentIndex(index);
}

void SourcePanel::refreshThreadChoices(const RunRecording& recording) {
    // Threads appear as the program starts them; the list only grows during one run.
    const int count = recording.threadCount();
    for (; threadsListed_ < count; ++threadsListed_) {
        follow_->addItem(QString::fromStdString(recording.threadName(threadsListed_)), threadsListed_);
    }
    for (int i = 0; i < follow_->count(); ++i) {
        follow_->setItemText(i, QString::fromStdString(recording.threadName(follow_->itemData(i).toInt())));
    }
}

void SourcePanel::showAt(const RunRecording& recording, const RunState& state, Time t, const GanttStyle& style) {
    if (recording.source().empty()) return;
    refreshThreadChoices(recording);
    std::vector<ThreadLine> lines;
    for (int tid = 0; tid < recording.threadCount(); ++tid) {
        const ThreadNow now = static_cast<std::size_t>(tid) < state.threads.size()
                                  ? state.threads[static_cast<std::size_t>(tid)]
                                  : ThreadNow{};
        if (now.state == ThreadState::New || now.state == ThreadState::Terminated) continue;
        const int line = recording.lines().lineAt(tid, t);
        if (line <= 0) continue;
        lines.push_back(ThreadLine{tid, QString::fromStdString(recording.threadName(tid)), line,
                                   style.threadColour(tid), now.state == ThreadState::Running});
    }
    view_->showThreads(std::move(lines), followedThread());
}

}  // namespace ts::ui
