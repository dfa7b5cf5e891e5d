#pragma once
// How each instruction changes the depth of the value stack (CPython 3.9's stack_effect), and
// the deepest the stack can get in a code object, found by walking every path from the entry.
#include <cstdint>
#include <vector>

#include "script/vm/Opcode.h"

namespace ts::script {

// The change in depth when the instruction falls through (jump false) or takes its jump (true;
// for SetupFinally/SetupWith: when the handler is entered with the exception's six values).
int stackEffect(Opcode op, std::uint32_t arg, bool jump);

// True for instructions after which control never falls through to the next one.
bool endsControlFlow(Opcode op);

int maxStackDepth(const std::vector<Instruction>& code);

}  // namespace ts::script
