#pragma once
// A scenario file on the command line: which of SPEC.md's formats it is, and loading it for a
// run. Commands dispatch on the format, so that the Python interpreter plugs in as one more
// branch (Format::Program) without touching the workload path.
#include <string>

#include "scenario/ProgramSpec.h"
#include "scenario/WorkloadSpec.h"

namespace ts::app {

class ScenarioFile {
  public:
    enum class Format { Workload, Program };

    // By the name (.json, .py); another name by its first character ('{' is a workload).
    // Throws InputError when the file cannot be read or its format cannot be told.
    static Format formatOf(const std::string& path);

    // Loads and validates a workload file. Throws InputError.
    static WorkloadSpec loadWorkload(const std::string& path);

    // Checks what the loader leaves to the run: the policy can be built with the settings given
    // (after command-line overrides), and nothing needs the interpreter this build lacks.
    // Throws InputError naming the file.
    static void requireRunnable(const WorkloadSpec& spec);

    // Throws the InputError for commands that take workloads only (compare).
    [[noreturn]] static void programsUnsupported(const std::string& path);

    // Loads a program file (.py) and its front matter. Throws InputError.
    static ProgramSpec loadProgram(const std::string& path);
    // The program's machine settings can run (the policy can be built). Throws InputError.
    static void requireRunnable(const ProgramSpec& spec);
    // Parses and compiles a program (timeslice check): SyntaxError as FILE:LINE:COL.
    static void checkProgram(const std::string& path);
};

}  // namespace ts::app
