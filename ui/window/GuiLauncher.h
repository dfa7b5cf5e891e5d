#pragma once
// The GUI's entry from the command line (app/ calls this when built with TIMESLICE_HAVE_GUI):
// `timeslice gui [FILE] [--at D] [--screenshot PNG]` and `timeslice` alone on a display.
// It owns the QApplication, so the rest of the command line stays Qt-free.
#include <ostream>
#include <string>
#include <vector>

namespace ts::ui {

class GuiLauncher {
public:
    // `arguments` are those after "gui"; `fallbackFile` is opened when they name no file.
    // Returns the exit status (0 ok, 2 bad input), having printed any message to `err`.
    static int run(const std::vector<std::string>& arguments, const std::string& fallbackFile,
                   std::ostream& err);
    // True when a window can be shown: a display is there and Qt is not told to paint offscreen.
    static bool displayAvailable();
};

}  // namespace ts::ui
