// Fuzz target: a program file's front matter (the `timeslice` docstring) through the program
// loader, and on to the check `timeslice run` makes before it simulates (the policy can be built
// with those settings). Each input is read twice: as a whole .py file, which exercises finding
// the docstring (byte-order mark, comments, quote styles, string prefixes), and as the body of a
// docstring wrapped around it, so that mutations go straight at the `key: value` lines.
// Allowed outcomes: a spec within the loader's ranges, or one InputError with a one-line message
// placed inside the input. Anything else is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "FuzzSupport.h"
#include "ScenarioFile.h"
#include "scenario/ProgramLoader.h"

namespace {

const std::string kFile = "fuzz.py";

void checkSpec(const ts::ProgramSpec& spec) {
    using ts::fuzz::require;
    const ts::MachineConfig& m = spec.machine;
    require(m.cpus >= 1 && m.cpus <= 256, "cpus out of 1..256: " + std::to_string(m.cpus));
    require(m.quantum >= 0 && m.contextSwitch >= 0 && m.timerTick >= 0, "a negative duration");
    require(m.quantumJitter >= 0.0 && m.quantumJitter <= 0.5, "quantum jitter out of 0..0.5");
    require(spec.python == 0 || spec.python == 2 || spec.python == 3, "python not 0, 2 or 3");
    require(spec.instructionCost >= 1, "instruction cost below 1ns");
    require(spec.maxThreads >= 1 && spec.recursionLimit >= 10 && spec.maxInstructions >= 0, "a limit out of range");
    require(!m.policy.empty(), "no policy");
}

void load(std::string_view text) {
    try {
        const ts::ProgramSpec spec = ts::loadProgramText(text, kFile);
        checkSpec(spec);
        ts::app::ScenarioFile::requireRunnable(spec);
    } catch (const ts::InputError& error) {
        ts::fuzz::checkInputError(error, text, kFile);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = ts::fuzz::asText(data, size);
    load(text);
    load("\"\"\"timeslice\n" + std::string(text) + "\n\"\"\"\n");
    return 0;
}
