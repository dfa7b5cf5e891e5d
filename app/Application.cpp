#include "Application.h"

#include <new>
#include <stdexcept>

#include "CheckCommand.h"
#include "CommandLine.h"
#include "CompareCommand.h"
#include "DefaultScenario.h"
#include "GenerateCommand.h"
#include "ExitStatus.h"
#include "HelpText.h"
#include "QuizCommand.h"
#include "RunCommand.h"
#include "SweepCommand.h"
#include "UsageError.h"
#include "scenario/InputError.h"
#ifdef TIMESLICE_HAVE_GUI
#include "window/GuiLauncher.h"
#endif

namespace ts::app {

Application::Application(std::string argv0, std::vector<std::string> arguments, std::ostream& out,
                         std::ostream& err)
    : argv0_(std::move(argv0)), arguments_(std::move(arguments)), out_(out), err_(err) {}

int Application::run() {
    try {
        return dispatch(CommandLine::parse(arguments_));
    } catch (const UsageError& error) {
        const std::string who =
            error.command().empty() ? "timeslice" : "timeslice " + error.command();
        err_ << who << ": error: " << error.what() << '\n'
             << HelpText::usageHint(error.command()) << '\n';
    } catch (const InputError& error) {
        err_ << error.what() << '\n';
    } catch (const std::bad_alloc&) {
        err_ << "timeslice: error: out of memory (is the scenario or its --until very large?)\n";
    } catch (const std::exception& error) {
        // A fault of timeslice itself; still one line and the bad-input status, no trace.
        err_ << "timeslice: internal error: " << error.what() << '\n';
    } catch (...) {
        err_ << "timeslice: internal error\n";
    }
    out_.flush();
    return kExitBadInput;
}

int Application::dispatch(const Invocation& invocation) {
    using Command = Invocation::Command;
    switch (invocation.command) {
        case Command::Default:
            return runDefaultScenario();
        case Command::Help:
            out_ << HelpText::full(invocation.helpTopic);
            return kExitOk;
        case Command::Version:
            out_ << HelpText::version();
            return kExitOk;
        case Command::Run:
            return RunCommand(invocation.run, out_, err_).execute();
        case Command::Check:
            return CheckCommand(invocation.check, out_, err_).execute();
        case Command::Compare:
            return CompareCommand(invocation.compare, out_).execute();
        case Command::Generate:
            return GenerateCommand(invocation.generate, out_).execute();
        case Command::Quiz:
            return QuizCommand(invocation.quiz, out_).execute();
        case Command::Sweep:
            return SweepCommand(invocation.sweep, out_, err_).execute();
        case Command::Gui:
            return gui(invocation.gui);
    }
    return kExitBadInput;
}

int Application::runDefaultScenario() {
    // `timeslice` alone opens the GUI on the default scenario when there is a display to show
    // it on; without one (a terminal over ssh, the test suite) it shows the run as text.
    const std::optional<std::string> path = DefaultScenario::locate(argv0_);
    if (!path) {
        std::string looked;
        for (const std::string& candidate : DefaultScenario::candidates(argv0_)) {
            looked += "\n  " + candidate;
        }
        err_ << "timeslice: error: cannot find the default scenario; looked for:" << looked << "\n"
             << HelpText::usageHint("") << '\n';
        return kExitBadInput;
    }
#ifdef TIMESLICE_HAVE_GUI
    if (ui::GuiLauncher::displayAvailable()) return ui::GuiLauncher::run({}, *path, err_);
#endif
    RunRequest request;
    request.file = *path;
    return RunCommand(request, out_, err_).execute();
}

int Application::gui(const GuiRequest& request) {
#ifdef TIMESLICE_HAVE_GUI
    // With no file, the window opens on the default scenario (when it can be found).
    const std::string fallback = DefaultScenario::locate(argv0_).value_or("");
    return ui::GuiLauncher::run(request.arguments, fallback, err_);
#else
    (void)request;
    err_ << "timeslice gui: error: the GUI is not part of this build yet (Qt 6 was not found "
            "when it was built); 'timeslice run FILE' shows a run as text\n";
    return kExitBadInput;
#endif
}

}  // namespace ts::app
