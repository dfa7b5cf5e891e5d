#pragma once
// The compiler's entry point: a parsed module to the code object of its body, with the code of
// every function, class body, lambda and comprehension in it as nested constants. The bytecode
// is CPython 3.9's (see script/vm/Opcode.h), so a program runs the instructions CPython would
// run — `counter += 1` in a function with `global counter` is LoadGlobal, LoadConst, InplaceOp,
// StoreGlobal, and a thread switch may fall between any two of them.
#include <memory>
#include <string>

#include "script/syntax/Ast.h"
#include "script/vm/CodeObject.h"

namespace ts::script {

class RuntimeContext;

// Throws SyntaxError ("FILE:LINE:COL: error: SyntaxError: ...") for what CPython rejects at
// compile time: 'return' outside function, 'break' outside loop, misplaced global/nonlocal,
// duplicate arguments, misplaced __future__ imports, ... — and for the few constructs timeslice
// does not run (the exec statement, 'yield from', complex and bytes literals, integer literals
// beyond 64 bits). Constants are allocated in `ctx`, which must outlive the code.
std::shared_ptr<const CodeObject> compileModule(const ast::Module& module, RuntimeContext& ctx,
                                                const std::string& fileName);

}  // namespace ts::script
