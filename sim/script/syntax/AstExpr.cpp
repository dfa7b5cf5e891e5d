#include "script/syntax/AstExpr.h"

namespace ts::script::ast {

const char* operatorSpelling(UnaryOperator op) {
    switch (op) {
        case UnaryOperator::Plus:
            return "+";
        case UnaryOperator::Minus:
            return "-";
        case UnaryOperator::Invert:
            return "~";
        case UnaryOperator::Not:
            return "not";
    }
    return "?";
}

const char* operatorSpelling(BinaryOperator op) {
    switch (op) {
        case BinaryOperator::Add:
            return "+";
        case BinaryOperator::Sub:
            return "-";
        case BinaryOperator::Mul:
            return "*";
        case BinaryOperator::MatMul:
            return "@";
        case BinaryOperator::Div:
            return "/";
        case BinaryOperator::FloorDiv:
            return "//";
        case BinaryOperator::Mod:
            return "%";
        case BinaryOperator::Pow:
            return "**";
        case BinaryOperator::LShift:
            return "<<";
        case BinaryOperator::RShift:
            return ">>";
        case BinaryOperator::BitOr:
            return "|";
        case BinaryOperator::BitXor:
            return "^";
        case BinaryOperator::BitAnd:
            return "&";
    }
    return "?";
}

const char* operatorSpelling(BoolOperator op) {
    return op == BoolOperator::And ? "and" : "or";
}

const char* operatorSpelling(CompareOperator op) {
    switch (op) {
        case CompareOperator::Eq:
            return "==";
        case CompareOperator::NotEq:
            return "!=";
        case CompareOperator::Lt:
            return "<";
        case CompareOperator::LtE:
            return "<=";
        case CompareOperator::Gt:
            return ">";
        case CompareOperator::GtE:
            return ">=";
        case CompareOperator::Is:
            return "is";
        case CompareOperator::IsNot:
            return "is not";
        case CompareOperator::In:
            return "in";
        case CompareOperator::NotIn:
            return "not in";
    }
    return "?";
}

}  // namespace ts::script::ast
