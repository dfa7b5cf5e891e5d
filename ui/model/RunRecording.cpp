#include "model/RunRecording.h"

#include <algorithm>

#include "model/DecisionPhrases.h"
#include "report/ReportBuilder.h"
#include "scenario/InputError.h"

namespace ts::ui {
namespace {
// A run that would keep more changes than this stops recording (an endless workload left
// playing for hours); 30 million changes take about 720 MB.
constexpr std::size_t kMaxChanges = 30'000'000;
}  // namespace

RunRecording::RunRecording(WorkloadSpec spec)
    : RunRecording(std::make_unique<WorkloadKernel>(std::move(spec))) {}

RunRecording::RunRecording(std::unique_ptr<RunSource> source)
    : source_(std::move(source)), observer_(log_), until_(source_->horizon()), captions_(source_->captions()) {
    source_->attach(observer_);
    endless_ = source_->endless();
    const int cpus = source_->kernel().machine().cpus;
    lastCpus_.resize(static_cast<std::size_t>(cpus));
    levels_ = source_->kernel().policy().levels() > 1;
    for (int c = 0; c < cpus; ++c) {
        log_.append(RecordedChange{0, c, -1, RecordedChange::Kind::Cpu, 0, 0});
    }
}

Time RunRecording::knownUntil() const {
    if (complete_) return end_;
    const Kernel& k = kernel();
    const Time next = k.nextEventTime();
    if (next == kNever) return k.now();
    return std::max(k.now(), next - 1);
}

bool RunRecording::extend(Time target, std::int64_t maxEvents) {
    if (complete_) return false;
    try {
        return advance(target, maxEvents);
    } catch (const InputError& error) {
        fail(error.what());
        return false;
    }
}

bool RunRecording::advance(Time target, std::int64_t maxEvents) {
    Kernel& k = source_->kernel();
    std::int64_t done = 0;
    while (done < maxEvents) {
        const Time next = k.nextEventTime();
        if (next == kNever && k.counters().events > 0) break;
        if (next != kNever && next > until_) break;
        if (log_.size() > kMaxChanges || source_->stopped()) break;
        if (next != kNever && next > target) return true;
        // Every event of one instant, so that the state at that instant is complete.
        const Time at = next == kNever ? 0 : next;
        do {
            if (!k.step()) break;
            ++done;
        } while (k.nextEventTime() == at);
        recordCpus(k.now());
        recordReadyQueue(k.now());
        if (levels_) recordLevels(k.now());
        noteMarks();
    }
    const Time next = k.nextEventTime();
    const bool more = next != kNever && next <= until_ && log_.size() <= kMaxChanges &&
                      !source_->stopped();
    if (!more) finish();
    captions_.update(observer_, k, knownUntil(), k.counters().events, complete_);
    return more;
}

void RunRecording::noteMarks() {
    lines_.catchUp();
    const auto& marks = observer_.marks();
    for (; marksSeen_ < marks.size(); ++marksSeen_) {
        hasTimer_ = hasTimer_ || marks[marksSeen_].kind == MarkEvent::Kind::TimerInterrupt;
        hasMiss_ = hasMiss_ || marks[marksSeen_].kind == MarkEvent::Kind::DeadlineMiss;
        hasRelease_ = hasRelease_ || marks[marksSeen_].kind == MarkEvent::Kind::JobRelease;
    }
    const auto& ops = observer_.syncOps();
    for (; syncOpsSeen_ < ops.size() && !hasWake_; ++syncOpsSeen_) {
        const SyncOp& o = ops[syncOpsSeen_];
        hasWake_ = (o.kind == SyncOp::Kind::Woke || o.kind == SyncOp::Kind::HandedOver) && o.other >= 0 &&
                   o.tid >= 0 && o.tid != o.other;
    }
}

void RunRecording::finish() {
    Kernel& k = source_->kernel();
    // Closes the run as the command line does: unfinished slices are cut at the limit (or,
    // when the recording limit stopped it, at the last instant recorded).
    const Time next = k.nextEventTime();
    k.run(next != kNever && next > until_ ? until_ : k.now());
    end_ = k.endTime();
    complete_ = true;
    if (source_->programEnded()) closeStoppedProgram();
    noteMarks();
    report_ = ReportBuilder::build(k, observer_);
    source_->completeReport(*report_);
    observer_.shrinkToFit();  // nothing is added any more (docs/performance.md: bytes per slice)
}

void RunRecording::closeStoppedProgram() {
    // The instruction limit ends the program there and its threads with it, as the report
    // says; the kernel is simply not stepped again, so the tables would go on showing them
    // running and asleep.
    const RunState last = log_.latest();
    for (std::size_t tid = 0; tid < last.threads.size(); ++tid) {
        if (last.threads[tid].state == ThreadState::Terminated) continue;
        log_.append(RecordedChange{end_, static_cast<std::int32_t>(tid), -1, RecordedChange::Kind::Thread,
                                   static_cast<std::uint8_t>(ThreadState::Terminated), 0});
    }
    for (std::size_t cpu = 0; cpu < last.cpus.size(); ++cpu) {
        if (last.cpus[cpu].phase == Cpu::Phase::Idle) continue;
        lastCpus_[cpu] = CpuNow{};
        log_.append(RecordedChange{end_, static_cast<std::int32_t>(cpu), -1, RecordedChange::Kind::Cpu,
                                   static_cast<std::uint8_t>(Cpu::Phase::Idle), 0});
    }
    for (std::size_t pid = 0; pid < last.processes.size(); ++pid) {
        if (last.processes[pid] == ProcessState::Exited) continue;
        log_.append(RecordedChange{end_, static_cast<std::int32_t>(pid), -1, RecordedChange::Kind::Process,
                                   static_cast<std::uint8_t>(ProcessState::Exited), 0});
    }
}

void RunRecording::fail(const std::string& message) {
    // The kernel stopped inside a step (a schedule choice whose thread is not ready): it is
    // never stepped again. The run ends there, as an error that says why.
    Kernel& k = source_->kernel();
    failure_ = message;
    end_ = k.now();
    complete_ = true;
    noteMarks();
    report_ = ReportBuilder::build(k, observer_);
    source_->completeReport(*report_);
    report_->end = end_;
    report_->exitStatus = "error";
    report_->exitMessage = message;
}

void RunRecording::recordCpus(Time now) {
    const auto& cpus = kernel().cpus();
    for (std::size_t i = 0; i < cpus.size(); ++i) {
        const CpuNow seen{cpus[i].phase, cpus[i].phase == Cpu::Phase::Idle ? -1 : cpus[i].current};
        if (seen.phase == lastCpus_[i].phase && seen.tid == lastCpus_[i].tid) continue;
        lastCpus_[i] = seen;
        log_.append(RecordedChange{now, static_cast<std::int32_t>(i), seen.tid,
                                   RecordedChange::Kind::Cpu,
                                   static_cast<std::uint8_t>(seen.phase), 0});
    }
}

void RunRecording::recordReadyQueue(Time now) {
    scratch_.clear();
    kernel().policy().forEachReady(now, [this](const Thread& t) { scratch_.push_back(t.tid); });
    ready_.record(now, scratch_);
}

RunState RunRecording::stateAt(Time t) const {
    RunState state = log_.stateAt(t);
    state.threads.resize(static_cast<std::size_t>(threadCount()));
    state.processes.resize(static_cast<std::size_t>(processCount()), ProcessState::New);
    state.cpus.resize(static_cast<std::size_t>(cpuCount()));
    return state;
}

void RunRecording::recordLevels(Time now) {
    // Levels change at an expiry (down one), an arrival and a boost (to the top, the boost
    // with no change of state): compared with the last recorded, thread by thread, at every
    // instant of an mlfq run only.
    const auto& threads = kernel().threads();
    if (lastLevels_.size() < threads.size()) lastLevels_.resize(threads.size(), 0);
    for (std::size_t i = 0; i < threads.size(); ++i) {
        const int level = threads[i].level;
        if (level == lastLevels_[i]) continue;
        lastLevels_[i] = level;
        log_.append(RecordedChange{now, static_cast<std::int32_t>(i), level, RecordedChange::Kind::Level, 0, 0});
    }
}

std::vector<int> RunRecording::readyQueueAt(Time t) const {
    return ready_.at(t);
}

const Decision* RunRecording::decisionAt(Time t) const {
    const auto& ds = observer_.decisions();
    const auto it = std::upper_bound(ds.begin(), ds.end(), t,
                                     [](Time v, const Decision& d) { return v < d.time; });
    return it == ds.begin() ? nullptr : &*std::prev(it);
}

QString RunRecording::sentence(const Decision& d) const {
    return DecisionPhrases::describe(d, QString::fromStdString(threadName(d.tid)),
                                     d.other >= 0 ? QString::fromStdString(threadName(d.other)) : QString());
}

Time RunRecording::nextContextSwitchAfter(Time t) const {
    const auto& ds = observer_.decisions();
    auto it = std::upper_bound(ds.begin(), ds.end(), t,
                               [](Time v, const Decision& d) { return v < d.time; });
    for (; it != ds.end(); ++it) {
        if (it->kind != DecisionKind::Continue) return it->time;
    }
    return kNever;
}

std::string RunRecording::threadName(int tid) const {
    const auto& ts = kernel().threads();
    if (tid < 0 || static_cast<std::size_t>(tid) >= ts.size()) return "?";
    return ts[static_cast<std::size_t>(tid)].name;
}

std::string RunRecording::processName(int pid) const {
    const auto& ps = kernel().processes();
    if (pid < 0 || static_cast<std::size_t>(pid) >= ps.size()) return "?";
    return ps[static_cast<std::size_t>(pid)].name;
}

int RunRecording::processOf(int tid) const {
    const auto& ts = kernel().threads();
    if (tid < 0 || static_cast<std::size_t>(tid) >= ts.size()) return -1;
    return ts[static_cast<std::size_t>(tid)].pid;
}

}  // namespace ts::ui
