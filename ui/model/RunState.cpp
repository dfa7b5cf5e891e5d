#include "model/RunState.h"

#include <cstddef>

namespace ts::ui {
namespace {

template <typename T>
T& grow(std::vector<T>& items, int index) {
    // Threads may be created while a program runs, so the tables grow on demand.
    const auto at = static_cast<std::size_t>(index);
    if (items.size() <= at) items.resize(at + 1);
    return items[at];
}

}  // namespace

void RunState::apply(const RecordedChange& change) {
    switch (change.kind) {
        case RecordedChange::Kind::Thread: {
            ThreadNow& t = grow(threads, change.id);
            if (t.state == ThreadState::Running) t.cpuBefore += change.time - t.runningSince;
            t.state = static_cast<ThreadState>(change.state);
            t.reason = static_cast<BlockReason>(change.reason);
            t.cpu = change.arg;
            if (t.state == ThreadState::Running) t.runningSince = change.time;
            break;
        }
        case RecordedChange::Kind::Process:
            grow(processes, change.id) = static_cast<ProcessState>(change.state);
            break;
        case RecordedChange::Kind::Level:
            grow(threads, change.id).level = static_cast<std::int16_t>(change.arg);
            break;
        case RecordedChange::Kind::Cpu: {
            CpuNow& c = grow(cpus, change.id);
            c.phase = static_cast<Cpu::Phase>(change.state);
            c.tid = change.arg;
            break;
        }
    }
    time = change.time;
}

Time RunState::cpuTimeOf(int tid) const {
    if (tid < 0 || static_cast<std::size_t>(tid) >= threads.size()) return 0;
    const ThreadNow& t = threads[static_cast<std::size_t>(tid)];
    return t.cpuBefore + (t.state == ThreadState::Running ? time - t.runningSince : 0);
}

Time RunState::cpuTimeOf(const std::vector<int>& tids) const {
    Time sum = 0;
    for (int tid : tids) sum += cpuTimeOf(tid);
    return sum;
}

}  // namespace ts::ui
