#include "model/ProgramKernel.h"

#include "policies/PolicyFactory.h"
#include "script/process/ProgramSetup.h"
#include "script/process/PythonProcess.h"
#include "script/syntax/ProgramParser.h"
#include "script/vm/Disassembler.h"
#include "script/vm/VmThread.h"

namespace ts::ui {

struct ProgramKernel::Parsed {
    script::ast::Module module;
};

ProgramKernel::ProgramKernel(ProgramSpec spec, std::unique_ptr<SchedulingPolicy> policy)
    : spec_(std::move(spec)),
      parsed_(std::make_unique<Parsed>(Parsed{script::parseProgram(spec_.source, spec_.path, script::ProgramSetup::parseMode(spec_))})),
      kernel_(std::make_unique<Kernel>(spec_.machine, policy ? std::move(policy) : PolicyFactory::create(spec_.machine))) {}

ProgramKernel::~ProgramKernel() = default;

void ProgramKernel::attach(KernelObserver& observer) {
    kernel_->setObserver(&observer);
    const int pid = kernel_->addProcess(ProcessInfo{script::ProgramSetup::processName(spec_), 0, 0, 100, 0, 0, 0});
    script::VmConfig config = script::ProgramSetup::vmConfig(spec_);
    config.reportLines = true;  // the source view marks each thread's line
    process_ = std::make_unique<script::PythonProcess>(*kernel_, pid, parsed_->module.version, config,
                                                       spec_.machine.seed);
    script::ProgramSetup::start(*process_, parsed_->module, spec_, interruptAt_);
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

Time ProgramKernel::horizon() const { return script::ProgramSetup::horizon(spec_); }

bool ProgramKernel::stopped() const { return process_ && script::ProgramSetup::ended(*process_); }

void ProgramKernel::completeReport(RunReport& report) {
    process_->output().flush();
    report.scenario = spec_.path;
    report.title = spec_.title;
    report.unit = "ms";
    report.output = process_->output().takeRecords();
    // The exit statuses and messages of `timeslice run`; a program that completed keeps the
    // report's own status.
    script::ProgramSetup::describeEnd(report, *process_, *kernel_, spec_);
}

}  // namespace ts::ui
