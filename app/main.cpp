// Entry point of the timeslice executable; Application does the work.
#include <iostream>
#include <string>
#include <vector>

#include "Application.h"

int main(int argc, char** argv) {
    std::vector<std::string> arguments;
    for (int i = 1; i < argc; ++i) arguments.emplace_back(argv[i]);
    ts::app::Application application(argc > 0 ? argv[0] : "timeslice", std::move(arguments),
                                     std::cout, std::cerr);
    return application.run();
}
