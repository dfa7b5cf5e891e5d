#include "classroom/QuizMarkdown.h"

#include "classroom/QuizText.h"

namespace ts {
namespace {

std::string heading(const Quiz& quiz, const char* what) {
    std::string out = "# " + std::string(what) + ": " + quiz.title + "\n\n";
    out += "Scenario " + QuizText::code(quiz.scenario) + ", quiz seed " + std::to_string(quiz.seed) +
           ", " + std::to_string(quiz.questions.size()) +
           (quiz.questions.size() == 1 ? " question" : " questions") + ".\n\n";
    return out;
}

std::string numbered(std::size_t index, const QuizQuestion& q) {
    return "**" + std::to_string(index + 1) + ".** " + q.prompt + "\n\n";
}

}  // namespace

std::string QuizMarkdown::sheet(const Quiz& quiz) {
    std::string out = heading(quiz, "Exercise sheet");
    out += "## The scenario\n\n" + quiz.setting + "\n";
    out += "## Questions\n\n";
    out += "Give times with their unit. \"Ready\" means waiting for a CPU; time spent in I/O or "
           "blocked is not waiting.\n\n";
    for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
        const QuizQuestion& q = quiz.questions[i];
        out += numbered(i, q);
        // Dotted lines: a line of underscores alone would be a Markdown rule.
        out += "Answer: ........................................................\n\n";
        for (int line = 1; line < q.answerLines; ++line) {
            out += "................................................................\n\n";
        }
    }
    return out;
}

std::string QuizMarkdown::key(const Quiz& quiz) {
    std::string out = heading(quiz, "Answer key");
    out += "The answers come from the simulated run of the scenario; " +
           QuizText::code("timeslice run " + quiz.scenario) + " shows the same run.\n\n";
    for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
        const QuizQuestion& q = quiz.questions[i];
        out += numbered(i, q);
        out += "**Answer:** " + q.answer + "\n\n";
        out += q.explanation + "\n\n";
    }
    return out;
}

}  // namespace ts
