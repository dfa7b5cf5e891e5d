#pragma once
// An exercise sheet and its answer key as Markdown: the sheet has the setting and the questions
// with room for the answers; the key repeats each question with its answer and explanation.
#include <string>

#include "classroom/QuizQuestion.h"

namespace ts {

class QuizMarkdown {
public:
    static std::string sheet(const Quiz& quiz);
    static std::string key(const Quiz& quiz);
};

}  // namespace ts
