#pragma once
// Assembles one code object: instructions with forward-referenced labels, the position of each,
// and its tables of constants, names and local variable names. finish() resolves the labels,
// lets jumps that land on an unconditional jump go straight to its target (as CPython 3.9's
// peephole pass does — the listing keeps every instruction, but a loop runs the jumps CPython
// runs) and computes the stack size.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "scenario/SourcePos.h"
#include "script/compiler/ConstantPool.h"
#include "script/vm/CodeObject.h"

namespace ts::script {

class CodeBuilder {
public:
    using Label = int;

    CodeBuilder(RuntimeContext& ctx, std::string fileName);

    Label newLabel();
    void bind(Label label);

    void emit(Opcode op, std::uint32_t arg, SourcePos pos);
    void emit(Opcode op, SourcePos pos) { emit(op, 0, pos); }
    void emitJump(Opcode op, Label target, SourcePos pos);

    // Code the compiler must check but never runs (`if 0:` bodies): nothing is emitted inside.
    void beginDeadCode() { ++deadCodeDepth_; }
    void endDeadCode() { --deadCodeDepth_; }
    bool emitting() const { return deadCodeDepth_ == 0; }

    ConstantPool& constants() { return constants_; }
    std::uint32_t constantIndex(const Constant& constant) { return constants_.indexOf(constant); }
    std::uint32_t nameIndex(const std::string& name);
    std::uint32_t varnameIndex(const std::string& name);

    // The last instruction returns and nothing jumps past it: no implicit `return None` needed.
    bool endsWithReturn() const;
    std::size_t size() const { return instructions_.size(); }
    // The position of the last instruction (unknown when there is none).
    SourcePos lastPosition() const { return instructions_.empty() ? SourcePos{} : instructions_.back().pos; }

    // Fills code, positions, stackSize, constants, names and varnames.
    void finish(CodeObject& out);

private:
    struct PendingInstruction {
        Opcode op;
        std::uint32_t arg;  // the label for jumps until finish()
        SourcePos pos;
    };
    void threadJumps();
    std::uint32_t checkedArg(std::size_t value, SourcePos pos) const;

    std::string fileName_;
    std::vector<PendingInstruction> instructions_;
    std::vector<int> labelTargets_;  // instruction index per label, -1 until bound
    int lastLabelBoundAt_ = -1;
    int deadCodeDepth_ = 0;
    ConstantPool constants_;
    std::vector<std::string> names_;
    std::unordered_map<std::string, std::uint32_t> nameIndex_;
    std::vector<std::string> varnames_;
    std::unordered_map<std::string, std::uint32_t> varnameIndex_;
};

}  // namespace ts::script
