#include "script/compiler/StackEffect.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace ts::script {

int stackEffect(Opcode op, std::uint32_t arg, bool jump) {
    const int n = static_cast<int>(arg);
    switch (op) {
        case Opcode::Nop:
        case Opcode::RotTwo:
        case Opcode::RotThree:
        case Opcode::RotFour:
        case Opcode::DeleteFast:
        case Opcode::DeleteGlobal:
        case Opcode::DeleteName:
        case Opcode::DeleteDeref:
        case Opcode::LoadAttr:
        case Opcode::UnaryOp:
        case Opcode::Jump:
        case Opcode::GetIter:
        case Opcode::ListToTuple:
        case Opcode::PopBlock:
        case Opcode::PrintNewline:
        case Opcode::YieldValue:
        case Opcode::GetYieldFromIter:
        case Opcode::SetupAnnotations: return 0;
        case Opcode::YieldFrom: return -1;
        case Opcode::PopTop: return -1;
        case Opcode::DupTop: return 1;
        case Opcode::DupTopTwo: return 2;
        case Opcode::LoadConst:
        case Opcode::LoadFast:
        case Opcode::LoadGlobal:
        case Opcode::LoadName:
        case Opcode::LoadDeref:
        case Opcode::LoadClosure:
        case Opcode::LoadClassDeref:
        case Opcode::LoadMethod:
        case Opcode::LoadBuildClass:
        case Opcode::LoadAssertionError:
        case Opcode::ImportFrom: return 1;
        case Opcode::StoreFast:
        case Opcode::StoreGlobal:
        case Opcode::StoreName:
        case Opcode::StoreDeref:
        case Opcode::DeleteAttr:
        case Opcode::BinaryOp:
        case Opcode::InplaceOp:
        case Opcode::CompareOp:
        case Opcode::IsOp:
        case Opcode::ContainsOp:
        case Opcode::BinarySubscr:
        case Opcode::ReturnValue:
        case Opcode::ListAppend:
        case Opcode::SetAdd:
        case Opcode::ListExtend:
        case Opcode::SetUpdate:
        case Opcode::DictUpdate:
        case Opcode::DictMerge:
        case Opcode::ImportName:
        case Opcode::ImportStar:
        case Opcode::PrintItem:
        case Opcode::PrintNewlineTo:
        case Opcode::PopJumpIfFalse:
        case Opcode::PopJumpIfTrue: return -1;
        case Opcode::StoreAttr:
        case Opcode::DeleteSubscr:
        case Opcode::MapAdd:
        case Opcode::JumpIfNotExcMatch:
        case Opcode::PrintItemTo: return -2;
        case Opcode::StoreSubscr:
        case Opcode::PopExcept:
        case Opcode::Reraise: return -3;
        case Opcode::CallMethod: return -n - 1;
        case Opcode::BuildSlice: return n == 3 ? -2 : -1;
        case Opcode::JumpIfFalseOrPop:
        case Opcode::JumpIfTrueOrPop: return jump ? 0 : -1;
        case Opcode::ForIter: return jump ? -1 : 1;
        case Opcode::BuildTuple:
        case Opcode::BuildList:
        case Opcode::BuildSet:
        case Opcode::BuildString: return 1 - n;
        case Opcode::BuildMap: return 1 - 2 * n;
        case Opcode::BuildConstKeyMap: return -n;
        case Opcode::FormatValue: return (arg & 0x04u) != 0 ? -1 : 0;
        case Opcode::UnpackSequence: return n - 1;
        case Opcode::UnpackEx: return static_cast<int>(arg & 0xffu) + static_cast<int>(arg >> 8);
        case Opcode::CallFunction: return -n;
        case Opcode::CallFunctionKw: return -n - 1;
        case Opcode::CallFunctionEx: return -1 - static_cast<int>(arg & 1u);
        case Opcode::MakeFunction:
            return -1 - std::popcount(arg & 0x0fu);
        case Opcode::SetupFinally: return jump ? 6 : 0;
        case Opcode::SetupWith: return jump ? 6 : 1;
        case Opcode::RaiseVarargs: return -n;
        case Opcode::WithExceptStart: return 1;
        case Opcode::Count_: break;
    }
    return 0;
}

bool endsControlFlow(Opcode op) {
    return op == Opcode::Jump || op == Opcode::ReturnValue || op == Opcode::RaiseVarargs ||
           op == Opcode::Reraise;
}

int maxStackDepth(const std::vector<Instruction>& code) {
    // Depth on entry to each instruction (-1: not reached yet). A path that reaches an
    // instruction deeper than before is walked again, as CPython's stackdepth() does.
    std::vector<int> entryDepth(code.size(), -1);
    std::vector<std::pair<std::size_t, int>> pending{{0, 0}};
    int deepest = 0;
    while (!pending.empty()) {
        auto [index, depth] = pending.back();
        pending.pop_back();
        while (index < code.size() && depth > entryDepth[index]) {
            entryDepth[index] = depth;
            const Instruction instruction = code[index];
            const Opcode op = instruction.op();
            if (hasJumpTarget(op)) {
                const int target = depth + stackEffect(op, instruction.arg(), true);
                deepest = std::max(deepest, target);
                pending.emplace_back(instruction.arg(), target);
            }
            if (endsControlFlow(op)) break;
            depth += stackEffect(op, instruction.arg(), false);
            deepest = std::max(deepest, depth);
            ++index;
        }
    }
    return deepest;
}

}  // namespace ts::script
