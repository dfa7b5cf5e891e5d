#include "classroom/SweepRunner.h"

#include <exception>
#include <memory>

namespace ts::ui {

SweepRunner::SweepRunner(QObject* parent) : QObject(parent) {}

SweepRunner::~SweepRunner() {
    cancel_ = true;
    if (worker_.joinable()) worker_.join();
}

bool SweepRunner::start(const SweepScenario& scenario, SweepParameter parameter,
                        std::vector<std::int64_t> values, int jobs) {
    if (running()) return false;
    cancel_ = false;
    values_ = std::move(values);
    parameter_ = parameter;
    threads_ = Sweep::threadsFor(jobs, values_.size());
    clock_.start();
    // The thread owns copies of what it reads, so the window may change its setup meanwhile.
    worker_ = std::thread([this, scenario, parameter, values = values_, jobs] {
        SweepControl control;
        control.cancel = &cancel_;
        const int total = static_cast<int>(values.size());
        control.pointDone = [this, total](std::size_t done) {
            // Queued to the GUI thread; dropped by Qt if this runner is gone by then.
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressed(static_cast<int>(done), total); },
                Qt::QueuedConnection);
        };
        auto points = std::make_shared<std::vector<SweepPoint>>();
        QString error;
        try {
            *points = Sweep::run(scenario, parameter, values, jobs, control);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, points, error] { end(std::move(*points), error); }, Qt::QueuedConnection);
    });
    return true;
}

void SweepRunner::cancel() {
    cancel_ = true;
}

void SweepRunner::end(std::vector<SweepPoint> points, const QString& error) {
    worker_.join();
    elapsedMs_ = clock_.elapsed();
    if (cancel_) {
        emit cancelled();
    } else if (!error.isEmpty()) {
        emit failed(error);
    } else {
        points_ = std::move(points);
        emit finished();
    }
}

}  // namespace ts::ui
