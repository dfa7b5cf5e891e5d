#include "report/ReportBuilder.h"

#include "policies/PolicyFactory.h"
#include "report/DecisionText.h"

namespace ts {

RunReport ReportBuilder::build(const Kernel& kernel, const TraceRecorder& recorder) {
    RunReport r;
    const MachineConfig& m = kernel.machine();
    r.policy = m.policy;
    r.quantum = PolicyFactory::quantumInUse(m);
    r.cpus = static_cast<int>(kernel.cpus().size());
    r.seed = m.seed;
    r.end = kernel.endTime();
    const KernelCounters& c = kernel.counters();
    r.contextSwitches = c.contextSwitches;
    r.dispatches = c.dispatches;
    r.timerInterrupts = c.timerInterrupts;
    r.preemptions = c.preemptions;
    r.events = c.events;
    const double capacity = static_cast<double>(r.end) * r.cpus;
    r.cpuUtilization = capacity > 0 ? static_cast<double>(kernel.busyTime()) / capacity : 0.0;
    r.exitStatus = kernel.stoppedByLimit() ? "time-limit" : "completed";

    for (const Process& p : kernel.processes()) {
        ProcessMetrics pm;
        pm.pid = p.pid + 1;
        pm.name = p.name;
        pm.arrival = p.arrival;
        if (p.firstRun >= 0) {
            pm.firstRun = p.firstRun;
            pm.response = p.firstRun - p.arrival;
        }
        if (p.completion >= 0) {
            pm.completion = p.completion;
            pm.turnaround = p.completion - p.arrival;
        }
        pm.deadlineMisses = p.deadlineMisses;
        for (int tid : p.threads) {
            const Thread& t = kernel.threads()[static_cast<std::size_t>(tid)];
            pm.waiting += t.waiting;
            pm.cpu += t.cpuTime;
            pm.preemptions += t.preemptions;
            pm.jobsReleased += t.jobsReleased;
            pm.jobsCompleted += t.jobsCompleted;
        }
        r.processes.push_back(std::move(pm));
    }
    for (const Thread& t : kernel.threads()) {
        ThreadMetrics tm;
        tm.tid = t.tid + 1;
        tm.pid = t.pid + 1;
        tm.name = t.name;
        tm.daemon = t.daemon;
        if (t.state != ThreadState::New) tm.start = t.startAt;
        if (t.endTime >= 0) tm.end = t.endTime;
        tm.cpu = t.cpuTime;
        tm.waiting = t.waiting;
        r.threads.push_back(std::move(tm));
    }
    // Ids in the report count from 1, as pids and tids do for people.
    r.slices.reserve(recorder.slices().size());
    for (Slice s : recorder.slices()) {
        s.tid += 1;
        s.pid += 1;
        r.slices.push_back(s);
    }
    r.decisions.reserve(recorder.decisions().size());
    for (const Decision& d : recorder.decisions()) {
        const auto& threads = kernel.threads();
        const std::string& chosen = threads[static_cast<std::size_t>(d.tid)].name;
        const std::string other =
            d.other >= 0 ? threads[static_cast<std::size_t>(d.other)].name : std::string();
        r.decisions.push_back(
            DecisionRecord{d.time, d.cpu, d.tid + 1, DecisionText::describe(d, chosen, other)});
    }
    for (const MarkEvent& mark : recorder.marks()) {
        MarkRecord m2;
        m2.t = mark.time;
        switch (mark.kind) {
            case MarkEvent::Kind::TimerInterrupt:
                m2.kind = "timer-interrupt";
                m2.tid = mark.id + 1;
                m2.pid = kernel.threads()[static_cast<std::size_t>(mark.id)].pid + 1;
                m2.cpu = mark.arg;
                break;
            case MarkEvent::Kind::JobRelease:
                m2.kind = "job-release";
                m2.pid = mark.id + 1;
                m2.job = mark.arg;
                break;
            case MarkEvent::Kind::DeadlineMiss:
                m2.kind = "deadline-miss";
                m2.pid = mark.id + 1;
                m2.job = mark.arg;
                break;
        }
        r.marks.push_back(std::move(m2));
    }
    return r;
}

}  // namespace ts
