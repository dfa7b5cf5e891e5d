// Checks on what may be assigned to or deleted, with CPython's wording, and marking of targets
// with Store/Del context for the compiler.
#include "script/syntax/Parser.h"

namespace ts::script {

using namespace ast;

namespace {

// How CPython names an expression that cannot be a target: "cannot assign to <this>".
const char* describeNonTarget(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Call:
            return "function call";
        case ExprKind::NoneLiteral:
            return "None";
        case ExprKind::BoolLiteral:
            return e.as<BoolLiteral>().value ? "True" : "False";
        case ExprKind::EllipsisLiteral:
            return "ellipsis";
        case ExprKind::IntLiteral:
        case ExprKind::FloatLiteral:
        case ExprKind::ImaginaryLiteral:
        case ExprKind::StringLiteral:
            return "literal";
        case ExprKind::FString:
        case ExprKind::FormattedValue:
            return "f-string expression";
        case ExprKind::Compare:
            return "comparison";
        case ExprKind::IfExp:
            return "conditional expression";
        case ExprKind::Lambda:
            return "lambda";
        case ExprKind::Dict:
            return "dict literal";
        case ExprKind::Set:
            return "set display";
        case ExprKind::ListComp:
            return "list comprehension";
        case ExprKind::SetComp:
            return "set comprehension";
        case ExprKind::DictComp:
            return "dict comprehension";
        case ExprKind::GeneratorExp:
            return "generator expression";
        case ExprKind::Yield:
        case ExprKind::YieldFrom:
            return "yield expression";
        case ExprKind::Tuple:
            return "tuple";
        case ExprKind::List:
            return "list";
        case ExprKind::Starred:
            return "starred";
        case ExprKind::Name:
            return "name";
        case ExprKind::Attribute:
            return "attribute";
        case ExprKind::Subscript:
            return "subscript";
        case ExprKind::NamedExpr:
            return "named expression";
        default:
            return "expression";
    }
}

}  // namespace

void Parser::setTargetContext(Expr& target, ExprContext context, bool insideSequence) {
    const char* verb = context == ExprContext::Del ? "cannot delete " : "cannot assign to ";
    switch (target.kind) {
        case ExprKind::Name:
        case ExprKind::Attribute:
        case ExprKind::Subscript:
            target.context = context;
            return;
        case ExprKind::Tuple:
        case ExprKind::List: {
            target.context = context;
            ExprList& elements =
                target.is<Tuple>() ? target.as<Tuple>().elements : target.as<List>().elements;
            bool sawStar = false;
            for (ExprPtr& element : elements) {
                if (element->is<Starred>() && context == ExprContext::Store) {
                    if (sawStar) fail(target.pos, "multiple starred expressions in assignment");
                    sawStar = true;
                }
                setTargetContext(*element, context, true);
            }
            return;
        }
        case ExprKind::Starred:
            if (context == ExprContext::Del) fail(target.pos, "cannot delete starred");
            if (!insideSequence)
                fail(target.pos, "starred assignment target must be in a list or tuple");
            target.context = context;
            setTargetContext(*target.as<Starred>().value, context, false);
            return;
        default:
            fail(target.pos, std::string(verb) + describeNonTarget(target));
    }
}

void Parser::checkAugmentedTarget(const Expr& target) const {
    if (target.is<Name>() || target.is<Attribute>() || target.is<Subscript>()) return;
    fail(target.pos, std::string("'") + describeNonTarget(target) +
                         "' is an illegal expression for augmented assignment");
}

void Parser::checkAnnotatedTarget(const Expr& target) const {
    if (target.is<Name>() || target.is<Attribute>() || target.is<Subscript>()) return;
    if (target.is<Tuple>()) fail(target.pos, "only single target (not tuple) can be annotated");
    if (target.is<List>()) fail(target.pos, "only single target (not list) can be annotated");
    fail(target.pos, "illegal target for annotation");
}

}  // namespace ts::script
