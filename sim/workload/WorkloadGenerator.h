#pragma once
// Writes a random workload file (SPEC.md, format 1) from WorkloadGeneratorOptions: the same
// options and seed give the same bytes on every machine. Burst lengths and arrivals are drawn
// here, with our own generator, and written as plain numbers, so the file is a fixed exercise
// a student can work through by hand; its title and description say how it was made and the
// command that makes it again. Periodic task sets are written by PeriodicTaskGenerator.
#include <string>

#include "workload/WorkloadGeneratorOptions.h"

namespace ts {

class WorkloadGenerator {
  public:
    // What makes `options` unusable, in one sentence; "" when they are fine.
    static std::string problem(const WorkloadGeneratorOptions& options);

    // The workload as pretty JSON text ending in a newline. Throws std::invalid_argument with
    // problem() when the options are unusable.
    static std::string generate(const WorkloadGeneratorOptions& options);

    // The `timeslice generate ...` command line that writes the same file.
    static std::string commandLine(const WorkloadGeneratorOptions& options);

    // The step drawn times are rounded to: a power of ten of nanoseconds, at most one unit,
    // fine enough for the smallest length the distributions describe.
    static Time resolution(const WorkloadGeneratorOptions& options);

  private:
    // The policy, quantum and CPUs, which both kinds of workload share.
    static std::string machineProblem(const WorkloadGeneratorOptions& options);
};

}  // namespace ts
