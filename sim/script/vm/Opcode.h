#pragma once
// The bytecode: CPython 3.9's instruction set, trimmed to what the language subset needs, with
// the same stack effects and meanings unless a comment here says otherwise — so `counter += 1`
// compiles to LoadGlobal, LoadConst, InplaceOp(Add), StoreGlobal, and a timer interrupt can fall
// between the load and the store exactly where it falls in CPython.
//
// An instruction is 32 bits: the opcode in the low 8 bits, its argument in the high 24
// (Instruction below). Jump arguments are absolute instruction indices.
#include <cstdint>

namespace ts::script {

enum class Opcode : std::uint8_t {
    Nop,
    // Stack shuffling
    PopTop, RotTwo, RotThree, RotFour, DupTop, DupTopTwo,
    // Constants and names. arg: index into CodeObject::constants / names / varnames / cells+freevars
    LoadConst,
    LoadFast, StoreFast, DeleteFast,            // function locals (varnames)
    LoadGlobal, StoreGlobal, DeleteGlobal,      // module globals, then builtins (names)
    LoadName, StoreName, DeleteName,            // module and class bodies: locals dict, globals, builtins (names)
    LoadDeref, StoreDeref, DeleteDeref,         // cells then free variables (cellvars + freevars)
    LoadClosure,                                // push the cell itself, for MakeFunction
    LoadClassDeref,                             // class body reading a free variable
    LoadAttr, StoreAttr, DeleteAttr,            // arg: names
    LoadMethod, CallMethod,                     // as CPython 3.9 (LoadMethod arg: names; CallMethod arg: argc)
    // Operators. arg of UnaryOp/BinaryOp/InplaceOp: ast::UnaryOperator / ast::BinaryOperator
    UnaryOp, BinaryOp, InplaceOp,
    CompareOp,                                  // arg: CompareKind (==, !=, <, <=, >, >=)
    IsOp,                                       // arg 0: is, 1: is not
    ContainsOp,                                 // arg 0: in, 1: not in
    BinarySubscr, StoreSubscr, DeleteSubscr,
    BuildSlice,                                 // arg: 2 or 3
    // Control flow
    Jump,                                       // arg: target
    PopJumpIfFalse, PopJumpIfTrue,
    JumpIfFalseOrPop, JumpIfTrueOrPop,
    GetIter,
    ForIter,                                    // arg: target when the iterator is exhausted (iterator popped)
    ReturnValue,
    // Building
    BuildTuple, BuildList, BuildSet, BuildMap,  // arg: count (BuildMap: pairs)
    BuildConstKeyMap,                           // arg: count; TOS is a tuple of keys
    BuildString,                                // arg: count of str pieces to concatenate (f-strings)
    FormatValue,                                // arg: CPython's flags (conversion in low 2 bits, 4: has spec)
    ListAppend, SetAdd, MapAdd,                 // arg: depth, as in comprehensions
    ListExtend, SetUpdate, DictUpdate, DictMerge, // arg: depth
    ListToTuple,
    UnpackSequence,                             // arg: count
    UnpackEx,                                   // arg: before | after << 8
    // Calls and definitions
    CallFunction,                               // arg: argc
    CallFunctionKw,                             // arg: argc; TOS: tuple of keyword names
    CallFunctionEx,                             // arg: 1 when a kwargs dict is on the stack
    MakeFunction,                               // arg: flags 1 defaults, 2 kwdefaults, 4 annotations,
                                                // 8 closure; TOS: code, TOS1: qualname (the compiler
                                                // pushes the qualname first: this order differs from
                                                // CPython 3.9's), then below them, from the top:
                                                // closure tuple of cells (8), annotations dict (4),
                                                // kwdefaults dict (2), defaults tuple (1)
    LoadBuildClass,
    // Exceptions and blocks (CPython 3.9's block stack)
    SetupFinally,                               // arg: handler
    SetupWith,                                  // arg: handler
    PopBlock,
    PopExcept,
    Reraise,
    RaiseVarargs,                               // arg: 0, 1 or 2
    JumpIfNotExcMatch,                          // arg: target
    WithExceptStart,
    LoadAssertionError,
    // Modules
    ImportName,                                 // arg: names; TOS: fromlist, TOS1: level
    ImportFrom,                                 // arg: names
    ImportStar,
    // Python 2's print statement: items are printed with softspace rules, as CPython 2.7 does
    PrintItem,                                  // print TOS
    PrintNewline,
    PrintItemTo,                                // print TOS to TOS1 (print >>f, x); pops both.
                                                // `print >>f, a, b` compiles to f, DupTop, a,
                                                // PrintItemTo, DupTop, b, PrintItemTo, PrintNewlineTo
                                                // (`print >>f, a,` ends with PopTop instead)
    PrintNewlineTo,                             // newline to TOS; pops it
    // Generators (parsed; the VM may reject them until it supports them)
    YieldValue,
    // Added by the compiler (appended, so no earlier number moved):
    SetupAnnotations,                           // as CPython 3.9 SETUP_ANNOTATIONS: create
                                                // __annotations__ = {} in the locals dict of a
                                                // module/class body unless present (no stack effect);
                                                // emitted first when such a body has `x: T` statements
    GetYieldFromIter,                           // TOS = iter(TOS), a generator left as it is
    YieldFrom,                                  // `yield from`: TOS is the value to send on to the
                                                // iterator TOS1. While the iterator yields, this
                                                // generator yields the same and comes back here;
                                                // when it is done, both make way for its result.
    Count_
};

// CompareOp's argument.
enum class CompareKind : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// One instruction: opcode in the low 8 bits, argument (0 .. 2^24 - 1) above.
struct Instruction {
    std::uint32_t word = 0;

    static constexpr std::uint32_t kMaxArg = (1u << 24) - 1;
    constexpr Instruction() = default;
    constexpr Instruction(Opcode op, std::uint32_t arg)
        : word(static_cast<std::uint32_t>(op) | (arg << 8)) {}
    constexpr Opcode op() const { return static_cast<Opcode>(word & 0xffu); }
    constexpr std::uint32_t arg() const { return word >> 8; }
};
static_assert(sizeof(Instruction) == 4);

// Instructions whose argument is an instruction index (a jump or handler target).
constexpr bool hasJumpTarget(Opcode op) {
    switch (op) {
        case Opcode::Jump:
        case Opcode::PopJumpIfFalse:
        case Opcode::PopJumpIfTrue:
        case Opcode::JumpIfFalseOrPop:
        case Opcode::JumpIfTrueOrPop:
        case Opcode::ForIter:
        case Opcode::SetupFinally:
        case Opcode::SetupWith:
        case Opcode::JumpIfNotExcMatch: return true;
        default: return false;
    }
}

// The opcode's name in CPython's spelling ("LOAD_GLOBAL", "BINARY_OP"), for messages and the
// disassembler (Disassembler.h names BinaryOp/InplaceOp/UnaryOp by operator, as CPython 3.9).
const char* opcodeName(Opcode op);

}  // namespace ts::script
