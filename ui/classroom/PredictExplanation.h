#pragma once
// Why Predict mode's answer is right, in the interface's language: what made the CPU free, the
// scheduler's reason and the context switch for a "which thread runs next?" (or why an arrival
// leaves the CPU where it is), who printed a
// line and when, and why counter updates were lost. Written from the facts QuizCandidates finds
// (PredictQuestion), each sentence whole under tr(); in English it is `timeslice quiz`'s
// explanation word for word (ui.test_PredictExplanation).
#include <QCoreApplication>
#include <QString>

#include "classroom/PredictQuestion.h"

namespace ts::ui {

class RunRecording;

class PredictExplanation {
    Q_DECLARE_TR_FUNCTIONS(PredictExplanation)
public:
    // Markdown. `recording` is the complete run `question` was found in.
    static QString of(const PredictQuestion& question, const RunRecording& recording);

private:
    static QString pick(const PredictQuestion& q, const RunRecording& r);
    // An arrival or wake-up that takes nothing from the running one, and why not.
    static QString keeps(const PredictQuestion& q, const RunRecording& r);
    static QString counter(const PredictQuestion& q, const QString& at);
};

}  // namespace ts::ui
