#include "classroom/PredictQuestions.h"

#include <algorithm>

#include "model/RunRecording.h"

namespace ts::ui {
namespace {

ThreadState stateOf(std::uint32_t trackValue) {
    return static_cast<ThreadState>(trackValue & 0xff);
}

// The decision questions: decisions [first, last) are all taken at one instant.
void addPicks(const RunRecording& r, const QuizCandidates& quiz, std::vector<PredictQuestion>& out) {
    const auto& decisions = r.trace().decisions();
    const auto& records = r.report()->decisions;
    for (std::size_t first = 0; first < decisions.size();) {
        const Time t = decisions[first].time;
        std::size_t last = first;
        // After the instant the queue holds everyone not picked; the picked ones were in it.
        std::vector<int> ready = r.readyQueueAt(t);
        for (; last < decisions.size() && decisions[last].time == t; ++last) ready.push_back(decisions[last].tid);
        std::sort(ready.begin(), ready.end());
        ready.erase(std::unique(ready.begin(), ready.end()), ready.end());
        const std::size_t filled = last - first;
        if (ready.size() > filled && first < records.size()) {
            const Decision& d = decisions[first];
            PredictQuestion p;
            p.kind = PredictQuestion::Kind::NextThread;
            p.at = t;
            p.cpu = d.cpu;
            p.answerTid = d.tid;
            p.choices = ready;
            for (int tid : ready) p.readySince.push_back(PredictQuestions::readySince(r, tid, t));
            const RunState before = r.stateAt(t - 1);
            if (d.cpu < static_cast<int>(before.cpus.size())) p.leftTid = before.cpus[d.cpu].tid;
            p.decision = first;
            p.pick = quiz.pickFacts(records[first]);
            out.push_back(std::move(p));
        }
        first = last;
    }
}

// The arrivals and wake-ups of a one-CPU workload that take nothing from the running process:
// "who runs now?" with the newcomer among the choices — a policy that does not pre-empt, or a
// newcomer that is not better, leaves the CPU where it is. (An instant that decides something
// is asked by addPicks.)
void addKeeps(const RunRecording& r, std::vector<PredictQuestion>& out) {
    if (r.cpuCount() != 1 || !r.source().empty()) return;
    std::vector<Time> decided;
    for (const Decision& d : r.trace().decisions()) decided.push_back(d.time);
    const auto& tracks = r.changes().threadTracks();
    if (r.changes().cpuTracks().empty()) return;
    const StepTrack& cpu = r.changes().cpuTracks().front();
    for (std::size_t tid = 0; tid < tracks.size(); ++tid) {
        const StepTrack& track = tracks[tid];
        for (std::size_t i = 0; i < track.size(); ++i) {
            // A lane starts at its thread's arrival, when that is its first change.
            const ThreadState from = i > 0 ? stateOf(track.valueAt(i - 1)) : ThreadState::New;
            if (stateOf(track.valueAt(i)) != ThreadState::Ready) continue;
            if (from != ThreadState::New && from != ThreadState::Blocked) continue;
            const Time t = track.timeAt(i);
            if (t == 0 || std::binary_search(decided.begin(), decided.end(), t)) continue;
            // The CPU's lane (phase | (tid + 1) << 8), not whole states: a thousand processes
            // have tens of thousands of arrivals and wake-ups.
            const std::size_t atNow = cpu.indexAt(t);
            const std::size_t atBefore = cpu.indexAt(t - 1);
            if (atNow == cpu.size() || atBefore == cpu.size()) continue;
            const std::uint32_t now = cpu.valueAt(atNow);
            const int running = static_cast<int>(now >> 8) - 1;
            if (static_cast<Cpu::Phase>(now & 0xff) != Cpu::Phase::Running || running < 0) continue;
            if (static_cast<int>(cpu.valueAt(atBefore) >> 8) - 1 != running) continue;
            PredictQuestion p;
            p.kind = PredictQuestion::Kind::NextThread;
            p.keepsCpu = true;
            p.at = t;
            p.leftTid = running;
            p.arrivedTid = static_cast<int>(tid);
            p.arrival = from == ThreadState::New;
            p.answerTid = running;
            p.choices = r.readyQueueAt(t);
            p.choices.push_back(running);
            std::sort(p.choices.begin(), p.choices.end());
            p.choices.erase(std::unique(p.choices.begin(), p.choices.end()), p.choices.end());
            for (int choice : p.choices) {
                p.readySince.push_back(choice == running ? -1 : PredictQuestions::readySince(r, choice, t));
            }
            out.push_back(std::move(p));
        }
    }
}

void addOutput(const QuizCandidates& quiz, std::vector<PredictQuestion>& out) {
    const std::vector<QuizQuestion> counter = quiz.finalCounter();
    for (const QuizQuestion& q : quiz.outputLines()) {
        // The counter's line is asked as a number, not as text.
        if (!counter.empty() && counter.front().line == q.line) continue;
        PredictQuestion p;
        p.kind = PredictQuestion::Kind::OutputLine;
        p.at = q.at;
        p.line = q.line;
        p.answerText = q.answerText;
        p.printedBy = q.printedBy;
        out.push_back(std::move(p));
    }
    for (const QuizQuestion& q : counter) {
        PredictQuestion p;
        p.kind = PredictQuestion::Kind::FinalCounter;
        p.at = q.at;
        p.line = q.line;
        p.answerText = std::to_string(q.answerValue);
        p.printedBy = q.printedBy;
        p.printedLine = q.answerText;
        p.expected = q.expected;
        out.push_back(std::move(p));
    }
}

}  // namespace

Time PredictQuestions::readySince(const RunRecording& recording, int tid, Time t) {
    const auto& tracks = recording.changes().threadTracks();
    if (tid < 0 || static_cast<std::size_t>(tid) >= tracks.size()) return t;
    const StepTrack& track = tracks[static_cast<std::size_t>(tid)];
    std::size_t i = track.indexAt(t);
    // A thread picked at `t` is no longer ready at `t`: look just before.
    if (i == track.size() || stateOf(track.valueAt(i)) != ThreadState::Ready) {
        i = t > 0 ? track.indexAt(t - 1) : track.size();
        if (i == track.size() || stateOf(track.valueAt(i)) != ThreadState::Ready) return t;
    }
    while (i > 0 && stateOf(track.valueAt(i - 1)) == ThreadState::Ready) --i;
    return track.timeAt(i);
}

std::vector<PredictQuestion> PredictQuestions::of(const RunRecording& recording) {
    const RunReport* report = recording.report();
    if (!report) return {};
    const bool program = !recording.source().empty();
    // A program's instants are nanoseconds apart: each time in the unit it reaches.
    const QuizCandidates quiz(*report, program ? std::string() : recording.unit(),
                              QuizCandidates::nounFor(*report, program));
    std::vector<PredictQuestion> all;
    addPicks(recording, quiz, all);
    addKeeps(recording, all);
    if (program) addOutput(quiz, all);
    std::stable_sort(all.begin(), all.end(),
                     [](const PredictQuestion& a, const PredictQuestion& b) { return a.at < b.at; });
    // One question an instant: answering one reveals that instant.
    std::vector<PredictQuestion> out;
    for (PredictQuestion& q : all) {
        if (out.empty() || out.back().at != q.at) out.push_back(std::move(q));
    }
    return out;
}

}  // namespace ts::ui
