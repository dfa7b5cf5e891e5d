#pragma once
// Finds the questions Predict mode asks over a finished run, in time order, at most one an
// instant: at each scheduling instant where more threads are ready than CPUs are being filled,
// "which thread runs next?"; for a program, also each output line and the final counter.
// Answers, and the facts their explanations are written from, come from the quiz's
// QuizCandidates, so the GUI and `timeslice quiz` explain a decision alike (PredictExplanation
// says it in the interface's language).
#include <vector>

#include "classroom/PredictQuestion.h"

namespace ts::ui {

class RunRecording;

class PredictQuestions {
public:
    // Empty when the run is not complete (it has no report yet).
    static std::vector<PredictQuestion> of(const RunRecording& recording);

    // When `tid` joined the ready queue it is in (or left) at `t`: the start of its last
    // stretch of Ready up to `t`; `t` itself when it becomes ready only then.
    static Time readySince(const RunRecording& recording, int tid, Time t);
};

}  // namespace ts::ui
