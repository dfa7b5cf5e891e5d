#include "classroom/QuizCandidates.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "classroom/QuizText.h"
#include "kernel/WideInt.h"
#include "scenario/Duration.h"

namespace ts {
namespace {

bool sameTextIgnoringCase(std::string_view text, std::size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i]) return false;
    }
    return true;
}

// The last whole number after `word` (any case) in `line`, if there is one.
std::optional<std::int64_t> numberAfter(std::string_view line, std::string_view word) {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i + word.size() <= line.size(); ++i) {
        if (sameTextIgnoringCase(line, i, word)) found = i + word.size();
    }
    if (!found) return std::nullopt;
    std::size_t end = line.size();
    while (end > *found && !std::isdigit(static_cast<unsigned char>(line[end - 1]))) --end;
    std::size_t begin = end;
    while (begin > *found && std::isdigit(static_cast<unsigned char>(line[begin - 1]))) --begin;
    if (begin == end || end - begin > 18) return std::nullopt;
    std::int64_t v = 0;
    for (std::size_t i = begin; i < end; ++i) v = v * 10 + (line[i] - '0');
    if (begin > 0 && line[begin - 1] == '-') v = -v;
    return v;
}

std::string withoutLineEnd(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

}  // namespace

QuizCandidates::QuizCandidates(const RunReport& report, std::string unit, std::string noun)
    : report_(report), unit_(std::move(unit)), noun_(std::move(noun)), stretches_(stretches(report)) {
    for (const DecisionRecord& d : report.decisions) {
        if (d.cpu < 0) continue;
        if (static_cast<std::size_t>(d.cpu) >= decisionsByCpu_.size()) {
            decisionsByCpu_.resize(static_cast<std::size_t>(d.cpu) + 1);
        }
        decisionsByCpu_[static_cast<std::size_t>(d.cpu)].push_back(&d);
    }
}

std::string QuizCandidates::nounFor(const RunReport& report, bool program) {
    bool oneThreadEach = !program;
    for (const ProcessMetrics& p : report.processes) {
        int threads = 0;
        for (const ThreadMetrics& t : report.threads) threads += t.pid == p.pid ? 1 : 0;
        oneThreadEach = oneThreadEach && threads == 1;
    }
    return oneThreadEach ? "process" : "thread";
}

std::pair<const DecisionRecord* const*, const DecisionRecord* const*> QuizCandidates::decisionsIn(
    int cpu, Time from, Time to) const {
    if (cpu < 0 || static_cast<std::size_t>(cpu) >= decisionsByCpu_.size()) return {nullptr, nullptr};
    const auto& list = decisionsByCpu_[static_cast<std::size_t>(cpu)];
    const auto begin = std::lower_bound(list.begin(), list.end(), from,
                                        [](const DecisionRecord* d, Time t) { return d->t < t; });
    const auto end = std::upper_bound(begin, list.end(), to,
                                      [](Time t, const DecisionRecord* d) { return t < d->t; });
    return {list.data() + (begin - list.begin()), list.data() + (end - list.begin())};
}

std::vector<QuizCandidates::Stretch> QuizCandidates::stretches(const RunReport& report) {
    std::vector<Stretch> out;
    for (const SliceRecord& s : report.slices) {
        if (s.kind != Slice::Kind::Run || s.end <= s.start) continue;
        out.push_back(Stretch{s.cpu, s.tid, s.start, s.end});
    }
    std::sort(out.begin(), out.end(), [](const Stretch& a, const Stretch& b) {
        return a.cpu != b.cpu ? a.cpu < b.cpu : a.start < b.start;
    });
    // A thread that goes on after its quantum runs one stretch, cut into slices by the timer.
    std::vector<Stretch> joined;
    for (const Stretch& s : out) {
        if (!joined.empty() && joined.back().cpu == s.cpu && joined.back().tid == s.tid &&
            joined.back().end == s.start) {
            joined.back().end = s.end;
        } else {
            joined.push_back(s);
        }
    }
    return joined;
}

std::string QuizCandidates::threadName(int tid) const {
    if (tid >= 1 && tid <= static_cast<int>(report_.threads.size())) {
        return report_.threads[static_cast<std::size_t>(tid - 1)].name;
    }
    return "thread " + std::to_string(tid);
}

std::string QuizCandidates::at(Time t) const {
    return "t = " + QuizText::time(t, unit_);
}

std::string QuizCandidates::cpuWords(int cpu) const {
    return report_.cpus > 1 ? "CPU " + std::to_string(cpu) : "the CPU";
}

const DecisionRecord* QuizCandidates::decisionFor(const Stretch& s) const {
    const auto [begin, end] = decisionsIn(s.cpu, 0, s.start);
    if (begin == end) return nullptr;
    const DecisionRecord* last = *(end - 1);
    return last->tid == s.tid ? last : nullptr;
}

std::string QuizCandidates::runsOf(int pid) const {
    std::vector<std::pair<Time, Time>> spans;
    for (const Stretch& s : stretches_) {
        const auto& t = report_.threads[static_cast<std::size_t>(s.tid - 1)];
        if (t.pid == pid) spans.emplace_back(s.start, s.end);
    }
    std::sort(spans.begin(), spans.end());
    std::string out;
    const std::size_t shown = std::min<std::size_t>(spans.size(), 8);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) out += i + 1 == spans.size() ? " and " : ", ";
        out += QuizText::number(spans[i].first, unit_) + "–" + QuizText::number(spans[i].second, unit_);
    }
    if (spans.size() > shown) out += " and " + std::to_string(spans.size() - shown) + " more times";
    return unit_.empty() ? out : out + " " + (durationUnitScale(unit_) ? unit_ : std::string("ms"));
}

QuizCandidates::Left QuizCandidates::leftBecause(int tid, Time t, const DecisionRecord& next) const {
    for (const MarkRecord& m : report_.marks) {
        if (m.kind == "timer-interrupt" && m.t == t && m.tid == tid) return Left::TimerInterrupt;
    }
    if (next.sentence.find(" pre-empts ") != std::string::npos) return Left::PreEmpted;
    const ThreadMetrics& thread = report_.threads[static_cast<std::size_t>(tid - 1)];
    if (thread.end && *thread.end == t) return Left::Finished;
    return Left::Blocked;
}

std::string QuizCandidates::whyLeft(int tid, Time t, const DecisionRecord& next) const {
    const std::string name = threadName(tid);
    switch (leftBecause(tid, t, next)) {
        case Left::TimerInterrupt:
            return "At " + at(t) + " the timer interrupts " + name +
                   ": its quantum is over, and it goes back to the ready queue.";
        case Left::PreEmpted: return "At " + at(t) + " a better " + noun_ + " is ready and pre-empts " + name + ".";
        case Left::Finished: return "At " + at(t) + " " + name + " has finished.";
        case Left::Idle:
        case Left::Blocked: break;
    }
    return "At " + at(t) + " " + name + " blocks (I/O, a sleep or a wait) and leaves the CPU.";
}

std::vector<QuizQuestion> QuizCandidates::runningAt(Random& rng) const {
    std::vector<QuizQuestion> out;
    // Instants are round in the unit if they can be, else in a tenth of it, and so on.
    const Time coarsest = unit_.empty() ? kSecond : durationUnitScale(unit_).value_or(kMillisecond);
    for (const Stretch& s : stretches_) {
        // An instant strictly inside the stretch, so that no boundary makes it ambiguous.
        Time t = s.start + (s.end - s.start) / 2;
        for (Time scale = coarsest; scale >= 1; scale /= 10) {
            const Time firstWhole = (s.start / scale + 1) * scale;
            const Time lastWhole = ((s.end - 1) / scale) * scale;
            if (firstWhole > lastWhole) continue;
            const auto count = static_cast<std::uint64_t>((lastWhole - firstWhole) / scale + 1);
            t = firstWhole + static_cast<Time>(rng.below(count)) * scale;
            break;
        }
        QuizQuestion q;
        q.kind = QuestionKind::RunningAt;
        q.at = t;
        q.cpu = s.cpu;
        q.answerName = threadName(s.tid);
        q.prompt = "Which " + noun_ + " runs on " + cpuWords(s.cpu) + " at " + at(t) + "?";
        q.answer = q.answerName;
        q.explanation = q.answerName + " runs on " + cpuWords(s.cpu) + " from " +
                        QuizText::time(s.start, unit_) + " to " + QuizText::time(s.end, unit_) + ".";
        if (const DecisionRecord* d = decisionFor(s)) {
            q.explanation += " At " + at(d->t) + " the scheduler chose it: " + d->sentence;
        }
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<QuizQuestion> QuizCandidates::nextAfterSwitch() const {
    std::vector<QuizQuestion> out;
    for (std::size_t i = 0; i + 1 < stretches_.size(); ++i) {
        const Stretch& a = stretches_[i];
        const Stretch& b = stretches_[i + 1];
        if (a.cpu != b.cpu || a.tid == b.tid) continue;
        // Exactly one decision on that CPU between the two, taken when `a` left.
        const auto [begin, end] = decisionsIn(a.cpu, a.end, b.start);
        if (end - begin != 1) continue;
        const DecisionRecord* only = *begin;
        if (only->t != a.end || only->tid != b.tid) continue;
        QuizQuestion q;
        q.kind = QuestionKind::NextAfterSwitch;
        q.at = a.end;
        q.cpu = a.cpu;
        q.subject = threadName(a.tid);
        q.answerName = threadName(b.tid);
        q.answerText = only->sentence;
        q.prompt = "At " + at(a.end) + ", " + q.subject + " leaves " + cpuWords(a.cpu) +
                   ". Which " + noun_ + " runs next on it, and why?";
        q.answer = q.answerName + ". " + only->sentence;
        q.explanation = explainPick(a.tid, *only, b.start);
        q.answerLines = 3;
        out.push_back(std::move(q));
    }
    return out;
}

std::string QuizCandidates::explainPick(int leftTid, const DecisionRecord& d, Time start) const {
    std::string out = leftTid > 0 ? whyLeft(leftTid, d.t, d) + " The scheduler then decides: "
                                  : "At " + at(d.t) + " " + cpuWords(d.cpu) + " is free. The scheduler decides: ";
    out += d.sentence;
    if (start > d.t) {
        out += " After a context switch of " + QuizText::time(start - d.t, unit_) + ", " +
               threadName(d.tid) + " starts at " + at(start) + ".";
    }
    return out;
}

QuizCandidates::PickFacts QuizCandidates::pickFacts(const DecisionRecord& d) const {
    // On d's CPU: the stretch running up to the decision (one that goes on past it is the same
    // thread continuing), and the first stretch of the chosen thread from then on.
    PickFacts facts;
    facts.start = d.t;
    bool started = false;
    for (const Stretch& s : stretches_) {
        if (s.cpu != d.cpu) continue;
        if (s.start < d.t && s.end >= d.t) facts.leftTid = s.tid;
        if (!started && s.tid == d.tid && s.end > d.t) {
            facts.start = std::max(s.start, d.t);
            started = true;
        }
    }
    if (facts.leftTid > 0) facts.left = leftBecause(facts.leftTid, d.t, d);
    return facts;
}

QuizQuestion QuizCandidates::nextPick(const DecisionRecord& d) const {
    const PickFacts facts = pickFacts(d);
    QuizQuestion q;
    q.kind = QuestionKind::NextPick;
    q.at = d.t;
    q.cpu = d.cpu;
    q.subject = facts.leftTid > 0 ? threadName(facts.leftTid) : std::string();
    q.answerName = threadName(d.tid);
    q.answerText = d.sentence;
    q.prompt = "At " + at(d.t) + ", which " + noun_ + " runs next on " + cpuWords(d.cpu) + ", and why?";
    q.answer = q.answerName + ". " + d.sentence;
    q.explanation = explainPick(facts.leftTid, d, facts.start);
    q.answerLines = 3;
    return q;
}

std::vector<QuizQuestion> QuizCandidates::completion() const {
    std::vector<QuizQuestion> out;
    for (const ProcessMetrics& p : report_.processes) {
        if (!p.completion) continue;
        QuizQuestion q;
        q.kind = QuestionKind::Completion;
        q.subject = p.name;
        q.answerValue = *p.completion;
        q.prompt = "At what time does " + p.name + " complete?";
        q.answer = QuizText::time(*p.completion, unit_);
        q.explanation = p.name + " runs " + runsOf(p.pid) + "; its last burst ends at " +
                        at(*p.completion) + ".";
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<QuizQuestion> QuizCandidates::waiting() const {
    std::vector<QuizQuestion> out;
    for (const ProcessMetrics& p : report_.processes) {
        if (!p.completion) continue;  // a process still alive has not finished waiting
        int threads = 0;
        for (const ThreadMetrics& t : report_.threads) threads += t.pid == p.pid ? 1 : 0;
        QuizQuestion q;
        q.kind = QuestionKind::Waiting;
        q.subject = p.name;
        q.answerValue = p.waiting;
        q.prompt = "How long does " + p.name + " wait in the ready queue (ready, but not running)?";
        q.answer = QuizText::time(p.waiting, unit_);
        const Time turnaround = *p.turnaround;
        if (threads == 1 && turnaround - p.cpu == p.waiting) {
            // No I/O: every moment between arrival and completion is either running or waiting.
            q.explanation = p.name + " arrives at " + QuizText::time(p.arrival, unit_) +
                            ", runs " + runsOf(p.pid) + " (" + QuizText::time(p.cpu, unit_) +
                            " of CPU time) and completes at " + QuizText::time(*p.completion, unit_) +
                            ": waiting = turnaround − CPU time = " + QuizText::number(turnaround, unit_) +
                            " − " + QuizText::number(p.cpu, unit_) + " = " + q.answer + ".";
        } else {
            q.explanation = p.name + " runs " + runsOf(p.pid) +
                            "; adding up the time it is ready but not running (time in I/O or "
                            "blocked does not count) gives " + q.answer + ".";
        }
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<QuizQuestion> QuizCandidates::turnaround() const {
    std::vector<QuizQuestion> out;
    for (const ProcessMetrics& p : report_.processes) {
        if (!p.turnaround) continue;
        QuizQuestion q;
        q.kind = QuestionKind::Turnaround;
        q.subject = p.name;
        q.answerValue = *p.turnaround;
        q.prompt = "What is the turnaround time of " + p.name + "?";
        q.answer = QuizText::time(*p.turnaround, unit_);
        q.explanation = "completion − arrival = " + QuizText::number(*p.completion, unit_) + " − " +
                        QuizText::number(p.arrival, unit_) + " = " + q.answer + ".";
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<QuizQuestion> QuizCandidates::averageWaiting() const {
    std::vector<const ProcessMetrics*> done;
    for (const ProcessMetrics& p : report_.processes) {
        if (p.completion) done.push_back(&p);
    }
    if (done.size() < 2 || done.size() != report_.processes.size()) return {};
    Int128 sum = 0;
    std::string terms;
    for (const ProcessMetrics* p : done) {
        sum += p->waiting;
        terms += (terms.empty() ? "" : " + ") + QuizText::number(p->waiting, unit_);
    }
    const auto n = static_cast<Int128>(done.size());
    QuizQuestion q;
    q.kind = QuestionKind::AverageWaiting;
    q.answerValue = static_cast<std::int64_t>((sum + n / 2) / n);
    q.prompt = "What is the average waiting time of the processes?";
    q.answer = QuizText::roundedTime(q.answerValue, unit_, 2);
    q.explanation = "(" + terms + ") / " + std::to_string(done.size()) + " = " +
                    QuizText::number(static_cast<Time>(sum), unit_) + " / " +
                    std::to_string(done.size()) + " ≈ " + q.answer + ".";
    return {q};
}

std::vector<QuizQuestion> QuizCandidates::averageTurnaround() const {
    std::vector<const ProcessMetrics*> done;
    for (const ProcessMetrics& p : report_.processes) {
        if (p.turnaround) done.push_back(&p);
    }
    if (done.size() < 2) return {};
    Int128 sum = 0;
    std::string terms;
    for (const ProcessMetrics* p : done) {
        sum += *p->turnaround;
        terms += (terms.empty() ? "" : " + ") + QuizText::number(*p->turnaround, unit_);
    }
    const auto n = static_cast<Int128>(done.size());
    QuizQuestion q;
    q.kind = QuestionKind::AverageTurnaround;
    q.answerValue = static_cast<std::int64_t>((sum + n / 2) / n);
    q.prompt = done.size() == report_.processes.size()
                   ? "What is the average turnaround time of the processes?"
                   : "What is the average turnaround time of the processes that complete?";
    q.answer = QuizText::roundedTime(q.answerValue, unit_, 2);
    q.explanation = "(" + terms + ") / " + std::to_string(done.size()) + " = " +
                    QuizText::number(static_cast<Time>(sum), unit_) + " / " +
                    std::to_string(done.size()) + " ≈ " + q.answer + ".";
    return {q};
}

std::vector<QuizQuestion> QuizCandidates::contextSwitches() const {
    // The switches as the decisions show them: a CPU taking a thread other than its last one.
    std::vector<std::string> seen;
    std::vector<int> lastOnCpu(static_cast<std::size_t>(std::max(report_.cpus, 1)), 0);
    for (const DecisionRecord& d : report_.decisions) {
        if (d.cpu < 0 || d.cpu >= static_cast<int>(lastOnCpu.size())) continue;
        int& last = lastOnCpu[static_cast<std::size_t>(d.cpu)];
        if (last != 0 && last != d.tid) {
            seen.push_back(threadName(last) + " → " + threadName(d.tid) + " at " +
                           QuizText::time(d.t, unit_) +
                           (report_.cpus > 1 ? " on CPU " + std::to_string(d.cpu) : ""));
        }
        last = d.tid;
    }
    QuizQuestion q;
    q.kind = QuestionKind::ContextSwitches;
    q.answerValue = report_.contextSwitches;
    q.prompt = "How many context switches happen in the run? (A CPU's first " + noun_ +
               " is not a switch, nor is a " + noun_ + " that goes on after its quantum.)";
    q.answer = std::to_string(report_.contextSwitches);
    if (static_cast<std::int64_t>(seen.size()) == report_.contextSwitches && !seen.empty()) {
        const std::size_t shown = std::min<std::size_t>(seen.size(), 16);
        std::string list;
        for (std::size_t i = 0; i < shown; ++i) list += (i ? "; " : "") + seen[i];
        if (seen.size() > shown) list += "; and " + std::to_string(seen.size() - shown) + " more";
        q.explanation = "A CPU changes from one " + noun_ + " to another " + q.answer + " times: " + list + ".";
    } else {
        q.explanation = "The run counts " + q.answer + " changes of a CPU from one " + noun_ + " to another.";
    }
    return {q};
}

std::vector<std::string> QuizCandidates::stdoutLines(std::vector<const OutputRecord*>* records) const {
    std::vector<std::string> lines;
    for (const OutputRecord& r : report_.output) {
        if (r.stream != "stdout") continue;
        lines.push_back(withoutLineEnd(r.text));
        records->push_back(&r);
    }
    return lines;
}

std::vector<QuizQuestion> QuizCandidates::outputLines() const {
    std::vector<const OutputRecord*> records;
    const std::vector<std::string> lines = stdoutLines(&records);
    std::vector<QuizQuestion> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find_first_not_of(" \t") == std::string::npos) continue;
        QuizQuestion q;
        q.kind = QuestionKind::OutputLine;
        q.at = records[i]->t;
        q.line = static_cast<int>(i + 1);
        q.answerText = lines[i];
        q.prompt = "What does the program print on line " + std::to_string(i + 1) + " of its output?";
        q.answer = QuizText::code(lines[i]);
        q.printedBy = records[i]->thread;
        q.explanation = records[i]->thread + " prints it at " + at(records[i]->t) + ".";
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<QuizQuestion> QuizCandidates::threadOfLine() const {
    std::vector<const OutputRecord*> records;
    const std::vector<std::string> lines = stdoutLines(&records);
    bool several = false;
    for (const OutputRecord* r : records) several = several || r->thread != records.front()->thread;
    if (!several) return {};
    std::vector<QuizQuestion> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find_first_not_of(" \t") == std::string::npos) continue;
        QuizQuestion q;
        q.kind = QuestionKind::ThreadOfLine;
        q.at = records[i]->t;
        q.line = static_cast<int>(i + 1);
        q.answerName = records[i]->thread;
        q.answerText = lines[i];
        q.prompt = "Which thread prints line " + std::to_string(i + 1) + " of the output, " +
                   QuizText::code(lines[i]) + "?";
        q.answer = q.answerName;
        q.explanation = q.answerName + " prints it at " + at(records[i]->t) + ".";
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<QuizQuestion> QuizCandidates::finalCounter() const {
    std::vector<const OutputRecord*> records;
    const std::vector<std::string> lines = stdoutLines(&records);
    for (std::size_t i = lines.size(); i-- > 0;) {
        const auto value = numberAfter(lines[i], "counter");
        if (!value) continue;
        QuizQuestion q;
        q.kind = QuestionKind::FinalCounter;
        q.subject = "counter";
        q.at = records[i]->t;
        q.line = static_cast<int>(i + 1);
        q.answerValue = *value;
        q.prompt = "What is the final value the program prints for the counter?";
        q.answer = std::to_string(*value);
        q.answerText = lines[i];
        q.printedBy = records[i]->thread;
        q.explanation = records[i]->thread + " prints " + QuizText::code(lines[i]) + " at " +
                        at(records[i]->t) + ".";
        for (std::size_t j = 0; j < lines.size(); ++j) {
            const auto expected = numberAfter(lines[j], "expected");
            if (!expected || *expected <= *value) continue;
            q.expected = *expected;
            q.explanation += " " + std::to_string(*expected - *value) + " of the " +
                             std::to_string(*expected) + " increments are lost: `counter += 1` "
                             "loads, adds and stores, and a thread interrupted between its load "
                             "and its store writes back a stale value over the other threads' "
                             "increments.";
            break;
        }
        return {q};
    }
    return {};
}

}  // namespace ts
