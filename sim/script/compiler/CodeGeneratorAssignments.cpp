// Assignment in all its forms: chained targets, unpacking (UnpackSequence/UnpackEx), the
// `a, b = b, a` rotation, augmented assignment (the load/operate/store that loses updates when
// a thread switch falls in between) and annotated assignment.
#include "script/compiler/CodeGenerator.h"

namespace ts::script {

using namespace ast;

namespace {

constexpr std::uint32_t count(std::size_t n) { return static_cast<std::uint32_t>(n); }

}  // namespace

void CodeGenerator::visitAssign(const Assign& node) {
    if (trySwapAssign(node)) return;
    visitExpr(*node.value);
    for (std::size_t i = 0; i < node.targets.size(); ++i) {
        if (i + 1 < node.targets.size()) emit(Opcode::DupTop);
        visitExpr(*node.targets[i]);
    }
}

// `a, b = b, a` (two or three names, no star): CPython's peephole turns the tuple built and
// unpacked at once into stack rotations.
bool CodeGenerator::trySwapAssign(const Assign& node) {
    if (node.targets.size() != 1) return false;
    const Expr& target = *node.targets[0];
    const Expr& value = *node.value;
    const ExprList* targets = target.is<Tuple>() ? &target.as<Tuple>().elements
                            : target.is<List>()  ? &target.as<List>().elements
                                                 : nullptr;
    const ExprList* values = value.is<Tuple>() ? &value.as<Tuple>().elements
                           : value.is<List>()  ? &value.as<List>().elements
                                               : nullptr;
    if (!targets || !values || targets->size() != values->size() || targets->size() > 3) return false;
    for (const ExprPtr& element : *targets)
        if (element->is<Starred>()) return false;
    for (const ExprPtr& element : *values)
        if (element->is<Starred>()) return false;
    // A constant tuple is one LoadConst: there is nothing to rotate.
    if (value.is<Tuple>() && isConstant(value)) return false;
    if (value.is<List>() && values->size() > 2 && isConstant(value)) return false;
    {
        PositionScope at(*this, value.pos);
        visitExprs(*values);
        if (values->size() == 2) emit(Opcode::RotTwo);
        if (values->size() == 3) {
            emit(Opcode::RotThree);
            emit(Opcode::RotTwo);
        }
    }
    visitExprs(*targets);
    return true;
}

void CodeGenerator::visitUnpack(const ExprList& targets, SourcePos pos) {
    std::size_t starIndex = targets.size();
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (!targets[i]->is<Starred>()) continue;
        if (starIndex != targets.size()) fail(targets[i]->pos, "multiple starred expressions in assignment");
        starIndex = i;
    }
    {
        PositionScope at(*this, pos);
        if (starIndex == targets.size()) {
            emit(Opcode::UnpackSequence, count(targets.size()));
        } else {
            const std::size_t after = targets.size() - starIndex - 1;
            if (starIndex >= 256 || after >= (std::size_t{1} << 16))
                fail(pos, "too many expressions in star-unpacking assignment");
            emit(Opcode::UnpackEx, count(starIndex | (after << 8)));
        }
    }
    for (const ExprPtr& target : targets) {
        if (target->is<Starred>()) {
            PositionScope at(*this, target->pos);
            visitExpr(*target->as<Starred>().value);
        } else {
            visitExpr(*target);
        }
    }
}

void CodeGenerator::visitAugAssign(const AugAssign& node) {
    const Expr& target = *node.target;
    PositionScope at(*this, target.pos);
    const auto op = static_cast<std::uint32_t>(node.op);
    switch (target.kind) {
        case ExprKind::Name:
            nameOp(target.as<Name>().id, ExprContext::Load);
            visitExpr(*node.value);
            emit(Opcode::InplaceOp, op);
            nameOp(target.as<Name>().id, ExprContext::Store);
            return;
        case ExprKind::Attribute: {
            const auto& attribute = target.as<Attribute>();
            visitExpr(*attribute.value);
            emit(Opcode::DupTop);
            emitName(Opcode::LoadAttr, attribute.attr);
            visitExpr(*node.value);
            emit(Opcode::InplaceOp, op);
            emit(Opcode::RotTwo);
            emitName(Opcode::StoreAttr, attribute.attr);
            return;
        }
        case ExprKind::Subscript: {
            const auto& subscript = target.as<Subscript>();
            visitExpr(*subscript.value);
            visitExpr(*subscript.index);
            emit(Opcode::DupTopTwo);
            emit(Opcode::BinarySubscr);
            visitExpr(*node.value);
            emit(Opcode::InplaceOp, op);
            emit(Opcode::RotThree);
            emit(Opcode::StoreSubscr);
            return;
        }
        default: fail(target.pos, "illegal expression for augmented assignment");
    }
}

void CodeGenerator::visitAnnAssign(const AnnAssign& node) {
    const Expr& target = *node.target;
    if (node.value) {
        visitExpr(*node.value);
        visitExpr(target);
    }
    const bool moduleOrClass = !unit().scope->isFunctionLike();
    if (target.is<Name>()) {
        // __annotations__['name'] = T, only where a namespace dict exists.
        if (moduleOrClass) {
            visitExpr(*node.annotation);
            emitName(Opcode::LoadName, "__annotations__");
            emitString(mangled(target.as<Name>().id));
            emit(Opcode::StoreSubscr);
        }
        return;
    }
    // x.attr: T / x[i]: T without a value still evaluate x (and i); the annotation is evaluated
    // (and dropped) in modules and classes.
    if (!node.value) {
        auto evaluateAndDrop = [&](const Expr& expr) {
            visitExpr(expr);
            emit(Opcode::PopTop);
        };
        if (target.is<Attribute>()) {
            evaluateAndDrop(*target.as<Attribute>().value);
        } else if (target.is<Subscript>()) {
            const auto& subscript = target.as<Subscript>();
            evaluateAndDrop(*subscript.value);
            if (subscript.index->is<Slice>()) {
                const auto& slice = subscript.index->as<Slice>();
                for (const ExprPtr* part : {&slice.lower, &slice.upper, &slice.step})
                    if (*part) evaluateAndDrop(**part);
            } else {
                evaluateAndDrop(*subscript.index);
            }
        }
    }
    if (moduleOrClass) {
        visitExpr(*node.annotation);
        emit(Opcode::PopTop);
    }
}

}  // namespace ts::script
