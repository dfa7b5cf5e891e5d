#pragma once
// Runs a parameter sweep off the GUI thread: Sweep::run on one background thread, which
// spreads the points over `jobs` workers. Progress, the result, an error or the cancellation
// come back to the GUI thread as signals, so the window keeps painting and Cancel keeps
// answering while the points run.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <atomic>
#include <thread>
#include <vector>

#include "classroom/Sweep.h"

namespace ts::ui {

class SweepRunner : public QObject {
    Q_OBJECT
public:
    explicit SweepRunner(QObject* parent = nullptr);
    // Cancels a sweep still running and waits for the points being simulated to end.
    ~SweepRunner() override;

    // Starts a sweep; false (and nothing starts) while another one runs.
    bool start(const SweepScenario& scenario, SweepParameter parameter, std::vector<std::int64_t> values,
               int jobs);
    // The workers take no further point; cancelled() follows once the running ones end.
    void cancel();

    bool running() const { return worker_.joinable(); }
    int total() const { return static_cast<int>(values_.size()); }
    // The worker threads the sweep runs on (never more than its points).
    int threads() const { return threads_; }
    // Wall-clock time of the sweep running now, or of the last one once it ended.
    qint64 elapsedMs() const { return running() ? clock_.elapsed() : elapsedMs_; }
    // The last finished sweep's points, in the order of its values.
    const std::vector<SweepPoint>& points() const { return points_; }
    SweepParameter parameter() const { return parameter_; }

signals:
    void progressed(int finished, int total);
    void finished();
    void failed(const QString& message);
    void cancelled();

private:
    // Runs on the GUI thread once the background thread is done with the sweep.
    void end(std::vector<SweepPoint> points, const QString& error);

    std::thread worker_;
    std::atomic<bool> cancel_{false};
    std::vector<std::int64_t> values_;
    SweepParameter parameter_ = SweepParameter::Quantum;
    std::vector<SweepPoint> points_;
    int threads_ = 0;
    QElapsedTimer clock_;
    qint64 elapsedMs_ = 0;
};

}  // namespace ts::ui
