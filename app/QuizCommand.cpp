#include "QuizCommand.h"

#include <filesystem>
#include <limits>
#include <system_error>

#include "ArgumentCursor.h"
#include "ExitStatus.h"
#include "OptionValues.h"
#include "OutputFile.h"
#include "ProgramSimulation.h"
#include "ScenarioFile.h"
#include "Simulation.h"
#include "UsageError.h"
#include "classroom/QuizBuilder.h"
#include "classroom/QuizMarkdown.h"
#include "scenario/InputError.h"
#ifdef TIMESLICE_HAVE_GUI
#include "print/MarkdownPdfWriter.h"
#endif

namespace ts::app {
namespace {

constexpr const char* kCommand = "quiz";

}  // namespace

QuizRequest QuizCommand::parse(std::vector<std::string> arguments) {
    QuizRequest request;
    ArgumentCursor cursor(std::move(arguments), kCommand);
    const OptionValues values(kCommand);
    std::vector<std::string> files;
    bool questionsGiven = false;
    bool seedGiven = false;
    while (!cursor.atEnd()) {
        const ArgumentCursor::Argument argument = cursor.next();
        const std::string& name = argument.text;
        if (!argument.isOption) {
            files.push_back(name);
        } else if (name == "--questions" || name == "-n") {
            request.questions = static_cast<int>(
                values.integer(name, cursor.valueOf(argument, "a number of questions"), 1,
                               QuizBuilder::kMaxQuestions));
            questionsGiven = true;
        } else if (name == "--seed") {
            request.seed = static_cast<std::uint64_t>(
                values.integer(name, cursor.valueOf(argument, "a whole number"), 0,
                               std::numeric_limits<std::int64_t>::max()));
            seedGiven = true;
        } else if (name == "--output-dir" || name == "-o") {
            request.outputDir = cursor.valueOf(argument, "a folder for sheet.md and key.md");
            if (request.outputDir.empty()) throw UsageError(kCommand, name + " needs a folder");
        } else if (name == "--pdf") {
            cursor.noValue(argument);
#ifndef TIMESLICE_HAVE_GUI
            throw UsageError(kCommand, "--pdf prints through Qt, and this timeslice was built "
                                       "without the GUI (Qt 6); the Markdown files need nothing");
#endif
            request.pdf = true;
        } else {
            throw UsageError(kCommand, "unknown option '" + name + "'");
        }
    }
    if (files.empty()) {
        throw UsageError(kCommand, "quiz needs a FILE (a .json workload or a .py program)");
    }
    if (files.size() > 1) {
        throw UsageError(kCommand,
                         "quiz takes one FILE, but got '" + files[0] + "' and '" + files[1] + "'");
    }
    if (!questionsGiven || !seedGiven) {
        throw UsageError(kCommand, std::string("quiz needs ") +
                                       (questionsGiven ? "--seed S" : "--questions N") +
                                       ", e.g. timeslice quiz " + files[0] +
                                       " --questions 8 --seed 1");
    }
    request.file = files.front();
    return request;
}

QuizCommand::QuizCommand(const QuizRequest& request, std::ostream& out)
    : request_(request), out_(out) {}

void QuizCommand::write(const std::string& name, const std::string& text) const {
    OutputFile file((std::filesystem::path(request_.outputDir) / name).string());
    file.stream() << text;
    file.close();
}

int QuizCommand::execute() {
    Quiz quiz;
    if (ScenarioFile::formatOf(request_.file) == ScenarioFile::Format::Program) {
        const ProgramSpec spec = ScenarioFile::loadProgram(request_.file);
        ScenarioFile::requireRunnable(spec);
        quiz = QuizBuilder::forProgram(spec, simulateProgram(spec), request_.questions, request_.seed);
    } else {
        const WorkloadSpec spec = ScenarioFile::loadWorkload(request_.file);
        ScenarioFile::requireRunnable(spec);
        quiz = QuizBuilder::forWorkload(spec, simulateWorkload(spec), request_.questions, request_.seed);
    }
    const std::string sheet = QuizMarkdown::sheet(quiz);
    const std::string key = QuizMarkdown::key(quiz);

    std::error_code error;
    std::filesystem::create_directories(request_.outputDir, error);
    if (error || !std::filesystem::is_directory(request_.outputDir)) {
        throw InputError(request_.outputDir, {},
                         "cannot create the output folder" +
                             (error ? ": " + error.message() : std::string(": a file has that name")));
    }
    write("sheet.md", sheet);
    write("key.md", key);
    std::string written = "sheet.md and key.md";
#ifdef TIMESLICE_HAVE_GUI
    if (request_.pdf) {
        const auto print = [&](const char* name, const std::string& text, const std::string& title) {
            const std::string path = (std::filesystem::path(request_.outputDir) / name).string();
            std::string why;
            if (!ui::MarkdownPdfWriter::write(text, path, title, &why)) throw InputError(path, {}, why);
        };
        print("sheet.pdf", sheet, "Exercise sheet: " + quiz.title);
        print("key.pdf", key, "Answer key: " + quiz.title);
        written = "sheet.md, key.md, sheet.pdf and key.pdf";
    }
#endif
    out_ << "Wrote " << written << " in " << request_.outputDir << " (" << quiz.questions.size()
         << (quiz.questions.size() == 1 ? " question" : " questions") << " about "
         << request_.file << ", quiz seed " << request_.seed << ").\n";
    out_.flush();
    return kExitOk;
}

}  // namespace ts::app
