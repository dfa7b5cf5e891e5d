#pragma once
// A code object as text in the layout of CPython's `dis` module: source line where a line
// starts, ">>" on jump targets, instruction index, opcode name, argument and what it refers to
// (the name, constant, local or jump target), then — when recursive — the code objects among
// its constants. BinaryOp/InplaceOp/UnaryOp show CPython 3.9's per-operator names
// (BINARY_ADD, INPLACE_ADD, UNARY_NOT; `/` is BINARY_DIVIDE as the VM picks true or floor
// division by version), Jump shows as JUMP_FORWARD or JUMP_ABSOLUTE by direction.
#include <string>

#include "script/vm/CodeObject.h"

namespace ts::script {

std::string disassemble(const CodeObject& code, bool recursive = true);

// The name the listing shows for one instruction ("INPLACE_ADD", "JUMP_ABSOLUTE").
std::string instructionName(const CodeObject& code, std::size_t index);

// One instruction with what its argument refers to, without the listing's columns:
// "LOAD_GLOBAL counter", "INPLACE_ADD", "LOAD_CONST 1".
std::string instructionText(const CodeObject& code, std::size_t index);

}  // namespace ts::script
