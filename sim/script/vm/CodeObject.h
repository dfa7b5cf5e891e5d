#pragma once
// A compiled function, class body or module: instructions, constants, names and where each
// instruction came from in the source (for tracebacks, errors and the GUI's line marker).
// The compiler (sim/script/compiler) makes these; the VM (sim/script/vm) runs them.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "scenario/SourcePos.h"
#include "script/runtime/Value.h"
#include "script/vm/Opcode.h"

namespace ts::script {

struct CodeObject {
    // CPython's CO_* values.
    enum Flags : std::uint32_t {
        kOptimized = 0x01,    // a function, lambda or comprehension: locals are fast slots
        kNewLocals = 0x02,    // a function body gets a fresh locals namespace (same cases)
        kVarArgs = 0x04,      // *args
        kVarKeywords = 0x08,  // **kwargs
        kNested = 0x10,       // defined inside a function
        kGenerator = 0x20,
        kNoFree = 0x40,       // no cellvars and no freevars
        // Set on every code object of a module with `from __future__ import division`: under
        // Python 2, BinaryOp/InplaceOp Div is then true division (as under Python 3).
        kFutureDivision = 0x20000,
        // Informational: the parser already reads `print` as a function in such a module.
        kFuturePrintFunction = 0x100000,
    };

    std::string name;          // "<module>", "worker", "<lambda>", "<listcomp>", class name
    std::string qualname;      // "myThread.run"
    std::string fileName;      // as given on the command line
    std::uint32_t flags = 0;
    int argCount = 0;          // positional parameters (including those with defaults)
    int posOnlyArgCount = 0;   // of which positional-only (before a `/`)
    int kwOnlyArgCount = 0;
    int stackSize = 0;         // the deepest the value stack gets
    int firstLine = 0;

    std::vector<Instruction> code;
    std::vector<SourcePos> positions;   // one per instruction
    // ints, floats, strs, bools, None, tuples of them, nested CodeObjects (CodeValue). As in
    // CPython, constants[0] of a function or lambda is its docstring or None (a function's
    // docstring is not executed; module and class docstrings are stored to __doc__ by code).
    std::vector<Value> constants;
    std::vector<std::string> names;     // globals, attributes, imported modules
    // Parameters first, in CPython's order: positional, keyword-only, *args, **kwargs; then the
    // other locals in order of first use. A comprehension's one parameter is ".0" (its iterator).
    std::vector<std::string> varnames;
    // Deref slots: cellvars then freevars (LoadDeref/StoreDeref/LoadClosure arg indexes both
    // lists as one). Each list is sorted by name, as in CPython. A class body whose methods use
    // super() or __class__ has the cell "__class__" and ends with LoadClosure, DupTop,
    // StoreName __classcell__, ReturnValue (CPython 3's protocol for zero-argument super()).
    std::vector<std::string> cellvars;  // locals captured by inner functions
    std::vector<std::string> freevars;  // captured from enclosing functions
    // For each cellvar that is also a parameter: its index in varnames (-1 otherwise), so the VM
    // can move the argument into its cell on entry.
    std::vector<int> cellFromArg;
};

}  // namespace ts::script
