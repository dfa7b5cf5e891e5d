// Fuzz target: any bytes as a workload file (SPEC format 1, JSON) through the workload loader.
// Allowed outcomes: a workload that keeps the loader's promises, or one InputError with a
// one-line message placed inside the input. Anything else — a crash, another exception, a
// sanitizer report, a hang — is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "FuzzSupport.h"
#include "scenario/WorkloadLoader.h"

namespace {

const std::string kFile = "fuzz.json";

// What the kernel relies on, and the loader therefore has to guarantee.
void checkWorkload(const ts::WorkloadSpec& spec) {
    using ts::fuzz::require;
    const ts::MachineConfig& m = spec.machine;
    require(m.cpus >= 1 && m.cpus <= 256, "cpus out of 1..256: " + std::to_string(m.cpus));
    require(m.quantum >= 0 && m.contextSwitch >= 0, "negative quantum or switch cost");
    require(m.quantumJitter >= 0.0 && m.quantumJitter <= 0.5, "quantum jitter out of 0..0.5");
    require(!spec.processes.empty(), "a workload without processes");
    for (const ts::ProcessSpec& p : spec.processes) {
        require(!p.name.empty(), "a process without a name");
        require(p.arrival >= 0 && p.arrival < ts::kMaxDuration, "arrival out of range in " + p.name);
        require(p.period >= 0 && p.deadline >= 0, "negative period or deadline in " + p.name);
        require(!p.threads.empty() || !p.program.empty(), "process " + p.name + " has neither threads nor a program");
        for (const ts::ThreadSpec& t : p.threads) {
            require(!t.bursts.empty(), "thread without bursts in " + p.name);
            require(t.start >= 0, "negative thread start in " + p.name);
            for (const ts::BurstSpec& b : t.bursts) {
                require(b.length.a >= 0 && b.length.b >= 0, "negative burst parameter in " + p.name);
                if (b.length.isFixed()) require(b.length.a >= 1, "a fixed burst below 1ns in " + p.name);
            }
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = ts::fuzz::asText(data, size);
    try {
        checkWorkload(ts::loadWorkloadText(text, kFile));
    } catch (const ts::InputError& error) {
        ts::fuzz::checkInputError(error, text, kFile);
    }
    return 0;
}
