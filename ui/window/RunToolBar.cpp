#include "window/RunToolBar.h"

#include <QAction>
#include <QEvent>
#include <QResizeEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <cmath>

#include "model/PlaybackController.h"
#include "model/UnitTime.h"
#include "scenario/Duration.h"

namespace ts::ui {
namespace {
constexpr int kScrubberSteps = 10000;
}

RunToolBar::RunToolBar(PlaybackController& controller, QWidget* parent)
    : QToolBar(tr("Run controls"), parent), controller_(controller) {
    setObjectName(QStringLiteral("runControls"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto add = [this](QStyle::StandardPixmap icon, const QString& text,
                            const QKeySequence& key, auto slot) {
        QAction* a = addAction(style()->standardIcon(icon), text);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, &controller_, slot);
        return a;
    };
    add(QStyle::SP_MediaSkipBackward, tr("Restart"), QKeySequence(Qt::Key_Home),
        &PlaybackController::restart);
    add(QStyle::SP_MediaSeekBackward, tr("Back"), QKeySequence(Qt::Key_Left),
        &PlaybackController::stepBack);
    play_ = add(QStyle::SP_MediaPlay, tr("Play"), QKeySequence(Qt::Key_Space),
                &PlaybackController::togglePlay);
    add(QStyle::SP_MediaSeekForward, tr("Step"), QKeySequence(Qt::Key_Right),
        &PlaybackController::stepForward);
    add(QStyle::SP_MediaSkipForward, tr("Next switch"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
        &PlaybackController::stepToContextSwitch);
    nextLine_ = add(QStyle::SP_ArrowDown, tr("Next line"), QKeySequence(Qt::Key_N), &PlaybackController::stepToNextLine);
    nextLine_->setToolTip(tr("Next line of the followed thread (N); choose the thread in the Program panel"));
    addSeparator();

    addWidget(new QLabel(tr(" Speed ")));
    speed_ = new QSlider(Qt::Horizontal);
    speed_->setRange(0, 800);
    speed_->setFixedWidth(140);
    speed_->setValue(positionFor(controller_.speed()));
    speed_->setToolTip(tr("Simulated time per real second"));
    addWidget(speed_);
    speedText_ = new QLabel;
    speedText_->setMinimumWidth(80);
    addWidget(speedText_);
    connect(speed_, &QSlider::valueChanged, this, &RunToolBar::speedMoved);
    speedMoved(speed_->value());
    addSeparator();

    addWidget(new QLabel(tr(" Run to ")));
    runTo_ = new QLineEdit;
    runTo_->setPlaceholderText(tr("e.g. 30ms"));
    runTo_->setFixedWidth(90);
    addWidget(runTo_);
    connect(runTo_, &QLineEdit::returnPressed, this, &RunToolBar::runToTyped);
    addSeparator();

    scrubber_ = new QSlider(Qt::Horizontal);
    scrubber_->setRange(0, kScrubberSteps);
    scrubber_->setMinimumWidth(240);
    scrubber_->setToolTip(tr("Drag to move through the recorded run"));
    addWidget(scrubber_);
    connect(scrubber_, &QSlider::valueChanged, this, &RunToolBar::scrubbed);
    timeText_ = new QLabel;
    timeText_->setMinimumWidth(150);
    addWidget(timeText_);
}

void RunToolBar::resizeEvent(QResizeEvent* event) {
    QToolBar::resizeEvent(event);
    fitLabels();
}

void RunToolBar::changeEvent(QEvent* event) {
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        // Other type or words: measure the labelled bar again.
        setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        fitLabels();
    }
}

void RunToolBar::fitLabels() {
    const bool labelled = toolButtonStyle() == Qt::ToolButtonTextBesideIcon;
    if (labelled) labelledWidth_ = sizeHint().width();
    // Icons alone until the bar is wide enough for the labels again (their names stay in the
    // tooltips); comparing with the labelled width measured, not the current one, cannot flicker.
    const bool fits = width() >= labelledWidth_;
    if (fits != labelled) setToolButtonStyle(fits ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
}

double RunToolBar::speedAt(int position) { return std::pow(10.0, 3.0 + position / 100.0); }

int RunToolBar::positionFor(double nsPerSecond) {
    return static_cast<int>(std::lround((std::log10(std::max(1.0, nsPerSecond)) - 3.0) * 100.0));
}

void RunToolBar::speedMoved(int position) {
    const double speed = speedAt(position);
    controller_.setSpeed(speed);
    speedText_->setText(QString::fromStdString(formatDuration(static_cast<Time>(speed))) + tr("/s"));
}

void RunToolBar::showSpeed() {
    const QSignalBlocker quiet(speed_);
    speed_->setValue(positionFor(controller_.speed()));
    speedText_->setText(QString::fromStdString(formatDuration(static_cast<Time>(controller_.speed()))) + tr("/s"));
}

void RunToolBar::runToTyped() {
    const RunRecording* r = controller_.recording();
    std::string error;
    const auto t = parseDuration(runTo_->text().trimmed().toStdString(), r ? r->unit() : "ms", &error);
    if (!t) {
        runTo_->setToolTip(QString::fromStdString(error));
        runTo_->setStyleSheet(QStringLiteral("background: #fdd"));
        return;
    }
    runTo_->setStyleSheet(QString());
    controller_.pause();
    controller_.seek(*t);
}

void RunToolBar::scrubbed(int position) {
    const RunRecording* r = controller_.recording();
    if (refreshing_ || !r) return;
    const double fraction = static_cast<double>(position) / kScrubberSteps;
    controller_.pause();
    controller_.seek(static_cast<Time>(fraction * static_cast<double>(r->endTime())));
}

void RunToolBar::refresh() {
    const RunRecording* r = controller_.recording();
    refreshing_ = true;
    play_->setText(controller_.playing() ? tr("Pause") : tr("Play"));
    play_->setIcon(style()->standardIcon(controller_.playing() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    nextLine_->setEnabled(r && !r->source().empty());
    if (r) {
        const Time end = std::max<Time>(1, r->endTime());
        scrubber_->setValue(static_cast<int>(static_cast<double>(controller_.cursor()) / static_cast<double>(end) * kScrubberSteps));
        timeText_->setText(tr(" t = %1 of %2%3")
                               .arg(UnitTime::format(controller_.cursor(), r->unit()))
                               .arg(UnitTime::format(r->endTime(), r->unit()))
                               .arg(r->complete() ? QString() : tr("+")));
    }
    refreshing_ = false;
}

}  // namespace ts::ui
