#include "policies/ScriptedPolicy.h"

#include "scenario/Duration.h"
#include "scenario/InputError.h"

namespace ts {

ScriptedPolicy::ScriptedPolicy(std::vector<ScheduleChoice> schedule, std::string file,
                               Time quantum)
    : schedule_(std::move(schedule)), file_(std::move(file)), quantum_(quantum) {}

std::size_t ScriptedPolicy::findReady(const ScheduleChoice& choice) const {
    for (std::size_t i = 0; i < fifo_.size(); ++i) {
        const Thread& t = *fifo_.at(i);
        if (choice.byTid ? t.tid + 1 == choice.tid : t.name == choice.thread) return i;
    }
    return std::string::npos;
}

void ScriptedPolicy::notReady(const ScheduleChoice& choice, Time now) const {
    std::string ready;
    for (std::size_t i = 0; i < fifo_.size(); ++i) {
        const Thread& t = *fifo_.at(i);
        ready += (ready.empty() ? "" : ", ") + t.name + " (tid " + std::to_string(t.tid + 1) + ")";
    }
    const std::string who = choice.byTid ? "tid " + std::to_string(choice.tid) : "'" + choice.thread + "'";
    std::string which = "choice " + std::to_string(used_ + 1);
    if (choice.repeat > 1) {
        which += " (repetition " + std::to_string(repeatsDone_ + 1) + " of " +
                 std::to_string(choice.repeat) + ")";
    }
    throw InputError(file_, choice.pos,
                     "schedule " + which + " cannot be followed at " + formatDuration(now) + ": " +
                         who + " is not ready; the ready threads are " + ready);
}

Thread* ScriptedPolicy::pickNext(Time now, Choice& why) {
    const bool choosing = fifo_.size() > 1;  // with one thread ready there is nothing to choose
    if (choosing && entry_ < schedule_.size()) {
        const ScheduleChoice& choice = schedule_[entry_];
        const std::size_t at = findReady(choice);
        if (at == std::string::npos) notReady(choice, now);
        Thread* t = fifo_.at(at);
        fifo_.remove(*t);
        ++used_;
        why = Choice{ReasonCode::Scheduled, used_, 0};
        if (++repeatsDone_ >= choice.repeat) {
            ++entry_;
            repeatsDone_ = 0;
        }
        return t;
    }
    if (choosing && !firstUnscripted_) {
        // Once per run: the decision the student is asked to take next.
        OpenDecision open;
        open.time = now;
        open.choicesUsed = used_;
        for (std::size_t i = 0; i < fifo_.size(); ++i) open.ready.push_back(fifo_.at(i)->tid);
        firstUnscripted_ = std::move(open);
    }
    Thread* t = FcfsPolicy::pickNext(now, why);
    why.code = ReasonCode::FirstCome;
    return t;
}

const Thread* ScriptedPolicy::peekNext(Time now) const {
    if (fifo_.size() > 1 && entry_ < schedule_.size()) {
        const std::size_t at = findReady(schedule_[entry_]);
        if (at != std::string::npos) return fifo_.at(at);
    }
    return FcfsPolicy::peekNext(now);
}

void ScriptedPolicy::forEachReady(Time now, const std::function<void(const Thread&)>& visit) const {
    // The schedule's next choice first, when it is ready; then the queue in its order.
    const Thread* first = fifo_.size() > 1 ? peekNext(now) : nullptr;
    if (first) visit(*first);
    for (std::size_t i = 0; i < fifo_.size(); ++i) {
        if (fifo_.at(i) != first) visit(*fifo_.at(i));
    }
}

}  // namespace ts
