#include "CheckCommand.h"

#include <filesystem>
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

bool CheckCommand::isDocument(const std::string& path) {
    // `timeslice check scenarios/*` meets the folder's README: notes for people, not a scenario
    // with a fault. Any other file that is not a scenario is still an error.
    const std::filesystem::path file(path);
    const std::string extension = file.extension().string();
    std::error_code ignored;
    return (extension == ".md" || extension == ".txt") &&
           std::filesystem::is_regular_file(file, ignored);
}

int CheckCommand::execute() {
    bool allGood = true;
    for (const std::string& path : request_.files) {
        if (isDocument(path)) {
            if (!request_.quiet) out_ << path << ": skipped: not a scenario\n";
            continue;
        }
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
