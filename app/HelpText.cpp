#include "HelpText.h"

#ifndef TIMESLICE_VERSION
#define TIMESLICE_VERSION "unknown"
#endif

namespace ts::app {
namespace {

// The first and the gui line tell what this build does with a window.
#ifdef TIMESLICE_HAVE_GUI
constexpr const char* kDefaultLine =
    "  timeslice                          the window on the default scenario (shown as text\n"
    "                                     when there is no display)\n";
constexpr const char* kGuiLine =
    "  timeslice gui [FILE] [options]     the window: Gantt chart, tables, locks, the source\n";
#else
constexpr const char* kDefaultLine = "  timeslice                          the default scenario, shown as text\n";
constexpr const char* kGuiLine =
    "  timeslice gui [FILE]               the window (not in this build: Qt 6 was missing)\n";
#endif

constexpr const char* kOverviewTop =
    "timeslice - watch how an operating system shares CPUs between processes and threads\n"
    "\n"
    "Usage:\n";

constexpr const char* kOverviewCommands =
    "  timeslice run FILE [options]       simulate FILE; print a Gantt chart and metrics\n"
    "  timeslice check FILE...            validate scenario files only\n"
    "  timeslice compare FILE --policies fcfs,sjf,rr:4ms,...\n"
    "                                     one metrics table, one row per policy\n"
    "  timeslice generate --processes N --seed S [options]\n"
    "                                     a random workload file on stdout\n"
    "  timeslice generate --tasks N --seed S [--utilisation U]\n"
    "                                     random periodic tasks (rm against edf)\n"
    "  timeslice quiz FILE --questions N --seed S [--output-dir DIR] [--pdf]\n"
    "                                     an exercise sheet about a run and its answer key\n"
    "  timeslice sweep FILE --param P --values V [--jobs N]\n"
    "                                     one run per value of a setting, one table\n";

constexpr const char* kOverviewEnd =
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
    "                          lottery, cfs, rm, edf (rr, mlfq, lottery need a quantum),\n"
    "                          scripted (the scenario's `schedule`, then first come first served)\n"
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

constexpr const char* kGenerate =
    "Usage: timeslice generate --processes N --seed S [options]\n"
    "       timeslice generate --tasks N --seed S [--utilisation U] [--periods LO:HI] [options]\n"
    "\n"
    "Writes a random workload file (JSON) on stdout. Arrivals and burst lengths are drawn once,\n"
    "from the seed, and written as plain numbers: the same options give the same file, byte\n"
    "for byte. Its description holds the command that makes it again.\n"
    "\n"
    "  --processes N           1 to 1000 processes, named P1, P2, ... in order of arrival\n"
    "  --seed S                the seed of every draw\n"
    "  --arrival A             zero (all at 0, the default), uniform:WINDOW (e.g. uniform:100ms)\n"
    "                          or poisson:MEAN_GAP (e.g. poisson:10ms; the first arrives at 0)\n"
    "  --cpu-burst DIST        fixed:5ms, exp:50ms (mean), uniform:1ms:10ms (min, max) or\n"
    "                          normal:50ms:10ms (mean, stddev); default exp:20ms\n"
    "  --io-burst DIST         I/O bursts between the CPU bursts (default: none)\n"
    "  --bursts K              CPU bursts per process, 1 to 100 (default 1)\n"
    "  --priorities LO:HI      a priority drawn from LO..HI for each process (default: none)\n"
    "  --policy P              the machine's policy (default fcfs)\n"
    "  --quantum D             its quantum (rr, mlfq and lottery need one)\n"
    "  --cpus N                1 to 256 (default 1)\n"
    "  --unit U                ns, us, ms or s: the unit the file's numbers are in (default ms)\n"
    "  --output FILE, -o FILE  write FILE instead of stdout\n"
    "\n"
    "Periodic real-time tasks (instead of processes; for rm against edf):\n"
    "  --tasks N               1 to 1000 tasks, named T1, T2, ... shortest period first\n"
    "  --utilisation U         their total utilisation, above 0 and at most N, e.g. 0.8 or\n"
    "                          80% (default 0.7); split among the tasks by UUniFast\n"
    "  --periods LO:HI         periods drawn log-uniformly from LO to HI (default 10ms:100ms),\n"
    "                          rounded to round steps (1, 2 or 5 times a power of ten: 10ms\n"
    "                          for 10ms:100ms; a long period to up to an eighth of itself)\n"
    "  Each task's execution time is its utilisation times its period (at least one step of\n"
    "  the file's resolution); deadlines equal the periods; all are released at 0. The policy\n"
    "  defaults to rm, and the run stops at the hyperperiod (at most 1000 periods of the\n"
    "  longest task). The description gives the utilisation and Liu & Layland's bound.\n"
    "  --arrival, --cpu-burst, --io-burst, --bursts and --priorities do not apply.\n";

constexpr const char* kQuiz =
    "Usage: timeslice quiz FILE --questions N --seed S [--output-dir DIR] [--pdf]\n"
    "\n"
    "Runs FILE (a workload or a program) and writes an exercise sheet about the run, sheet.md,\n"
    "and its answer key, key.md: which thread runs at an instant, who runs next after a switch\n"
    "and why, completion, waiting and turnaround times and their averages, the context\n"
    "switches; for a program, its output lines, who printed them and the final counter. The\n"
    "same FILE and seed give the same sheet, byte for byte.\n"
    "\n"
    "  --questions N, -n N     how many questions, 1 to 200 (at most what the run offers)\n"
    "  --seed S                which questions are drawn\n"
    "  --output-dir DIR, -o DIR  where to write (default: the current folder; made if missing)\n"
    "  --pdf                   also sheet.pdf and key.pdf, printed through Qt (GUI build only)\n";

constexpr const char* kSweep =
    "Usage: timeslice sweep FILE --param P --values V [options]\n"
    "\n"
    "Runs FILE once for each value V of the setting P, in parallel, and prints one table row a\n"
    "run: for a workload the average turnaround, waiting and response, context switches, CPU\n"
    "utilisation and end time; for a program how it ended and its last output line.\n"
    "\n"
    "  --param P               quantum, cpus, switch-cost, thread-switch-cost, seed, or\n"
    "                          instruction-cost (programs)\n"
    "  --values V              a range FIRST:LAST:STEP such as 1ms:20ms:1ms, an integer range\n"
    "                          such as 1:8, or a list such as 1ms,2ms,5ms\n"
    "  --jobs N, -j N          run N points at a time (default: one per hardware thread); the\n"
    "                          results are the same for every N\n"
    "  --csv PATH              the table as CSV (- for stdout)\n"
    "  --json PATH             the results as JSON, with each program's output (- for stdout)\n"
    "  --quiet, -q             no table on stdout\n";

constexpr const char* kGui =
    "Usage: timeslice gui [FILE] [--at D --screenshot PNG [--size WxH]] [options]\n"
    "\n"
    "Opens the window on FILE (default: the default scenario).\n"
    "\n"
    "Options:\n"
    "  --at D --screenshot PNG   render the window at simulated time D into PNG and exit\n"
    "                            (no display needed)\n"
    "  --size WxH                the screenshot's size in pixels (default 1600x1000)\n"
    "  --interrupt-at D          a program: Ctrl-C at D, as Run > Press Ctrl-C here\n"
    "  --presentation            as F5: large type, thick lines, high contrast, the tables\n"
    "                            along the bottom put away, full screen (a screenshot keeps\n"
    "                            its --size)\n"
    "  --colour-blind            the Okabe-Ito palette\n"
    "  --lang system|en|it       the interface language for this run; without it the\n"
    "                            TIMESLICE_LANG variable, else File > Settings, else the system's\n";

}  // namespace

std::string HelpText::full(const std::string& topic) {
    if (topic == "run") return kRun;
    if (topic == "check") return kCheck;
    if (topic == "compare") return kCompare;
    if (topic == "gui") return kGui;
    if (topic == "generate") return kGenerate;
    if (topic == "quiz") return kQuiz;
    if (topic == "sweep") return kSweep;
    return std::string(kOverviewTop) + kDefaultLine + kOverviewCommands + kGuiLine + kOverviewEnd;
}

std::string HelpText::usageHint(const std::string& command) {
    if (command == "run") return "usage: timeslice run FILE [options]  (see 'timeslice help run')";
    if (command == "check") return "usage: timeslice check FILE...  (see 'timeslice help check')";
    if (command == "compare") {
        return "usage: timeslice compare FILE --policies LIST [options]  "
               "(see 'timeslice help compare')";
    }
    if (command == "generate") {
        return "usage: timeslice generate --processes N | --tasks N --seed S [options]  "
               "(see 'timeslice help generate')";
    }
    if (command == "quiz") {
        return "usage: timeslice quiz FILE --questions N --seed S [--output-dir DIR] [--pdf]  "
               "(see 'timeslice help quiz')";
    }
    if (command == "sweep") {
        return "usage: timeslice sweep FILE --param P --values V [--jobs N]  "
               "(see 'timeslice help sweep')";
    }
    return "usage: timeslice [run|check|compare|generate|quiz|sweep|gui|help] ...  (see 'timeslice --help')";
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
