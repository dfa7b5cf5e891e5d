#pragma once
// `timeslice quiz FILE --questions N --seed S [--output-dir DIR] [--pdf]`: runs the scenario
// and writes an exercise sheet about the run and its answer key, sheet.md and key.md (and, in
// the GUI build, sheet.pdf and key.pdf through Qt's printing). The same file and seed give the
// same sheet, byte for byte.
#include <ostream>
#include <string>
#include <vector>

#include "Invocation.h"

namespace ts::app {

class QuizCommand {
  public:
    // The arguments after "quiz". Throws UsageError for anything malformed or missing.
    static QuizRequest parse(std::vector<std::string> arguments);

    QuizCommand(const QuizRequest& request, std::ostream& out);

    int execute();

  private:
    void write(const std::string& name, const std::string& text) const;

    const QuizRequest& request_;
    std::ostream& out_;
};

}  // namespace ts::app
