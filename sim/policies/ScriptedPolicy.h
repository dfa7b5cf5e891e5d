#pragma once
// "Be the scheduler": a schedule written by hand decides who runs. At every decision where more
// than one thread is ready the next choice of the schedule runs; a choice whose thread is not
// ready then is an error in the schedule (an InputError at the choice). Once the schedule is
// used up, threads run first come, first served, and the first decision the schedule no longer
// covered is kept (its time and ready set), so the GUI can hand that decision to the student.
// An optional quantum makes the timer interrupt running threads, so that every quantum is a
// decision: with a quantum of one instruction a schedule interleaves single bytecodes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "policies/FcfsPolicy.h"
#include "policies/ScheduleChoice.h"

namespace ts {

// A decision the schedule did not cover: when, and who was ready (tids from 0, in FIFO order).
struct OpenDecision {
    Time time = 0;
    std::vector<int> ready;
    std::int64_t choicesUsed = 0;  // decisions the schedule had taken before it
};

class ScriptedPolicy : public FcfsPolicy {
public:
    // `file` names the schedule's file in error messages; `quantum` 0: no timer interrupts.
    ScriptedPolicy(std::vector<ScheduleChoice> schedule, std::string file, Time quantum);

    const char* name() const override { return "scripted"; }
    Time quantum(const Thread&, Time) const override { return quantum_ > 0 ? quantum_ : kNever; }
    ReasonCode reasonCode() const override { return ReasonCode::Scheduled; }
    Thread* pickNext(Time now, Choice& why) override;
    ReadyFifo* plainFifo() override { return nullptr; }  // the schedule picks, not the FIFO
    void forEachReady(Time now, const std::function<void(const Thread&)>& visit) const override;
    const Thread* peekNext(Time now) const override;

    // Decisions taken by the schedule so far.
    std::int64_t choicesUsed() const { return used_; }
    bool scheduleExhausted() const { return entry_ >= schedule_.size(); }
    const std::optional<OpenDecision>& firstUnscripted() const { return firstUnscripted_; }

private:
    // The position in the FIFO of the ready thread `choice` names, or npos.
    std::size_t findReady(const ScheduleChoice& choice) const;
    [[noreturn]] void notReady(const ScheduleChoice& choice, Time now) const;

    std::vector<ScheduleChoice> schedule_;
    std::string file_;
    Time quantum_ = 0;
    std::size_t entry_ = 0;        // the schedule entry in use
    std::int64_t repeatsDone_ = 0; // decisions the current entry has taken
    std::int64_t used_ = 0;
    std::optional<OpenDecision> firstUnscripted_;
};

}  // namespace ts
