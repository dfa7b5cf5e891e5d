#include "script/compiler/CodeBuilder.h"

#include <cassert>

#include "script/compiler/StackEffect.h"
#include "script/syntax/SyntaxError.h"

namespace ts::script {

CodeBuilder::CodeBuilder(RuntimeContext& ctx, std::string fileName)
    : fileName_(std::move(fileName)), constants_(ctx) {}

CodeBuilder::Label CodeBuilder::newLabel() {
    labelTargets_.push_back(-1);
    return static_cast<Label>(labelTargets_.size() - 1);
}

void CodeBuilder::bind(Label label) {
    assert(labelTargets_[static_cast<std::size_t>(label)] == -1);
    labelTargets_[static_cast<std::size_t>(label)] = static_cast<int>(instructions_.size());
    lastLabelBoundAt_ = static_cast<int>(instructions_.size());
}

std::uint32_t CodeBuilder::checkedArg(std::size_t value, SourcePos pos) const {
    if (value > Instruction::kMaxArg) throw SyntaxError(fileName_, pos, "too many names, constants or instructions in one code block");
    return static_cast<std::uint32_t>(value);
}

void CodeBuilder::emit(Opcode op, std::uint32_t arg, SourcePos pos) {
    if (!emitting()) return;
    instructions_.push_back({op, checkedArg(arg, pos), pos});
}

void CodeBuilder::emitJump(Opcode op, Label target, SourcePos pos) {
    assert(hasJumpTarget(op));
    if (!emitting()) return;
    instructions_.push_back({op, static_cast<std::uint32_t>(target), pos});
}

std::uint32_t CodeBuilder::nameIndex(const std::string& name) {
    auto [it, inserted] = nameIndex_.try_emplace(name, static_cast<std::uint32_t>(names_.size()));
    if (inserted) names_.push_back(name);
    return it->second;
}

std::uint32_t CodeBuilder::varnameIndex(const std::string& name) {
    auto [it, inserted] = varnameIndex_.try_emplace(name, static_cast<std::uint32_t>(varnames_.size()));
    if (inserted) varnames_.push_back(name);
    return it->second;
}

bool CodeBuilder::endsWithReturn() const {
    return !instructions_.empty() && instructions_.back().op == Opcode::ReturnValue &&
           lastLabelBoundAt_ != static_cast<int>(instructions_.size());
}

void CodeBuilder::threadJumps() {
    const std::size_t count = instructions_.size();
    auto isJumpOnTrue = [](Opcode op) { return op == Opcode::PopJumpIfTrue || op == Opcode::JumpIfTrueOrPop; };
    auto isConditional = [](Opcode op) {
        return op == Opcode::PopJumpIfFalse || op == Opcode::PopJumpIfTrue ||
               op == Opcode::JumpIfFalseOrPop || op == Opcode::JumpIfTrueOrPop;
    };
    for (std::size_t i = 0; i < count; ++i) {
        PendingInstruction& jump = instructions_[i];
        if (jump.op != Opcode::Jump && !isConditional(jump.op)) continue;
        // Follow chains; the bound guards against a jump loop (`while 1: pass`).
        for (std::size_t hops = 0; hops < count && jump.arg < count; ++hops) {
            const PendingInstruction& target = instructions_[jump.arg];
            if (jump.op == Opcode::Jump && target.op == Opcode::ReturnValue) {
                // An unconditional jump to a return is that return.
                jump.op = Opcode::ReturnValue;
                jump.arg = 0;
                break;
            }
            if (target.op == Opcode::Jump) {
                if (target.arg == jump.arg) break;
                jump.arg = target.arg;
                continue;
            }
            // `a and b or c`: the second test's outcome follows from the first one's.
            const bool keepsValue = jump.op == Opcode::JumpIfFalseOrPop || jump.op == Opcode::JumpIfTrueOrPop;
            if (keepsValue && isConditional(target.op)) {
                if (isJumpOnTrue(target.op) == isJumpOnTrue(jump.op)) {
                    jump.op = target.op;
                    jump.arg = target.arg;
                } else {
                    jump.op = isJumpOnTrue(jump.op) ? Opcode::PopJumpIfTrue : Opcode::PopJumpIfFalse;
                    jump.arg = jump.arg + 1;
                }
                continue;
            }
            break;
        }
    }
}

void CodeBuilder::finish(CodeObject& out) {
    for (PendingInstruction& instruction : instructions_) {
        if (!hasJumpTarget(instruction.op)) continue;
        const int target = labelTargets_[instruction.arg];
        assert(target >= 0 && "jump to a label never bound");
        instruction.arg = static_cast<std::uint32_t>(target);
    }
    threadJumps();
    out.code.clear();
    out.positions.clear();
    out.code.reserve(instructions_.size());
    out.positions.reserve(instructions_.size());
    for (const PendingInstruction& instruction : instructions_) {
        out.code.emplace_back(instruction.op, instruction.arg);
        out.positions.push_back(instruction.pos);
    }
    out.stackSize = maxStackDepth(out.code);
    out.constants = constants_.values();
    out.names = names_;
    out.varnames = varnames_;
}

}  // namespace ts::script
