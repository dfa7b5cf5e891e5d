#include "classroom/ReadyExperiments.h"

#include <QFile>

// The resources live in a static library, so they are registered by hand, once, before the
// first read. Q_INIT_RESOURCE must be used outside any namespace.
static void registerExperimentResources() {
    static const bool done = [] {
        Q_INIT_RESOURCE(experiments);
        return true;
    }();
    static_cast<void>(done);
}

namespace ts::ui {

QString ReadyExperiment::text() const {
    registerExperimentResources();
    QFile f(QStringLiteral(":/experiments/") + file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll());
}

std::vector<ReadyExperiment> ReadyExperiments::all() {
    using Kind = SweepMeasure::Kind;
    return {
        {tr("Lost updates vs quantum"),
         tr("Four threads add 50000 each to one counter without a lock. A thread loses updates when the "
            "timer interrupt falls between its load and its store of counter: the fewer the interrupts "
            "(the longer the quantum), the fewer the losses, but not smoothly."),
         QStringLiteral("race-counter.py"), SweepParameter::Quantum, QStringLiteral("1ms"), QStringLiteral("15ms"),
         QStringLiteral("1ms"), Kind::LostUpdates},
        {tr("Lost updates vs seed"),
         tr("The same unlocked counter with a 5 ms quantum; only the seed of the timer's jitter changes. "
            "Each seed is another schedule, and another number of lost updates."),
         QStringLiteral("race-counter.py"), SweepParameter::Seed, QStringLiteral("1"), QStringLiteral("20"),
         QStringLiteral("1"), Kind::LostUpdates},
        {tr("Average waiting vs quantum"),
         tr("Four processes under round robin with a 1 ms context switch. A short quantum spends the CPU "
            "on switches and everyone waits longer. From 12 ms on, the longest burst fits in one quantum: "
            "round robin has become first come, first served, and the line is flat."),
         QStringLiteral("rr-quantum-tradeoff.json"), SweepParameter::Quantum, QStringLiteral("1ms"),
         QStringLiteral("20ms"), QStringLiteral("1ms"), Kind::AverageWaiting},
    };
}

}  // namespace ts::ui
