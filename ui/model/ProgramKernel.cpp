#include "model/ProgramKernel.h"

#include "policies/PolicyFactory.h"
#include "script/compiler/Compiler.h"
#include "script/process/PythonProcess.h"
#include "script/syntax/ProgramParser.h"
#include "script/vm/Disassembler.h"
#include "script/vm/VmThread.h"

namespace ts::ui {
namespace {

// The command line's limit for a program without `until` (sim/ProgramSimulation.cpp): a program
// that never ends stops there rather than running on.
constexpr Time kProgramHorizon = 30 * kSecond;

script::ParseMode parseModeFor(const ProgramSpec& spec) {
    if (spec.python == 2) return script::ParseMode::Python2;
    if (spec.python == 3) return script::ParseMode::Python3;
    return script::ParseMode::Auto;
}

std::string baseName(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

struct ProgramKernel::Parsed {
    script::ast::Module module;
};

ProgramKernel::ProgramKernel(ProgramSpec spec, std::unique_ptr<SchedulingPolicy> policy)
    : spec_(std::move(spec)),
      parsed_(std::make_unique<Parsed>(Parsed{script::parseProgram(spec_.source, spec_.path, parseModeFor(spec_))})),
      kernel_(std::make_unique<Kernel>(spec_.machine, policy ? std::move(policy) : PolicyFactory::create(spec_.machine))) {}

ProgramKernel::~ProgramKernel() = default;

void ProgramKernel::attach(KernelObserver& observer) {
    kernel_->setObserver(&observer);
    const int pid = kernel_->addProcess(ProcessInfo{baseName(spec_.path), 0, 0, 100, 0, 0, 0});
    script::VmConfig config;
    config.instructionCost = spec_.instructionCost;
    config.wallClockOrigin = spec_.clockOrigin;
    config.recursionLimit = spec_.recursionLimit;
    config.maxInstructions = spec_.maxInstructions;
    config.maxThreads = spec_.maxThreads;
    config.reportLines = true;  // the source view marks each thread's line
    config.argv.push_back(spec_.path);
    process_ = std::make_unique<script::PythonProcess>(*kernel_, pid, parsed_->module.version, config,
                                                       spec_.machine.seed);
    if (spec_.maxMemoryBytes > 0) {
        process_->context().heap().setLimit(static_cast<std::size_t>(spec_.maxMemoryBytes));
    }
    auto code = script::compileModule(parsed_->module, process_->context(), spec_.path);
    const script::PythonThreadRecord& main = process_->startMain(code, spec_.path, spec_.source);
    if (interruptAt_) kernel_->postInterrupt(main.tid, *interruptAt_);
}

std::string ProgramKernel::nextInstruction(int tid) const {
    const script::PythonThreadRecord* record = process_ ? process_->recordOfTid(tid) : nullptr;
    if (!record || !record->vm || !record->running || record->ended || record->vm->depth() == 0) return {};
    const script::Frame& top = record->vm->frameAt(record->vm->depth() - 1);
    if (top.isBoundary() || top.pc < 0 || static_cast<std::size_t>(top.pc) >= top.code->code.size()) return {};
    return script::instructionText(*top.code, static_cast<std::size_t>(top.pc));
}

std::vector<script::BlockedWait> ProgramKernel::deadlockWaits() const {
    return process_ ? process_->deadlockWaits() : std::vector<script::BlockedWait>{};
}

Time ProgramKernel::horizon() const {
    return spec_.untilGiven ? spec_.machine.until : kProgramHorizon;
}

bool ProgramKernel::stopped() const {
    // As the command line stops: a Ctrl-C that ended the main thread, or the instruction limit.
    return process_ && (process_->mainInterrupted() || process_->vm().instructionLimitReached());
}

void ProgramKernel::completeReport(RunReport& report) {
    process_->output().flush();
    report.scenario = spec_.path;
    report.title = spec_.title;
    report.unit = "ms";
    report.output = process_->output().takeRecords();
    // The exit statuses and messages of `timeslice run` (sim/ProgramSimulation.cpp).
    if (process_->vm().instructionLimitReached()) {
        report.exitStatus = "error";
        report.exitMessage = "instruction limit reached (maxInstructions = " + std::to_string(spec_.maxInstructions) + ")";
    } else if (process_->mainInterrupted()) {
        report.exitStatus = "interrupted";
        report.exitMessage = "KeyboardInterrupt";
    } else if (kernel_->deadlocked()) {
        report.exitStatus = "deadlock";
        report.exitMessage = process_->deadlockDescription();
    } else if (kernel_->stoppedByLimit()) {
        report.exitStatus = "time-limit";
        report.exitMessage = "stopped at the time limit";
    } else if (process_->mainFailed()) {
        report.exitStatus = "error";
        report.exitMessage = "uncaught exception in the main thread";
    }
}

}  // namespace ts::ui
