#include "HelpText.h"

#ifndef TIMESLICE_VERSION
#define TIMESLICE_VERSION "unknown"
#endif

namespace ts::app {
namespace {

constexpr const char* kOverview =
    "timeslice - watch how an operating system shares CPUs between processes and threads\n"
    "\n"
    "Usage:\n"
    "  timeslice                          the default scenario (on the command line until the\n"
    "                                     GUI is built)\n"
    "  timeslice run FILE [options]       simulate FILE; print a Gantt chart and metrics\n"
    "  timeslice check FILE...            validate scenario files only\n"
    "  timeslice compare FILE --policies fcfs,sjf,rr:4ms,...\n"
    "                                     one metrics table, one row per policy\n"
    "  timeslice gui [FILE]               the GUI (not in this build yet)\n"
    "  timeslice help [COMMAND]           this help, or a command's\n"
    "  timeslice --version\n"
    "\n"
    "FILE is a workload (.json) or a Python program (.py).\n"
    "Durations take a unit: 30ms, 2s, 500us, 100ns (0 may go without).\n"
    "Exit status: 0 the run completed or was stopped by --until; 1 the simulated program\n"
    "deadlocked or failed; 2 bad input (usage error, unreadable or invalid file).\n";

constexpr const char* kRun =
    "Usage: timeslice run FILE [options]\n"
    "\n"
    "Simulates FILE. A workload prints a text Gantt chart and a metrics table; a program's\n"
    "output goes to stdout as Python would print it.\n"
    "\n"
    "Machine (each replaces the scenario's own setting):\n"
    "  --policy P              fcfs, sjf, srtf, hrrn, priority, priority-preemptive, rr, mlfq,\n"
    "                          lottery, cfs, rm, edf (rr, mlfq, lottery need a quantum)\n"
    "  --quantum D             the time slice, e.g. 4ms\n"
    "  --cpus N                1 to 256\n"
    "  --switch-cost D         cost of a context switch between processes\n"
    "  --thread-switch-cost D  cost of a switch between threads of one process\n"
    "                          (default: a fifth of --switch-cost)\n"
    "  --seed N                seed of the random burst lengths\n"
    "  --until D               stop the run at simulated time D\n"
    "Programs:\n"
    "  --interrupt-at D        Ctrl-C: KeyboardInterrupt in the main thread at D\n"
    "  --python 2|3            Python 2.7 or 3.11 behaviour\n"
    "Output:\n"
    "  --json PATH             the JSON report (- for stdout, which then carries nothing else)\n"
    "  --no-slices             leave \"slices\" out of the JSON report\n"
    "  --trace PATH            a Chrome trace-event file for ui.perfetto.dev or chrome://tracing\n"
    "  --quiet, -q             nothing on stdout but a program's own output\n";

constexpr const char* kCheck =
    "Usage: timeslice check FILE... [--quiet]\n"
    "\n"
    "Validates each FILE without running it: prints 'FILE: ok' for a good one (nothing with\n"
    "--quiet) and the errors of a bad one on stderr. Exit status 0 when all are good, else 2.\n";

constexpr const char* kCompare =
    "Usage: timeslice compare FILE --policies LIST [options]\n"
    "\n"
    "Runs the workload FILE under each policy of LIST and prints one table, a row a policy:\n"
    "average turnaround, waiting and response, context switches, CPU utilisation, deadline\n"
    "misses and end time.\n"
    "\n"
    "  --policies LIST         e.g. fcfs,sjf,srtf,rr:4ms,priority,mlfq:2ms,cfs; 'rr:4ms' gives\n"
    "                          rr a 4 ms quantum; one written without takes --quantum,\n"
    "                          else the file's, else the first quantum in LIST\n"
    "  --quantum D, --cpus N, --switch-cost D, --thread-switch-cost D, --seed N, --until D\n"
    "                          as for run, for every policy\n"
    "  --csv PATH              the table as CSV (- for stdout)\n"
    "  --json PATH             the table as JSON (- for stdout)\n"
    "  --quiet, -q             no table on stdout\n";

constexpr const char* kGui =
    "Usage: timeslice gui [FILE] [--at D --screenshot PNG]\n"
    "\n"
    "The GUI is not part of this build yet; 'timeslice run FILE' shows a run as text.\n";

}  // namespace

std::string HelpText::full(const std::string& topic) {
    if (topic == "run") return kRun;
    if (topic == "check") return kCheck;
    if (topic == "compare") return kCompare;
    if (topic == "gui") return kGui;
    return kOverview;
}

std::string HelpText::usageHint(const std::string& command) {
    if (command == "run") return "usage: timeslice run FILE [options]  (see 'timeslice help run')";
    if (command == "check") return "usage: timeslice check FILE...  (see 'timeslice help check')";
    if (command == "compare") {
        return "usage: timeslice compare FILE --policies LIST [options]  "
               "(see 'timeslice help compare')";
    }
    return "usage: timeslice [run|check|compare|gui|help] ...  (see 'timeslice --help')";
}

std::string HelpText::version() {
#ifdef TIMESLICE_HAVE_GUI
    const char* build = " (with the GUI)";
#else
    const char* build = " (command line only)";
#endif
    return std::string("timeslice ") + TIMESLICE_VERSION + build + "\n";
}

}  // namespace ts::app
