#include "report/CaptionResolver.h"

#include <algorithm>
#include <iterator>

#include "kernel/Kernel.h"

namespace ts {
namespace {

// One event of one thread that a caption can count.
struct Happening {
    Time time;
    std::uint32_t seq;  // order of recording, to break ties in time
    std::int32_t tid;   // the thread; for a deadline miss, -1 - pid
    CaptionTrigger kind;
    BlockReason reason;
};

bool earlier(const Happening& a, const Happening& b) {
    return a.time != b.time ? a.time < b.time : a.seq < b.seq;
}

// Turns the recorded state changes into the events captions name. A timer interrupt that gives
// the CPU straight back to the same thread (nobody else was ready) is neither a pre-emption nor
// a new dispatch: the thread simply goes on.
class HappeningList {
  public:
    HappeningList(const TraceRecorder& trace, Time knownUntil) : knownUntil_(knownUntil) {
        readStates(trace.states());
        for (const OutputChunk& chunk : trace.output()) {
            add(chunk.time, chunk.tid, CaptionTrigger::Output, BlockReason::None);
        }
        for (const MarkEvent& mark : trace.marks()) {
            if (mark.kind == MarkEvent::Kind::DeadlineMiss) {
                add(mark.time, -1 - mark.id, CaptionTrigger::DeadlineMiss, BlockReason::None);
            }
        }
        std::sort(list_.begin(), list_.end(), earlier);
    }

    const std::vector<Happening>& list() const { return list_; }

  private:
    struct PendingPreempt {
        Time time = -1;  // -1: none
        std::uint32_t seq = 0;
    };

    void add(Time t, std::int32_t tid, CaptionTrigger kind, BlockReason reason) {
        if (t > knownUntil_) return;
        list_.push_back(Happening{t, next_++, tid, kind, reason});
    }

    PendingPreempt& pendingOf(std::int32_t tid) {
        if (static_cast<std::size_t>(tid) >= pending_.size())
            pending_.resize(static_cast<std::size_t>(tid) + 1);
        return pending_[static_cast<std::size_t>(tid)];
    }

    BlockReason& blockedFor(std::int32_t tid) {
        if (static_cast<std::size_t>(tid) >= blockedFor_.size()) {
            blockedFor_.resize(static_cast<std::size_t>(tid) + 1, BlockReason::None);
        }
        return blockedFor_[static_cast<std::size_t>(tid)];
    }

    void readStates(const RecordArray<StateChange>& states) {
        for (const StateChange& s : states) {
            if (s.time > knownUntil_) break;
            PendingPreempt& pending = pendingOf(s.tid);
            const bool resumed = pending.time == s.time && s.to == ThreadState::Running;
            if (pending.time >= 0 && !resumed) {
                list_.push_back(Happening{pending.time, pending.seq, s.tid, CaptionTrigger::Preempt,
                                          BlockReason::None});
            }
            pending.time = -1;
            if (resumed) continue;
            switch (s.to) {
                case ThreadState::Running:
                    add(s.time, s.tid, CaptionTrigger::Dispatch, BlockReason::None);
                    break;
                case ThreadState::Ready:
                    if (s.from == ThreadState::Running) {
                        // Settled by the thread's next change: the same thread again at once
                        // is not a pre-emption.
                        pending.time = s.time;
                        pending.seq = next_++;
                    } else if (s.from == ThreadState::Blocked) {
                        add(s.time, s.tid, CaptionTrigger::Wake, blockedFor(s.tid));
                    }
                    break;
                case ThreadState::Blocked:
                    blockedFor(s.tid) = s.reason;
                    add(s.time, s.tid, CaptionTrigger::Block, s.reason);
                    break;
                case ThreadState::Terminated:
                    add(s.time, s.tid, CaptionTrigger::Exit, BlockReason::None);
                    break;
                case ThreadState::New:
                    break;
            }
        }
        // A pre-emption whose instant is fully known stays one: nothing can resume the thread
        // at that instant any more.
        for (std::size_t tid = 0; tid < pending_.size(); ++tid) {
            const PendingPreempt& p = pending_[tid];
            if (p.time >= 0 && p.time < knownUntil_) {
                list_.push_back(Happening{p.time, p.seq, static_cast<std::int32_t>(tid),
                                          CaptionTrigger::Preempt, BlockReason::None});
            }
        }
    }

    Time knownUntil_;
    std::uint32_t next_ = 0;
    std::vector<Happening> list_;
    std::vector<PendingPreempt> pending_;
    std::vector<BlockReason> blockedFor_;
};

// Each thread's source lines in the order it reached them, for "at line N".
class LineHistory {
  public:
    void build(const RecordArray<LineMark>& lines) {
        for (const LineMark& mark : lines) {
            const auto tid = static_cast<std::size_t>(mark.tid);
            if (tid >= byThread_.size()) byThread_.resize(tid + 1);
            byThread_[tid].push_back(mark);
        }
    }

    // The line `tid` was on at `t` (its latest line reached at or before t), or 0.
    int lineAt(std::int32_t tid, Time t) const {
        if (tid < 0 || static_cast<std::size_t>(tid) >= byThread_.size()) return 0;
        const std::vector<LineMark>& marks = byThread_[static_cast<std::size_t>(tid)];
        const auto after =
            std::upper_bound(marks.begin(), marks.end(), t,
                             [](Time time, const LineMark& m) { return time < m.time; });
        return after == marks.begin() ? 0 : std::prev(after)->line;
    }

  private:
    std::vector<std::vector<LineMark>> byThread_;
};

class Matcher {
  public:
    explicit Matcher(const RunNames& names) : names_(names) {}

    bool thread(std::int32_t tid, const std::string& wanted) const {
        if (wanted.empty()) return true;
        if (tid < 0) return process(-1 - tid, wanted);
        const auto t = static_cast<std::size_t>(tid);
        if (t < names_.threads.size() && CaptionResolver::nameMatches(names_.threads[t], wanted))
            return true;
        return t < names_.threadProcess.size() && processNamed(names_.threadProcess[t], wanted);
    }

  private:
    bool processNamed(int pid, const std::string& wanted) const {
        const auto p = static_cast<std::size_t>(pid);
        return p < names_.processes.size() && names_.processes[p] == wanted;
    }

    // A deadline miss belongs to a process: its own name or one of its threads' names.
    bool process(int pid, const std::string& wanted) const {
        if (processNamed(pid, wanted)) return true;
        for (std::size_t t = 0; t < names_.threads.size() && t < names_.threadProcess.size(); ++t) {
            if (names_.threadProcess[t] == pid &&
                CaptionResolver::nameMatches(names_.threads[t], wanted)) {
                return true;
            }
        }
        return false;
    }

    const RunNames& names_;
};

// The moment of the caption.occurrence-th source line event that matches, or -1.
Time nthLine(const Caption& c, const RecordArray<LineMark>& lines, const Matcher& matches,
             Time knownUntil) {
    std::vector<std::pair<Time, std::size_t>> hits;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const LineMark& m = lines[i];
        if (m.line == c.line && m.time <= knownUntil && matches.thread(m.tid, c.thread))
            hits.emplace_back(m.time, i);
    }
    const auto n = static_cast<std::size_t>(c.occurrence);
    if (hits.size() < n) return -1;
    std::nth_element(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(n - 1), hits.end());
    return hits[n - 1].first;
}

}  // namespace

RunNames RunNames::of(const Kernel& kernel) {
    RunNames names;
    for (const Thread& t : kernel.threads()) {
        names.threads.push_back(t.name);
        names.threadProcess.push_back(t.pid);
    }
    for (const Process& p : kernel.processes()) names.processes.push_back(p.name);
    return names;
}

bool CaptionResolver::nameMatches(const std::string& threadName, const std::string& wanted) {
    if (threadName == wanted) return true;
    return threadName.size() > wanted.size() + 3 &&
           threadName.compare(0, wanted.size(), wanted) == 0 &&
           threadName.compare(wanted.size(), 2, " (") == 0 && threadName.back() == ')';
}

bool CaptionResolver::needsLines(const std::vector<Caption>& captions) {
    return std::any_of(captions.begin(), captions.end(), [](const Caption& c) {
        return c.trigger == CaptionTrigger::Line || (c.trigger != CaptionTrigger::At && c.line > 0);
    });
}

CaptionResolution CaptionResolver::resolve(const std::vector<Caption>& captions,
                                           const TraceRecorder& trace, const RunNames& names,
                                           Time knownUntil) {
    CaptionResolution out;
    if (captions.empty()) return out;
    const Matcher matches(names);
    const HappeningList happenings(trace, knownUntil);
    LineHistory history;
    const bool qualified = std::any_of(captions.begin(), captions.end(), [](const Caption& c) {
        return c.trigger != CaptionTrigger::Line && c.line > 0;
    });
    if (qualified) history.build(trace.lines());
    for (std::size_t i = 0; i < captions.size(); ++i) {
        const Caption& c = captions[i];
        Time when = -1;
        if (c.trigger == CaptionTrigger::At) {
            if (c.at <= knownUntil) when = c.at;
        } else if (c.trigger == CaptionTrigger::Line) {
            when = nthLine(c, trace.lines(), matches, knownUntil);
        } else {
            int seen = 0;
            for (const Happening& h : happenings.list()) {
                if (h.kind != c.trigger || !matches.thread(h.tid, c.thread)) continue;
                if (c.reason && h.reason != *c.reason) continue;
                if (c.line > 0 && history.lineAt(h.tid, h.time) != c.line) continue;
                if (++seen == c.occurrence) {
                    when = h.time;
                    break;
                }
            }
        }
        if (when >= 0) {
            out.resolved.push_back(ResolvedCaption{when, static_cast<int>(i)});
        } else {
            out.unresolved.push_back(static_cast<int>(i));
        }
    }
    std::stable_sort(
        out.resolved.begin(), out.resolved.end(),
        [](const ResolvedCaption& a, const ResolvedCaption& b) { return a.time < b.time; });
    return out;
}

std::vector<CaptionRecord> CaptionResolver::records(const std::vector<Caption>& captions,
                                                    const CaptionResolution& resolution) {
    std::vector<CaptionRecord> out;
    auto record = [&](int index) {
        const Caption& c = captions[static_cast<std::size_t>(index)];
        CaptionRecord r;
        r.text = c.text;
        r.pause = c.pause;
        r.moment = describeCaptionMoment(c);
        r.line = c.pos.line;
        r.column = c.pos.column;
        return r;
    };
    for (const ResolvedCaption& rc : resolution.resolved) {
        out.push_back(record(rc.caption));
        out.back().t = rc.time;
    }
    for (int index : resolution.unresolved) out.push_back(record(index));
    return out;
}

}  // namespace ts
