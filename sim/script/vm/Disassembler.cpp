#include "script/vm/Disassembler.h"

#include <cstdio>
#include <set>

#include "script/runtime/FloatFormatter.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/CodeValue.h"

namespace ts::script {
namespace {

// Indexed by ast::BinaryOperator: Add, Sub, Mul, MatMul, Div, FloorDiv, Mod, Pow, LShift,
// RShift, BitOr, BitXor, BitAnd.
constexpr const char* kBinaryNames[] = {
    "ADD", "SUBTRACT", "MULTIPLY", "MATRIX_MULTIPLY", "DIVIDE", "FLOOR_DIVIDE", "MODULO",
    "POWER", "LSHIFT", "RSHIFT", "OR", "XOR", "AND",
};
// Indexed by ast::UnaryOperator: Plus, Minus, Invert, Not.
constexpr const char* kUnaryNames[] = {"UNARY_POSITIVE", "UNARY_NEGATIVE", "UNARY_INVERT", "UNARY_NOT"};
// Indexed by CompareKind.
constexpr const char* kCompareSpellings[] = {"<", "<=", "==", "!=", ">", ">="};

std::string codeLabel(const CodeObject& code) {
    return "<code object " + code.name + ", file \"" + code.fileName + "\", line " + std::to_string(code.firstLine) + ">";
}

std::string strRepr(const std::string& text) {
    const bool useDouble = text.find('\'') != std::string::npos && text.find('"') == std::string::npos;
    const char quote = useDouble ? '"' : '\'';
    std::string out(1, quote);
    for (const char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c == quote) {
                    out += '\\';
                    out += c;
                } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    out += quote;
    return out;
}

std::string constantRepr(const Value& value) {
    switch (value.tag()) {
        case ValueTag::None: return "None";
        case ValueTag::Bool: return value.asBool() ? "True" : "False";
        case ValueTag::Int: return std::to_string(value.asInt());
        case ValueTag::Float: return FloatFormatter::repr(value.asFloat());
        case ValueTag::Empty: return "<empty>";
        case ValueTag::Error: return "<error>";
        case ValueTag::Object: break;
    }
    if (const auto* str = value.tryAs<StrObject>()) return strRepr(str->text());
    if (const auto* tuple = value.tryAs<TupleObject>()) {
        std::string out = "(";
        for (std::size_t i = 0; i < tuple->size(); ++i) {
            if (i > 0) out += ", ";
            out += constantRepr((*tuple)[i]);
        }
        if (tuple->size() == 1) out += ',';
        return out + ")";
    }
    if (const auto* code = value.tryAs<CodeValue>()) return codeLabel(code->code());
    return "<" + std::string(value.asObject()->typeName()) + ">";
}

std::string derefName(const CodeObject& code, std::uint32_t arg) {
    if (arg < code.cellvars.size()) return code.cellvars[arg];
    const std::size_t free = arg - code.cellvars.size();
    return free < code.freevars.size() ? code.freevars[free] : "?";
}

template <class List>
std::string entry(const List& list, std::uint32_t index) {
    return index < list.size() ? list[index] : std::string("?");
}

// What the argument refers to, shown in parentheses; empty for none.
std::string argumentMeaning(const CodeObject& code, Instruction instruction) {
    const std::uint32_t arg = instruction.arg();
    const Opcode op = instruction.op();
    if (hasJumpTarget(op)) return "to " + std::to_string(arg);
    switch (op) {
        case Opcode::LoadConst: return arg < code.constants.size() ? constantRepr(code.constants[arg]) : "?";
        case Opcode::LoadFast:
        case Opcode::StoreFast:
        case Opcode::DeleteFast: return entry(code.varnames, arg);
        case Opcode::LoadGlobal:
        case Opcode::StoreGlobal:
        case Opcode::DeleteGlobal:
        case Opcode::LoadName:
        case Opcode::StoreName:
        case Opcode::DeleteName:
        case Opcode::LoadAttr:
        case Opcode::StoreAttr:
        case Opcode::DeleteAttr:
        case Opcode::LoadMethod:
        case Opcode::ImportName:
        case Opcode::ImportFrom: return entry(code.names, arg);
        case Opcode::LoadDeref:
        case Opcode::StoreDeref:
        case Opcode::DeleteDeref:
        case Opcode::LoadClosure:
        case Opcode::LoadClassDeref: return derefName(code, arg);
        case Opcode::CompareOp: return arg < std::size(kCompareSpellings) ? kCompareSpellings[arg] : "?";
        case Opcode::IsOp: return arg == 0 ? "is" : "is not";
        case Opcode::ContainsOp: return arg == 0 ? "in" : "not in";
        case Opcode::FormatValue: {
            static constexpr const char* conversions[] = {"", "str", "repr", "ascii"};
            std::string out = conversions[arg & 3u];
            if ((arg & 4u) != 0) out += out.empty() ? "with format" : ", with format";
            return out;
        }
        case Opcode::MakeFunction: {
            static constexpr const char* parts[] = {"defaults", "kwdefaults", "annotations", "closure"};
            std::string out;
            for (unsigned bit = 0; bit < 4; ++bit) {
                if ((arg & (1u << bit)) == 0) continue;
                if (!out.empty()) out += ", ";
                out += parts[bit];
            }
            return out;
        }
        default: return {};
    }
}

// Opcodes whose argument means nothing (CPython's "no argument" opcodes).
bool takesArgument(Opcode op) {
    switch (op) {
        case Opcode::Nop:
        case Opcode::PopTop:
        case Opcode::RotTwo:
        case Opcode::RotThree:
        case Opcode::RotFour:
        case Opcode::DupTop:
        case Opcode::DupTopTwo:
        case Opcode::UnaryOp:
        case Opcode::BinaryOp:
        case Opcode::InplaceOp:
        case Opcode::BinarySubscr:
        case Opcode::StoreSubscr:
        case Opcode::DeleteSubscr:
        case Opcode::GetIter:
        case Opcode::ReturnValue:
        case Opcode::ListToTuple:
        case Opcode::LoadBuildClass:
        case Opcode::PopBlock:
        case Opcode::PopExcept:
        case Opcode::Reraise:
        case Opcode::WithExceptStart:
        case Opcode::LoadAssertionError:
        case Opcode::ImportStar:
        case Opcode::PrintItem:
        case Opcode::PrintNewline:
        case Opcode::PrintItemTo:
        case Opcode::PrintNewlineTo:
        case Opcode::YieldValue:
        case Opcode::GetYieldFromIter:
        case Opcode::YieldFrom:
        case Opcode::SetupAnnotations: return false;
        default: return true;
    }
}

std::string padRight(std::string text, std::size_t width) {
    if (text.size() < width) text.append(width - text.size(), ' ');
    return text;
}

std::string padLeft(const std::string& text, std::size_t width) {
    return text.size() < width ? std::string(width - text.size(), ' ') + text : text;
}

void disassembleOne(const CodeObject& code, std::string& out) {
    std::set<std::uint32_t> targets;
    for (const Instruction instruction : code.code)
        if (hasJumpTarget(instruction.op())) targets.insert(instruction.arg());
    int lastLine = -1;
    for (std::size_t i = 0; i < code.code.size(); ++i) {
        const Instruction instruction = code.code[i];
        const int line = i < code.positions.size() ? code.positions[i].line : 0;
        // CPython's columns, joined by one space: line (3), current-instruction marker (3),
        // jump-target marker (2), offset (4), opcode name (20), argument (5), (meaning).
        std::string text;
        if (line != lastLine) {
            if (i > 0) out += '\n';
            text = padLeft(std::to_string(line), 3);
            lastLine = line;
        } else {
            text = "   ";
        }
        text += "     ";
        text += targets.count(static_cast<std::uint32_t>(i)) != 0 ? ">>" : "  ";
        text += ' ';
        text += padLeft(std::to_string(i), 4);
        text += ' ';
        const Opcode op = instruction.op();
        if (takesArgument(op)) {
            text += padRight(instructionName(code, i), 20);
            text += ' ';
            text += padLeft(std::to_string(instruction.arg()), 5);
            const std::string meaning = argumentMeaning(code, instruction);
            if (!meaning.empty()) text += " (" + meaning + ")";
        } else {
            text += instructionName(code, i);
        }
        out += text;
        out += '\n';
    }
}

}  // namespace

std::string instructionName(const CodeObject& code, std::size_t index) {
    const Instruction instruction = code.code[index];
    const std::uint32_t arg = instruction.arg();
    switch (instruction.op()) {
        case Opcode::BinaryOp:
            return arg < std::size(kBinaryNames) ? std::string("BINARY_") + kBinaryNames[arg] : "BINARY_?";
        case Opcode::InplaceOp:
            return arg < std::size(kBinaryNames) ? std::string("INPLACE_") + kBinaryNames[arg] : "INPLACE_?";
        case Opcode::UnaryOp: return arg < std::size(kUnaryNames) ? kUnaryNames[arg] : "UNARY_?";
        case Opcode::Jump: return arg > index ? "JUMP_FORWARD" : "JUMP_ABSOLUTE";
        default: return opcodeName(instruction.op());
    }
}

std::string instructionText(const CodeObject& code, std::size_t index) {
    const Instruction instruction = code.code[index];
    std::string text = instructionName(code, index);
    if (!takesArgument(instruction.op())) return text;
    const std::string meaning = argumentMeaning(code, instruction);
    return meaning.empty() ? text : text + ' ' + meaning;
}

std::string disassemble(const CodeObject& code, bool recursive) {
    std::string out;
    disassembleOne(code, out);
    if (!recursive) return out;
    for (const Value& constant : code.constants) {
        if (const auto* nested = constant.tryAs<CodeValue>()) {
            out += "\nDisassembly of " + codeLabel(nested->code()) + ":\n";
            out += disassemble(nested->code(), true);
        }
    }
    return out;
}

}  // namespace ts::script
