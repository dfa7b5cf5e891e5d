// Expressions: names, constants, operators, comparisons, conditional jumps, f-strings.
#include <limits>

#include "script/compiler/CodeGenerator.h"

namespace ts::script {

using namespace ast;

namespace {

constexpr std::uint32_t argOf(auto enumValue) { return static_cast<std::uint32_t>(enumValue); }

// INT64_MIN has no positive literal: `-9223372036854775808` folds to it.
constexpr const char* kMinInt64Digits = "9223372036854775808";

}  // namespace

void CodeGenerator::visitExprs(const ExprList& exprs) {
    for (const ExprPtr& expr : exprs) visitExpr(*expr);
}

void CodeGenerator::visitExpr(const Expr& expr) {
    PositionScope at(*this, expr.pos);
    if (expr.context == ExprContext::Load) {
        if (std::optional<Constant> folded = constantValue(expr)) {
            emitConstant(*folded);
            return;
        }
    }
    visitExprKind(expr);
}

std::optional<Constant> CodeGenerator::constantValue(const Expr& expr) {
    ConstantPool& pool = code().constants();
    switch (expr.kind) {
        case ExprKind::NoneLiteral: return pool.none();
        case ExprKind::BoolLiteral: return pool.boolean(expr.as<BoolLiteral>().value);
        case ExprKind::IntLiteral: {
            const auto& literal = expr.as<IntLiteral>();
            if (!literal.bigDecimal.empty())
                fail(expr.pos, "integer literal too large: timeslice integers are 64-bit");
            return pool.integer(literal.value);
        }
        case ExprKind::FloatLiteral: return pool.real(expr.as<FloatLiteral>().value);
        case ExprKind::ImaginaryLiteral: fail(expr.pos, "complex numbers are not supported");
        case ExprKind::StringLiteral: {
            const auto& literal = expr.as<StringLiteral>();
            if (literal.bytes && !python2()) fail(expr.pos, "bytes literals are not supported");
            return pool.str(literal.value);
        }
        case ExprKind::UnaryOp: {
            // CPython's AST optimizer folds a sign applied to a number literal (`-1`).
            const auto& node = expr.as<UnaryOp>();
            const Expr& operand = *node.operand;
            if (node.op == UnaryOperator::Minus && operand.is<IntLiteral>()) {
                const auto& literal = operand.as<IntLiteral>();
                if (literal.bigDecimal == kMinInt64Digits) return pool.integer(std::numeric_limits<std::int64_t>::min());
                if (literal.bigDecimal.empty()) return pool.integer(-literal.value);
                return std::nullopt;  // too large: reported when the operand is compiled
            }
            if (node.op == UnaryOperator::Minus && operand.is<FloatLiteral>())
                return pool.real(-operand.as<FloatLiteral>().value);
            if (node.op == UnaryOperator::Plus && (operand.is<IntLiteral>() || operand.is<FloatLiteral>()))
                return constantValue(operand);
            return std::nullopt;
        }
        case ExprKind::Tuple: {
            const auto& node = expr.as<Tuple>();
            std::vector<Constant> items;
            for (const ExprPtr& element : node.elements) {
                std::optional<Constant> item = constantValue(*element);
                if (!item) return std::nullopt;
                items.push_back(std::move(*item));
            }
            return pool.tuple(items);
        }
        default: return std::nullopt;
    }
}

int CodeGenerator::constantTruth(const Expr& expr) const {
    switch (expr.kind) {
        case ExprKind::NoneLiteral: return 0;
        case ExprKind::BoolLiteral: return expr.as<BoolLiteral>().value ? 1 : 0;
        case ExprKind::IntLiteral: {
            const auto& literal = expr.as<IntLiteral>();
            return (literal.value != 0 || !literal.bigDecimal.empty()) ? 1 : 0;
        }
        case ExprKind::FloatLiteral: return expr.as<FloatLiteral>().value != 0.0 ? 1 : 0;
        case ExprKind::StringLiteral: return expr.as<StringLiteral>().value.empty() ? 0 : 1;
        default: return -1;
    }
}

void CodeGenerator::visitExprKind(const Expr& expr) {
    switch (expr.kind) {
        case ExprKind::Name: nameOp(expr.as<Name>().id, expr.context); return;
        case ExprKind::NoneLiteral:
        case ExprKind::BoolLiteral:
        case ExprKind::IntLiteral:
        case ExprKind::FloatLiteral:
        case ExprKind::ImaginaryLiteral:
        case ExprKind::StringLiteral:
            emitConstant(*constantValue(expr));
            return;
        case ExprKind::EllipsisLiteral:
            // The runtime has no Ellipsis constant: read the builtin of that name.
            emitName(Opcode::LoadGlobal, "Ellipsis");
            return;
        case ExprKind::FString: visitFString(expr.as<FString>()); return;
        case ExprKind::FormattedValue: visitFormattedValue(expr.as<FormattedValue>()); return;
        case ExprKind::UnaryOp: {
            const auto& node = expr.as<UnaryOp>();
            visitExpr(*node.operand);
            emit(Opcode::UnaryOp, argOf(node.op));
            return;
        }
        case ExprKind::BinaryOp: {
            const auto& node = expr.as<BinaryOp>();
            visitExpr(*node.left);
            visitExpr(*node.right);
            emit(Opcode::BinaryOp, argOf(node.op));
            return;
        }
        case ExprKind::BoolOp: visitBoolOp(expr.as<BoolOp>()); return;
        case ExprKind::Compare: visitCompare(expr.as<Compare>()); return;
        case ExprKind::IfExp: visitIfExp(expr.as<IfExp>()); return;
        case ExprKind::Lambda: visitLambda(expr.as<Lambda>()); return;
        case ExprKind::Call: visitCall(expr.as<Call>()); return;
        case ExprKind::Attribute: visitAttribute(expr.as<Attribute>()); return;
        case ExprKind::Subscript: visitSubscript(expr.as<Subscript>()); return;
        case ExprKind::Slice: visitSlice(expr.as<Slice>()); return;
        case ExprKind::Tuple: visitTuple(expr.as<Tuple>()); return;
        case ExprKind::List: visitList(expr.as<List>()); return;
        case ExprKind::Set: visitSet(expr.as<Set>()); return;
        case ExprKind::Dict: visitDict(expr.as<Dict>()); return;
        case ExprKind::ListComp: {
            const auto& node = expr.as<ListComp>();
            visitComprehension(expr, ComprehensionKind::List, node.generators, *node.element, nullptr);
            return;
        }
        case ExprKind::SetComp: {
            const auto& node = expr.as<SetComp>();
            visitComprehension(expr, ComprehensionKind::Set, node.generators, *node.element, nullptr);
            return;
        }
        case ExprKind::DictComp: {
            const auto& node = expr.as<DictComp>();
            visitComprehension(expr, ComprehensionKind::Dict, node.generators, *node.key, node.value.get());
            return;
        }
        case ExprKind::GeneratorExp: {
            const auto& node = expr.as<GeneratorExp>();
            visitComprehension(expr, ComprehensionKind::Generator, node.generators, *node.element, nullptr);
            return;
        }
        case ExprKind::Starred:
            if (expr.context == ExprContext::Store) fail(expr.pos, "starred assignment target must be in a list or tuple");
            fail(expr.pos, "can't use starred expression here");
        case ExprKind::Yield: visitYield(expr.as<Yield>()); return;
        case ExprKind::YieldFrom: visitYieldFrom(expr.as<YieldFrom>()); return;
        case ExprKind::NamedExpr: visitNamedExpr(expr.as<NamedExpr>()); return;
        case ExprKind::Repr:
            // Python 2 `x` is repr(x), whatever the program calls repr.
            emitName(Opcode::LoadGlobal, "repr");
            visitExpr(*expr.as<Repr>().value);
            emit(Opcode::CallFunction, 1);
            return;
    }
}

void CodeGenerator::visitAttribute(const Attribute& node) {
    visitExpr(*node.value);
    switch (node.context) {
        case ExprContext::Load: emitName(Opcode::LoadAttr, node.attr); return;
        case ExprContext::Store: emitName(Opcode::StoreAttr, node.attr); return;
        case ExprContext::Del: emitName(Opcode::DeleteAttr, node.attr); return;
    }
}

void CodeGenerator::visitSubscript(const Subscript& node) {
    visitExpr(*node.value);
    visitExpr(*node.index);
    switch (node.context) {
        case ExprContext::Load: emit(Opcode::BinarySubscr); return;
        case ExprContext::Store: emit(Opcode::StoreSubscr); return;
        case ExprContext::Del: emit(Opcode::DeleteSubscr); return;
    }
}

void CodeGenerator::visitSlice(const Slice& node) {
    if (node.lower) visitExpr(*node.lower);
    else emitNone();
    if (node.upper) visitExpr(*node.upper);
    else emitNone();
    if (node.step) visitExpr(*node.step);
    emit(Opcode::BuildSlice, node.step ? 3 : 2);
}

void CodeGenerator::visitBoolOp(const BoolOp& node) {
    const CodeBuilder::Label end = newLabel();
    const Opcode jump = node.op == BoolOperator::And ? Opcode::JumpIfFalseOrPop : Opcode::JumpIfTrueOrPop;
    for (std::size_t i = 0; i + 1 < node.values.size(); ++i) {
        visitExpr(*node.values[i]);
        emitJump(jump, end);
    }
    visitExpr(*node.values.back());
    bind(end);
}

void CodeGenerator::emitComparison(CompareOperator op) {
    switch (op) {
        case CompareOperator::Eq: emit(Opcode::CompareOp, argOf(CompareKind::Eq)); return;
        case CompareOperator::NotEq: emit(Opcode::CompareOp, argOf(CompareKind::Ne)); return;
        case CompareOperator::Lt: emit(Opcode::CompareOp, argOf(CompareKind::Lt)); return;
        case CompareOperator::LtE: emit(Opcode::CompareOp, argOf(CompareKind::Le)); return;
        case CompareOperator::Gt: emit(Opcode::CompareOp, argOf(CompareKind::Gt)); return;
        case CompareOperator::GtE: emit(Opcode::CompareOp, argOf(CompareKind::Ge)); return;
        case CompareOperator::Is: emit(Opcode::IsOp, 0); return;
        case CompareOperator::IsNot: emit(Opcode::IsOp, 1); return;
        case CompareOperator::In: emit(Opcode::ContainsOp, 0); return;
        case CompareOperator::NotIn: emit(Opcode::ContainsOp, 1); return;
    }
}

void CodeGenerator::visitCompare(const Compare& node) {
    visitExpr(*node.left);
    const std::size_t last = node.ops.size() - 1;
    if (last == 0) {
        visitExpr(*node.comparators[0]);
        emitComparison(node.ops[0]);
        return;
    }
    // a < b < c: each middle operand is kept (DupTop, RotThree) for the next comparison; the
    // first false result jumps to the cleanup that drops it.
    const CodeBuilder::Label cleanup = newLabel();
    for (std::size_t i = 0; i < last; ++i) {
        visitExpr(*node.comparators[i]);
        emit(Opcode::DupTop);
        emit(Opcode::RotThree);
        emitComparison(node.ops[i]);
        emitJump(Opcode::JumpIfFalseOrPop, cleanup);
    }
    visitExpr(*node.comparators[last]);
    emitComparison(node.ops[last]);
    const CodeBuilder::Label end = newLabel();
    emitJump(Opcode::Jump, end);
    bind(cleanup);
    emit(Opcode::RotTwo);
    emit(Opcode::PopTop);
    bind(end);
}

void CodeGenerator::visitIfExp(const IfExp& node) {
    const CodeBuilder::Label end = newLabel();
    const CodeBuilder::Label orElse = newLabel();
    jumpIf(*node.test, orElse, false);
    visitExpr(*node.body);
    emitJump(Opcode::Jump, end);
    bind(orElse);
    visitExpr(*node.orElse);
    bind(end);
}

void CodeGenerator::jumpIf(const Expr& expr, CodeBuilder::Label target, bool condition) {
    PositionScope at(*this, expr.pos);
    switch (expr.kind) {
        case ExprKind::UnaryOp: {
            const auto& node = expr.as<UnaryOp>();
            if (node.op != UnaryOperator::Not) break;
            jumpIf(*node.operand, target, !condition);
            return;
        }
        case ExprKind::BoolOp: {
            const auto& node = expr.as<BoolOp>();
            const bool jumpsOnTrue = node.op == BoolOperator::Or;
            // The operands but the last jump on their own outcome: past the test, or to target.
            const CodeBuilder::Label next = jumpsOnTrue != condition ? newLabel() : target;
            for (std::size_t i = 0; i + 1 < node.values.size(); ++i) jumpIf(*node.values[i], next, jumpsOnTrue);
            jumpIf(*node.values.back(), target, condition);
            if (next != target) bind(next);
            return;
        }
        case ExprKind::IfExp: {
            const auto& node = expr.as<IfExp>();
            const CodeBuilder::Label end = newLabel();
            const CodeBuilder::Label orElse = newLabel();
            jumpIf(*node.test, orElse, false);
            jumpIf(*node.body, target, condition);
            emitJump(Opcode::Jump, end);
            bind(orElse);
            jumpIf(*node.orElse, target, condition);
            bind(end);
            return;
        }
        case ExprKind::Compare: {
            const auto& node = expr.as<Compare>();
            const std::size_t last = node.ops.size() - 1;
            if (last == 0) break;
            const CodeBuilder::Label cleanup = newLabel();
            visitExpr(*node.left);
            for (std::size_t i = 0; i < last; ++i) {
                visitExpr(*node.comparators[i]);
                emit(Opcode::DupTop);
                emit(Opcode::RotThree);
                emitComparison(node.ops[i]);
                emitJump(Opcode::PopJumpIfFalse, cleanup);
            }
            visitExpr(*node.comparators[last]);
            emitComparison(node.ops[last]);
            emitJump(condition ? Opcode::PopJumpIfTrue : Opcode::PopJumpIfFalse, target);
            const CodeBuilder::Label end = newLabel();
            emitJump(Opcode::Jump, end);
            bind(cleanup);
            emit(Opcode::PopTop);
            if (!condition) emitJump(Opcode::Jump, target);
            bind(end);
            return;
        }
        default: break;
    }
    visitExpr(expr);
    emitJump(condition ? Opcode::PopJumpIfTrue : Opcode::PopJumpIfFalse, target);
}

void CodeGenerator::visitFString(const FString& node) {
    if (node.parts.empty()) {
        emitString("");
        return;
    }
    visitExprs(node.parts);
    if (node.parts.size() != 1) emit(Opcode::BuildString, static_cast<std::uint32_t>(node.parts.size()));
}

void CodeGenerator::visitFormattedValue(const FormattedValue& node) {
    visitExpr(*node.value);
    // CPython's FORMAT_VALUE flags: conversion in the low two bits, 4 when a spec follows.
    std::uint32_t flags = 0;
    switch (node.conversion) {
        case 's': flags = 1; break;
        case 'r': flags = 2; break;
        case 'a': flags = 3; break;
        default: break;
    }
    if (node.formatSpec) {
        visitExpr(*node.formatSpec);
        flags |= 4;
    }
    emit(Opcode::FormatValue, flags);
}

void CodeGenerator::visitNamedExpr(const NamedExpr& node) {
    visitExpr(*node.value);
    emit(Opcode::DupTop);
    visitExpr(*node.target);
}

void CodeGenerator::visitYieldFrom(const YieldFrom& node) {
    if (!unit().scope->isFunctionLike()) fail(node.pos, "'yield from' outside function");
    visitExpr(*node.value);
    emit(Opcode::GetYieldFromIter);
    emitNone();  // the first step of the delegation sends None, as next() does
    emit(Opcode::YieldFrom);
}

void CodeGenerator::visitYield(const Yield& node) {
    if (!unit().scope->isFunctionLike()) fail(node.pos, "'yield' outside function");
    if (node.value) visitExpr(*node.value);
    else emitNone();
    emit(Opcode::YieldValue);
}

}  // namespace ts::script
