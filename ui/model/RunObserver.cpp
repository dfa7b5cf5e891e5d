#include "model/RunObserver.h"

#include "kernel/Process.h"
#include "kernel/Thread.h"

namespace ts::ui {

void RunObserver::onThreadState(Time t, const Thread& thread, ThreadState from) {
    TraceRecorder::onThreadState(t, thread, from);
    RecordedChange c;
    c.time = t;
    c.id = thread.tid;
    c.arg = thread.state == ThreadState::Running ? thread.cpu : -1;
    c.kind = RecordedChange::Kind::Thread;
    c.state = static_cast<std::uint8_t>(thread.state);
    c.reason = static_cast<std::uint8_t>(thread.blockReason);
    log_.append(c);
}

void RunObserver::onProcessState(Time t, const Process& process) {
    TraceRecorder::onProcessState(t, process);
    RecordedChange c;
    c.time = t;
    c.id = process.pid;
    c.kind = RecordedChange::Kind::Process;
    c.state = static_cast<std::uint8_t>(process.state);
    log_.append(c);
}

}  // namespace ts::ui
