#pragma once
// Expression nodes of the syntax tree. Every node has a kind (for switch-based walking in the
// compiler), a 1-based source position, and owns its children through unique_ptr.
// `context` says how a Name/Attribute/Subscript/Tuple/List/Starred is used: read, assigned
// (Store: assignment, for/with/except targets, comprehension targets) or deleted (Del).
#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "scenario/SourcePos.h"

namespace ts::script::ast {

enum class ExprKind {
    Name,
    NoneLiteral,
    BoolLiteral,
    IntLiteral,
    FloatLiteral,
    ImaginaryLiteral,
    StringLiteral,
    EllipsisLiteral,
    FString,
    FormattedValue,
    UnaryOp,
    BinaryOp,
    BoolOp,
    Compare,
    IfExp,
    Lambda,
    Call,
    Attribute,
    Subscript,
    Slice,
    Tuple,
    List,
    Set,
    Dict,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
    Starred,
    Yield,
    YieldFrom,
    Repr,
    NamedExpr
};

enum class ExprContext { Load, Store, Del };

enum class UnaryOperator { Plus, Minus, Invert, Not };
enum class BinaryOperator {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd
};
enum class BoolOperator { And, Or };
enum class CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// Python spellings: "-", "not", "//", "and", "is not", ...
const char* operatorSpelling(UnaryOperator op);
const char* operatorSpelling(BinaryOperator op);
const char* operatorSpelling(BoolOperator op);
const char* operatorSpelling(CompareOperator op);

struct Expr {
    Expr(ExprKind k, SourcePos p) : kind(k), pos(p) {}
    virtual ~Expr() = default;
    Expr(const Expr&) = delete;
    Expr& operator=(const Expr&) = delete;

    const ExprKind kind;
    SourcePos pos;
    ExprContext context = ExprContext::Load;

    template <class T>
    bool is() const {
        return kind == T::kKind;
    }
    template <class T>
    T& as() {
        assert(is<T>());
        return static_cast<T&>(*this);
    }
    template <class T>
    const T& as() const {
        assert(is<T>());
        return static_cast<const T&>(*this);
    }
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

template <ExprKind K>
struct ExprOf : Expr {
    static constexpr ExprKind kKind = K;
    explicit ExprOf(SourcePos p) : Expr(K, p) {}
};

struct Name : ExprOf<ExprKind::Name> {
    using ExprOf::ExprOf;
    std::string id;
};
struct NoneLiteral : ExprOf<ExprKind::NoneLiteral> {
    using ExprOf::ExprOf;
};
struct EllipsisLiteral : ExprOf<ExprKind::EllipsisLiteral> {
    using ExprOf::ExprOf;
};
struct BoolLiteral : ExprOf<ExprKind::BoolLiteral> {
    using ExprOf::ExprOf;
    bool value = false;
};
struct IntLiteral : ExprOf<ExprKind::IntLiteral> {
    using ExprOf::ExprOf;
    std::int64_t value = 0;
    std::string bigDecimal;  // decimal digits when the value does not fit in int64 (value is 0)
};
struct FloatLiteral : ExprOf<ExprKind::FloatLiteral> {
    using ExprOf::ExprOf;
    double value = 0;
};
struct ImaginaryLiteral : ExprOf<ExprKind::ImaginaryLiteral> {
    using ExprOf::ExprOf;
    double value = 0;
};
// Adjacent literals are already concatenated. `value` is UTF-8 text, or raw bytes when `bytes`.
// `unicode` records a u prefix: in Python 2 it makes a unicode object instead of a str.
struct StringLiteral : ExprOf<ExprKind::StringLiteral> {
    using ExprOf::ExprOf;
    std::string value;
    bool bytes = false;
    bool unicode = false;
};
// f"a{x!r:>{width}}b": parts are StringLiteral and FormattedValue nodes, in order.
struct FString : ExprOf<ExprKind::FString> {
    using ExprOf::ExprOf;
    ExprList parts;
};
struct FormattedValue : ExprOf<ExprKind::FormattedValue> {
    using ExprOf::ExprOf;
    ExprPtr value;
    char conversion = 0;  // 0, 'r', 's' or 'a'
    ExprPtr formatSpec;   // an FString, or null
};
struct UnaryOp : ExprOf<ExprKind::UnaryOp> {
    using ExprOf::ExprOf;
    UnaryOperator op{};
    ExprPtr operand;
};
struct BinaryOp : ExprOf<ExprKind::BinaryOp> {
    using ExprOf::ExprOf;
    BinaryOperator op{};
    ExprPtr left, right;
};
// a and b and c: one node with all operands.
struct BoolOp : ExprOf<ExprKind::BoolOp> {
    using ExprOf::ExprOf;
    BoolOperator op{};
    ExprList values;
};
// a < b <= c: left = a, ops = {<, <=}, comparators = {b, c}.
struct Compare : ExprOf<ExprKind::Compare> {
    using ExprOf::ExprOf;
    ExprPtr left;
    std::vector<CompareOperator> ops;
    ExprList comparators;
};
struct IfExp : ExprOf<ExprKind::IfExp> {
    using ExprOf::ExprOf;
    ExprPtr test, body, orElse;
};

struct Parameter {
    enum class Kind { PositionalOnly, Positional, VarArgs, KeywordOnly, VarKeywords };
    Kind kind = Kind::Positional;
    std::string name;
    ExprPtr annotation;    // null when absent
    ExprPtr defaultValue;  // null when absent
    SourcePos pos;
};
using ParameterList = std::vector<Parameter>;

struct Lambda : ExprOf<ExprKind::Lambda> {
    using ExprOf::ExprOf;
    ParameterList params;
    ExprPtr body;
};

// One argument of a call or class definition, in source order.
struct Argument {
    enum class Kind { Positional, Keyword, Star, DoubleStar };
    Kind kind = Kind::Positional;
    std::string name;  // Keyword only
    ExprPtr value;
    SourcePos pos;
};
using ArgumentList = std::vector<Argument>;

struct Call : ExprOf<ExprKind::Call> {
    using ExprOf::ExprOf;
    ExprPtr func;
    ArgumentList args;
};
struct Attribute : ExprOf<ExprKind::Attribute> {
    using ExprOf::ExprOf;
    ExprPtr value;
    std::string attr;
};
// a[i]: index is an expression, a Slice, or a Tuple (a[1, 2]).
struct Subscript : ExprOf<ExprKind::Subscript> {
    using ExprOf::ExprOf;
    ExprPtr value, index;
};
struct Slice : ExprOf<ExprKind::Slice> {
    using ExprOf::ExprOf;
    ExprPtr lower, upper, step;
};  // each may be null
struct Tuple : ExprOf<ExprKind::Tuple> {
    using ExprOf::ExprOf;
    ExprList elements;
};
struct List : ExprOf<ExprKind::List> {
    using ExprOf::ExprOf;
    ExprList elements;
};
struct Set : ExprOf<ExprKind::Set> {
    using ExprOf::ExprOf;
    ExprList elements;
};
// {k: v, **d}: a null key means values[i] is unpacked with **.
struct Dict : ExprOf<ExprKind::Dict> {
    using ExprOf::ExprOf;
    ExprList keys, values;
};

// "for target in iter if c1 if c2" of a comprehension.
struct Comprehension {
    ExprPtr target;
    ExprPtr iter;
    ExprList conditions;
    SourcePos pos;
};
using ComprehensionList = std::vector<Comprehension>;

struct ListComp : ExprOf<ExprKind::ListComp> {
    using ExprOf::ExprOf;
    ExprPtr element;
    ComprehensionList generators;
};
struct SetComp : ExprOf<ExprKind::SetComp> {
    using ExprOf::ExprOf;
    ExprPtr element;
    ComprehensionList generators;
};
struct GeneratorExp : ExprOf<ExprKind::GeneratorExp> {
    using ExprOf::ExprOf;
    ExprPtr element;
    ComprehensionList generators;
};
struct DictComp : ExprOf<ExprKind::DictComp> {
    using ExprOf::ExprOf;
    ExprPtr key, value;
    ComprehensionList generators;
};
struct Starred : ExprOf<ExprKind::Starred> {
    using ExprOf::ExprOf;
    ExprPtr value;
};
struct Yield : ExprOf<ExprKind::Yield> {
    using ExprOf::ExprOf;
    ExprPtr value;
};  // value may be null
struct YieldFrom : ExprOf<ExprKind::YieldFrom> {
    using ExprOf::ExprOf;
    ExprPtr value;
};
// Python 2 `x` (backquotes): repr(x).
struct Repr : ExprOf<ExprKind::Repr> {
    using ExprOf::ExprOf;
    ExprPtr value;
};

// (name := value), Python 3.8's assignment expression; target is a Name in Store context.
struct NamedExpr : ExprOf<ExprKind::NamedExpr> {
    using ExprOf::ExprOf;
    ExprPtr target;
    ExprPtr value;
};

}  // namespace ts::script::ast
