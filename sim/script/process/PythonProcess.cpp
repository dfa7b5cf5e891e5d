#include "script/process/PythonProcess.h"

#include <set>

#include "kernel/Thread.h"
#include "script/threading/ThreadingModules.h"
#include "script/threading/ThreadingShared.h"
#include "sync/SyncLock.h"

namespace ts::script {

PythonProcess::PythonProcess(Kernel& kernel, int pid, PythonVersion version, VmConfig config, std::uint64_t seed)
    : kernel_(kernel),
      pid_(pid),
      ctx_(std::make_unique<RuntimeContext>(version)),
      output_(kernel, *this),
      vm_(std::make_unique<Interpreter>(*ctx_, std::move(config), &output_)),
      random_(Random::stream(seed, 0x7079)) {
    if (vm_->config().reportLines) {
        lineReporter_ = std::make_unique<ProcessLineReporter>(kernel, *this);
        vm_->setLineListener(lineReporter_.get());
    }
    threading_ = std::make_shared<ThreadingShared>(*this);
    ThreadingModules::registerAll(vm_->moduleRegistry(), *threading_);
}

PythonProcess::~PythonProcess() {
    // Threads hold values of the heap: drop them before the interpreter and the context.
    for (auto& record : threads_) {
        record->handle = Value();
        record->vm.reset();
    }
    threads_.clear();
    threading_->clear();
    vm_.reset();
}

PythonThreadRecord& PythonProcess::addRecord(std::unique_ptr<VmThread> thread, const std::string& name, bool daemon) {
    auto record = std::make_unique<PythonThreadRecord>();
    record->name = name;
    record->daemon = daemon;
    record->ident = nextIdent_;
    nextIdent_ += 8392704;  // CPython's thread stacks are 8 MiB apart
    record->vm = std::move(thread);
    record->vm->name = name;
    record->vm->owner = record.get();
    record->body = std::make_unique<PythonThreadBody>(*this, *record);
    threads_.push_back(std::move(record));
    ++aliveCount_;
    return *threads_.back();
}

PythonThreadRecord& PythonProcess::startMain(std::shared_ptr<const CodeObject> code, const std::string& fileName,
                                             std::string source) {
    vm_->addSource(fileName, std::move(source));
    PythonThreadRecord& record = addRecord(vm_->startMainThread(std::move(code)), "MainThread", false);
    record.isMain = true;
    record.tid = kernel_.addThread(pid_, "MainThread", record.body.get(), 0, false);
    record.endWaiters = std::make_unique<ThreadEndWaiters>(kernel_, record.tid, record.tid, 0);
    return record;
}

PythonThreadRecord& PythonProcess::spawn(const Value& callable, std::vector<Value> args, Value kwargs,
                                         const std::string& name, bool daemon, Time at, Value handle,
                                         std::string uncaughtHeader) {
    PythonThreadRecord& record = addRecord(vm_->startThread(callable, std::move(args), std::move(kwargs), name), name, daemon);
    record.vm->uncaughtHeader = std::move(uncaughtHeader);
    record.handle = std::move(handle);
    const VmThread* current = vm_->currentThread();
    const int creator = current ? tidOf(*current) : -1;
    record.tid = kernel_.spawnThread(pid_, name, record.body.get(), daemon, at);
    record.endWaiters = std::make_unique<ThreadEndWaiters>(kernel_, record.tid, creator, at);
    return record;
}

PythonThreadRecord* PythonProcess::recordOf(const VmThread& thread) const {
    return static_cast<PythonThreadRecord*>(thread.owner);
}

PythonThreadRecord* PythonProcess::recordOfTid(int tid) const {
    for (const auto& record : threads_) {
        if (record->tid == tid) return record.get();
    }
    return nullptr;
}

int PythonProcess::tidOf(const VmThread& thread) const {
    const PythonThreadRecord* record = recordOf(thread);
    return record ? record->tid : -1;
}

std::vector<PythonThreadRecord*> PythonProcess::aliveThreads() const {
    std::vector<PythonThreadRecord*> alive;
    for (const auto& record : threads_) {
        if (record->ended || record->tid < 0) continue;
        const Thread& t = kernel_.threads()[static_cast<std::size_t>(record->tid)];
        if (t.state == ThreadState::Terminated) continue;
        alive.push_back(record.get());
    }
    return alive;
}

void PythonProcess::rename(PythonThreadRecord& record, const std::string& name) {
    record.name = name;
    record.vm->name = name;
    // The kernel keeps the name the thread started with (it has no rename service yet).
}

bool PythonProcess::mayStartThread() {
    const int limit = vm_->config().maxThreads;
    if (limit <= 0 || aliveCount_ < limit) return true;
    vm_->raise(vm_->types().runtimeError, "can't start new thread");
    return false;
}

void PythonProcess::threadEnded(PythonThreadRecord& record, Time at) {
    if (record.ended) return;
    record.ended = true;
    --aliveCount_;
    if (record.endWaiters) record.endWaiters->finish(record.tid, at);
    if (!record.isMain) return;
    const Value& uncaught = record.vm->uncaught;
    exitCode_ = record.vm->exitCode;
    if (!uncaught.isEmpty() && vm_->isInstance(uncaught, vm_->types().keyboardInterrupt)) {
        mainInterrupted_ = true;
    } else if (!uncaught.isEmpty() && !vm_->isInstance(uncaught, vm_->types().systemExit)) {
        mainFailed_ = true;
    }
}

BlockedWait PythonProcess::waitOf(int tid) const {
    const PythonThreadRecord* record = recordOfTid(tid);
    BlockedWait w;
    w.thread = record ? record->name : "thread " + std::to_string(tid);
    auto found = waits_.find(tid);
    if (found == waits_.end()) {
        w.reason = kernel_.threads()[static_cast<std::size_t>(tid)].blockReason;
        return w;
    }
    w.noted = true;
    w.object = found->second.object;
    if (found->second.lock && found->second.lock->owner() >= 0) {
        const PythonThreadRecord* owner = recordOfTid(found->second.lock->owner());
        w.holder = owner ? owner->name : "thread " + std::to_string(found->second.lock->owner());
    }
    return w;
}

std::vector<BlockedWait> PythonProcess::deadlockWaits() const {
    // Follow the chain from the main thread (whom does it wait for? whom does that one wait
    // for?) so the cycle reads in order, then name the other blocked threads.
    std::vector<int> order;
    std::set<int> seen;
    auto waitsFor = [&](int tid) -> int {
        auto found = waits_.find(tid);
        if (found == waits_.end()) return -1;
        if (found->second.lock) return found->second.lock->owner();
        for (const auto& record : threads_) {
            if (found->second.object == record->name + " (join)") return record->tid;
        }
        return -1;
    };
    for (int tid = threads_.empty() ? -1 : threads_.front()->tid; tid >= 0 && !seen.count(tid); tid = waitsFor(tid)) {
        const Thread& t = kernel_.threads()[static_cast<std::size_t>(tid)];
        if (t.state != ThreadState::Blocked) break;
        seen.insert(tid);
        order.push_back(tid);
    }
    for (const auto& record : threads_) {
        if (record->tid < 0 || seen.count(record->tid)) continue;
        const Thread& t = kernel_.threads()[static_cast<std::size_t>(record->tid)];
        if (t.state == ThreadState::Blocked) order.push_back(record->tid);
    }
    std::vector<BlockedWait> waits;
    for (int tid : order) waits.push_back(waitOf(tid));
    return waits;
}

std::string PythonProcess::deadlockDescription() const {
    std::string text = "deadlock: ";
    bool first = true;
    for (const BlockedWait& w : deadlockWaits()) {
        if (!first) text += "; ";
        first = false;
        text += w.thread;
        if (!w.noted) {
            text += " waits (" + std::string(toString(w.reason)) + ")";
            continue;
        }
        text += " waits for " + w.object;
        if (!w.holder.empty()) text += " held by " + w.holder;
    }
    return text;
}

}  // namespace ts::script
