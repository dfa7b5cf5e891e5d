#include "panels/CaptionBanner.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QToolButton>
#include <algorithm>

#include "model/RunRecording.h"
#include "model/UnitTime.h"
#include "present/ProjectorSizes.h"

namespace ts::ui {

CaptionBanner::CaptionBanner(QWidget* parent)
    : QFrame(parent), moment_(new QLabel), text_(new QLabel), previous_(new QToolButton), next_(new QToolButton),
      pause_(new QCheckBox(tr("Pause at captions"))), layout_(new QGridLayout(this)) {
    setObjectName(QStringLiteral("captionBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A pale yellow note, like a sticky note on the projected chart.
    setStyleSheet(QStringLiteral("#captionBanner { background: #fff8d6; border: 1px solid #e0c860; }"));
    text_->setWordWrap(true);
    // fitHeight() sizes the banner for the wrapped text; the layout then gives the caption the
    // whole height, instead of a height-for-width it guessed at another width.
    QSizePolicy policy = text_->sizePolicy();
    policy.setHeightForWidth(false);
    text_->setSizePolicy(policy);
    text_->installEventFilter(this);
    text_->setTextFormat(Qt::PlainText);
    moment_->setStyleSheet(QStringLiteral("color: #7a5c00; font-weight: bold;"));
    previous_->setText(QStringLiteral("\u25C0"));
    previous_->setToolTip(tr("The previous caption"));
    next_->setText(QStringLiteral("\u25B6"));
    next_->setToolTip(tr("The next caption"));
    pause_->setChecked(true);
    pause_->setToolTip(tr("Stop playing at the captions the scenario marks with pause"));
    layout_->setContentsMargins(8, 4, 8, 4);
    layout_->addWidget(previous_, 0, 0);
    layout_->addWidget(moment_, 0, 1);
    layout_->addWidget(next_, 0, 3);
    layout_->addWidget(pause_, 0, 4);
    connect(previous_, &QToolButton::clicked, this, [this] {
        if (previousTime_ >= 0) emit timeChosen(previousTime_);
    });
    connect(next_, &QToolButton::clicked, this, [this] {
        if (nextTime_ >= 0 && nextTime_ != kNever) emit timeChosen(nextTime_);
    });
    connect(pause_, &QCheckBox::toggled, this, &CaptionBanner::pauseAtCaptionsChanged);
    setPresentationMode(false);
    hide();
}

void CaptionBanner::setPresentationMode(bool on) {
    // On a projector the caption gets a row of its own, the banner's whole width: at 28 pt
    // beside the buttons it would wrap into a narrow, tall column over the chart.
    presentation_ = on;
    layout_->removeWidget(text_);
    if (on) {
        layout_->addWidget(text_, 1, 0, 1, 5);
    } else {
        layout_->addWidget(text_, 0, 2);
    }
    layout_->setColumnStretch(2, 1);
    QFont f = font();
    if (on) {
        f.setPointSize(ProjectorSizes::kCaptionPoints);
    } else {
        f.setPointSizeF(QFont().pointSizeF() * 1.25);
    }
    text_->setFont(f);
    moment_->setFont(f);
    // The banner's style sheet stops the window's larger font at its edge: its controls take
    // the projector size here.
    QFont controls = font();
    if (on) controls.setPointSize(ProjectorSizes::kInterfacePoints);
    for (QWidget* control : std::initializer_list<QWidget*>{previous_, next_, pause_}) control->setFont(controls);
    fitHeight();
}

QString CaptionBanner::text() const { return text_->text(); }

void CaptionBanner::fitHeight() {
    // A wrapped caption needs its full height (the chart below gives it up). The label's own
    // width is not settled before the layout runs, so measure what the banner leaves it.
    const int controls = std::max({moment_->sizeHint().height(), pause_->sizeHint().height(),
                                   previous_->sizeHint().height()});
    if (presentation_) {
        const int width = std::max(200, this->width() - 16);
        setFixedHeight(controls + std::max(0, layout_->verticalSpacing()) + text_->heightForWidth(width) + 14);
        return;
    }
    const int others = moment_->sizeHint().width() + previous_->sizeHint().width() + next_->sizeHint().width() +
                       pause_->sizeHint().width() + 70;
    // Once laid out, the label's own width is the one to wrap at.
    const int width = text_->isVisible() && text_->width() > 0 ? text_->width() : std::max(200, this->width() - others);
    setFixedHeight(std::max(text_->heightForWidth(width), controls) + 14);
}

bool CaptionBanner::eventFilter(QObject* watched, QEvent* event) {
    // The caption's width also changes without the banner's (a longer moment beside it).
    // Queued: the label is resized in the middle of the layout's pass, which would overwrite
    // a new height set from inside it.
    if (watched == text_ && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent*>(event)->oldSize().width() != text_->width()) {
        QMetaObject::invokeMethod(this, &CaptionBanner::fitHeight, Qt::QueuedConnection);
    }
    return QFrame::eventFilter(watched, event);
}

void CaptionBanner::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    if (event->oldSize().width() != width()) fitHeight();
}

void CaptionBanner::showAt(const RunRecording& recording, Time t) {
    const CaptionTrack& track = recording.captionTrack();
    setVisible(!track.empty());
    if (track.empty()) return;
    const int latest = track.latestAt(t);
    if (latest < 0) {
        moment_->clear();
        text_->setText(tr("This scenario has notes: they appear here as time reaches them."));
    } else {
        const ResolvedCaption& r = track.resolved()[static_cast<std::size_t>(latest)];
        moment_->setText(UnitTime::format(r.time, recording.unit()));
        text_->setText(QString::fromStdString(track.captions()[static_cast<std::size_t>(r.caption)].text));
    }
    // "Previous" goes to the caption showing when the cursor is past its moment, as a media
    // player's back button goes to the start of the current track.
    previousTime_ = latest >= 0 && track.resolved()[static_cast<std::size_t>(latest)].time < t
                        ? track.resolved()[static_cast<std::size_t>(latest)].time
                        : track.previousBefore(t);
    nextTime_ = track.nextAfter(t);
    fitHeight();
    previous_->setEnabled(previousTime_ >= 0);
    next_->setEnabled(nextTime_ != kNever);
}

}  // namespace ts::ui
