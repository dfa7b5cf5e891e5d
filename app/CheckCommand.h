#pragma once
// `timeslice check FILE...`: validates every file without running it, reports each, and
// fails (status 2) when any is bad. A Markdown or text file (.md, .txt) among them is skipped
// as "not a scenario", so that `timeslice check scenarios/*` passes beside the README.
#include <ostream>

#include "Invocation.h"

namespace ts::app {

class CheckCommand {
  public:
    CheckCommand(const CheckRequest& request, std::ostream& out, std::ostream& err);

    int execute();

  private:
    // Throws InputError for a bad file.
    static void checkFile(const std::string& path);
    // An existing .md or .txt file: notes for people, skipped.
    static bool isDocument(const std::string& path);

    const CheckRequest& request_;
    std::ostream& out_;
    std::ostream& err_;
};

}  // namespace ts::app
