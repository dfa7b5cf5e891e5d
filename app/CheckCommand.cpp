#include "CheckCommand.h"

#include <new>

#include "ExitStatus.h"
#include "ScenarioFile.h"
#include "scenario/InputError.h"

namespace ts::app {

CheckCommand::CheckCommand(const CheckRequest& request, std::ostream& out, std::ostream& err)
    : request_(request), out_(out), err_(err) {}

void CheckCommand::checkFile(const std::string& path) {
    switch (ScenarioFile::formatOf(path)) {
        case ScenarioFile::Format::Workload:
            ScenarioFile::requireRunnable(ScenarioFile::loadWorkload(path));
            return;
        case ScenarioFile::Format::Program:
            ScenarioFile::checkProgram(path);
            return;
    }
}

int CheckCommand::execute() {
    bool allGood = true;
    for (const std::string& path : request_.files) {
        // Each file is checked on its own; one bad file does not hide the verdict on the next.
        try {
            checkFile(path);
            if (!request_.quiet) out_ << path << ": ok\n";
        } catch (const InputError& error) {
            err_ << error.what() << '\n';
            allGood = false;
        } catch (const std::bad_alloc&) {
            err_ << path << ": error: out of memory while reading the file\n";
            allGood = false;
        }
    }
    out_.flush();
    return allGood ? kExitOk : kExitBadInput;
}

}  // namespace ts::app
