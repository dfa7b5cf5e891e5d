#pragma once
// One activation of a code object: program counter, fast locals, cells, the value stack and
// CPython 3.9's block stack, all in one slot array so that calling a function allocates nothing
// once the thread's frame pool is warm. A frame without code is a boundary: the bottom of a
// thread, or the point where a C++ callback re-entered the VM; reaching it ends that run.
#include <cstdint>
#include <memory>

#include "script/runtime/Value.h"
#include "script/vm/CodeInfo.h"
#include "script/vm/Continuation.h"

namespace ts::script {

struct Block {
    enum class Type : std::uint8_t { Finally, ExceptHandler };
    Type type;
    int handler;  // instruction index (Finally)
    int level;    // stack depth when the block was set up
};

struct Frame {
    static constexpr int kMaxBlocks = 20;  // CPython's CO_MAXBLOCKS

    // Prepares the frame for code (or as a boundary when info is null); storage hold Empty.
    void reset(std::shared_ptr<CodeInfo> codeInfo, int boundaryStack = 2) {
        info = std::move(codeInfo);
        code = info ? info->code.get() : nullptr;
        instructions = code ? code->code.data() : nullptr;
        int needed = info ? info->frameSlots : boundaryStack;
        if (needed > capacity) {
            storage = std::make_unique<Value[]>(static_cast<std::size_t>(needed));
            capacity = needed;
        }
        fast = storage.get();
        cells = fast + (info ? info->localCount : 0);
        stackBase = cells + (info ? info->cellCount : 0);
        sp = stackBase;
        pc = 0;
        blockCount = 0;
        continuation = Continuation();
        generator = nullptr;
    }
    // Releases every value the frame holds (its storage stay allocated for reuse).
    void clear() {
        int used = static_cast<int>(sp - storage.get());
        for (int i = 0; i < used; ++i) storage[static_cast<std::size_t>(i)] = Value();
        sp = stackBase;
        globals = Value();
        locals = Value();
        function = Value();
        continuation.value = Value();
        owner = Value();
        info.reset();
    }

    bool isBoundary() const { return code == nullptr; }
    int stackLevel() const { return static_cast<int>(sp - stackBase); }
    void push(Value v) { *sp++ = std::move(v); }
    Value pop() { return std::move(*--sp); }
    // The source line of the instruction that last ran (or is running).
    int currentLine() const {
        if (!code || code->positions.empty()) return 0;
        int at = pc > 0 ? pc - 1 : 0;
        return code->positions[static_cast<std::size_t>(at)].line;
    }

    std::shared_ptr<CodeInfo> info;
    const CodeObject* code = nullptr;
    const Instruction* instructions = nullptr;
    int pc = 0;
    std::unique_ptr<Value[]> storage;
    int capacity = 0;
    Value* fast = nullptr;
    Value* cells = nullptr;
    Value* stackBase = nullptr;
    Value* sp = nullptr;
    Block blocks[kMaxBlocks];
    int blockCount = 0;
    Value globals;   // DictObject
    Value locals;    // DictObject for module and class bodies, else Empty
    Value function;  // the FunctionObject running (Empty for module code)
    Continuation continuation;  // what to do with the return value
    class GeneratorObject* generator = nullptr;  // set while a generator's frame runs
    // While a generator's frame runs on a thread's stack, the generator itself, when nothing
    // else need hold it (next(gen()) with a temporary): cleared when it yields or ends.
    Value owner;
};

}  // namespace ts::script
