#pragma once
// Draws an exercise sheet from a finished run: N different questions about it, picked by our
// seeded generator so that the same run and seed always give the same sheet, with the answers
// and explanations for the key. Kinds take turns (in an order the seed shuffles), so a short
// sheet still mixes "who runs when" with metrics; the sheet then lists them kind by kind, in
// the order of the run.
#include <cstdint>

#include "classroom/QuizQuestion.h"
#include "report/RunReport.h"
#include "scenario/ProgramSpec.h"
#include "scenario/WorkloadSpec.h"

namespace ts {

class QuizBuilder {
public:
    static constexpr int kMaxQuestions = 200;

    // `report` is the run of `spec`, with its slices and decisions recorded. Throws InputError
    // (naming the scenario) when the run offers fewer than `questions` different questions.
    static Quiz forWorkload(const WorkloadSpec& spec, const RunReport& report, int questions,
                            std::uint64_t seed);
    static Quiz forProgram(const ProgramSpec& spec, const RunReport& report, int questions,
                           std::uint64_t seed);

    // How many different questions the run offers (`unit` "" for a program: times in the unit
    // each one reaches).
    static int available(const RunReport& report, bool program, const std::string& unit);

private:
    static std::vector<QuizQuestion> draw(const RunReport& report, bool program,
                                          const std::string& unit, const std::string& path,
                                          int questions, std::uint64_t seed);
};

}  // namespace ts
