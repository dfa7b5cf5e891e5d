// The interpreter's speed (issues 3 and 7): (a) one thread's tight loop, in bytecode
// instructions per wall second; (b) the tutorial's four threads doing `counter += 1` 50,000
// times each, run as `timeslice run` runs it (kernel, recording, report), in wall time per run.
// tools/run-benchmarks.sh runs the same two programs under python3 and prints the ratios.
#include <benchmark/benchmark.h>

#include <string>

#include "ProgramSimulation.h"
#include "scenario/ProgramLoader.h"
#include "script/compiler/Compiler.h"
#include "script/runtime/RuntimeContext.h"
#include "script/syntax/ProgramParser.h"
#include "script/vm/Interpreter.h"

namespace {

using namespace ts;

// The loop sits in a function so that `x` and `i` are fast locals, as in the Python baseline.
std::string loopProgram(std::int64_t n) {
    return "def f(n):\n"
           "    x = 0\n"
           "    for i in range(n):\n"
           "        x += 1\n"
           "    return x\n"
           "f(" + std::to_string(n) + ")\n";
}

const char* const kCounterRace =
    "import threading\n"
    "counter = 0\n"
    "def work():\n"
    "    global counter\n"
    "    for i in range(50000):\n"
    "        counter += 1\n"
    "threads = [threading.Thread(target=work) for i in range(4)]\n"
    "for t in threads: t.start()\n"
    "for t in threads: t.join()\n"
    "print(counter)\n";

// The VM alone, no kernel: one run to the end with a budget large enough never to stop it.
void BM_InterpreterTightLoop(benchmark::State& state) {
    const std::string source = loopProgram(state.range(0));
    std::int64_t instructions = 0;
    for (auto _ : state) {
        script::ast::Module module = script::parseProgram(source, "loop.py", script::ParseMode::Python3);
        script::RuntimeContext ctx(module.version);
        script::Interpreter vm(ctx);
        auto code = script::compileModule(module, ctx, "loop.py");
        auto thread = vm.startMainThread(code);
        script::RunOutcome outcome = vm.runThread(*thread, 0, kNever / 2);
        if (outcome.after.kind != Demand::Kind::Exit) state.SkipWithError("the loop did not finish in one run");
        instructions += vm.totalInstructions();
    }
    state.counters["instructions"] = benchmark::Counter(static_cast<double>(instructions) / static_cast<double>(state.iterations()));
    state.counters["instr/s"] = benchmark::Counter(static_cast<double>(instructions), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_InterpreterTightLoop)->Arg(10'000'000)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// The whole `timeslice run race.py` path in-process: parse, compile, kernel, recording, report.
void BM_InterpreterCounterRace(benchmark::State& state) {
    const ProgramSpec spec = loadProgramText(kCounterRace, "race.py");
    std::int64_t lastCount = 0;
    for (auto _ : state) {
        const RunReport report = simulateProgram(spec, {});
        if (report.exitStatus != "completed" || report.output.empty()) state.SkipWithError("the race did not complete");
        else lastCount = std::stoll(report.output.back().text);
    }
    state.counters["counter"] = static_cast<double>(lastCount);
}
BENCHMARK(BM_InterpreterCounterRace)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
