#pragma once
// Statement nodes of the syntax tree, plus the Module root. Compound statements own their blocks
// as vectors of statements; `elif` chains are an If in the orElse block of the previous If.
#include <memory>
#include <string>
#include <vector>

#include "script/syntax/AstExpr.h"
#include "script/syntax/PythonVersion.h"

namespace ts::script::ast {

enum class StmtKind {
    ExprStmt,
    Assign,
    AugAssign,
    AnnAssign,
    Pass,
    Break,
    Continue,
    Return,
    Delete,
    Global,
    Nonlocal,
    Assert,
    If,
    While,
    For,
    Try,
    Raise,
    With,
    FunctionDef,
    ClassDef,
    Import,
    ImportFrom,
    Print,
    Exec
};

struct Stmt {
    Stmt(StmtKind k, SourcePos p) : kind(k), pos(p) {}
    virtual ~Stmt() = default;
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    const StmtKind kind;
    SourcePos pos;

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
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

template <StmtKind K>
struct StmtOf : Stmt {
    static constexpr StmtKind kKind = K;
    explicit StmtOf(SourcePos p) : Stmt(K, p) {}
};

struct ExprStmt : StmtOf<StmtKind::ExprStmt> {
    using StmtOf::StmtOf;
    ExprPtr value;
};
// a = b = value: targets {a, b} in source order, all in Store context.
struct Assign : StmtOf<StmtKind::Assign> {
    using StmtOf::StmtOf;
    ExprList targets;
    ExprPtr value;
};
struct AugAssign : StmtOf<StmtKind::AugAssign> {
    using StmtOf::StmtOf;
    ExprPtr target;
    BinaryOperator op{};
    ExprPtr value;
};
// x: int = 5 (value may be null).
struct AnnAssign : StmtOf<StmtKind::AnnAssign> {
    using StmtOf::StmtOf;
    ExprPtr target, annotation, value;
};
struct Pass : StmtOf<StmtKind::Pass> {
    using StmtOf::StmtOf;
};
struct Break : StmtOf<StmtKind::Break> {
    using StmtOf::StmtOf;
};
struct Continue : StmtOf<StmtKind::Continue> {
    using StmtOf::StmtOf;
};
struct Return : StmtOf<StmtKind::Return> {
    using StmtOf::StmtOf;
    ExprPtr value;
};  // may be null
struct Delete : StmtOf<StmtKind::Delete> {
    using StmtOf::StmtOf;
    ExprList targets;
};
struct Global : StmtOf<StmtKind::Global> {
    using StmtOf::StmtOf;
    std::vector<std::string> names;
};
struct Nonlocal : StmtOf<StmtKind::Nonlocal> {
    using StmtOf::StmtOf;
    std::vector<std::string> names;
};
struct Assert : StmtOf<StmtKind::Assert> {
    using StmtOf::StmtOf;
    ExprPtr test, message;
};
struct If : StmtOf<StmtKind::If> {
    using StmtOf::StmtOf;
    ExprPtr test;
    Block body, orElse;
};
struct While : StmtOf<StmtKind::While> {
    using StmtOf::StmtOf;
    ExprPtr test;
    Block body, orElse;
};
struct For : StmtOf<StmtKind::For> {
    using StmtOf::StmtOf;
    ExprPtr target, iter;
    Block body, orElse;
};

struct ExceptHandler {
    ExprPtr type;      // null for a bare `except:`
    std::string name;  // `as e` / Python 2 `, e`; empty when absent
    Block body;
    SourcePos pos;
};

struct Try : StmtOf<StmtKind::Try> {
    using StmtOf::StmtOf;
    Block body;
    std::vector<ExceptHandler> handlers;
    Block orElse, finalBody;
};
// raise exc from cause; Python 2 also `raise type, value, traceback`.
struct Raise : StmtOf<StmtKind::Raise> {
    using StmtOf::StmtOf;
    ExprPtr exception, cause;
    ExprPtr legacyValue, legacyTraceback;
};

struct WithItem {
    ExprPtr context;
    ExprPtr target;  // null without `as`
};
struct With : StmtOf<StmtKind::With> {
    using StmtOf::StmtOf;
    std::vector<WithItem> items;
    Block body;
};

struct FunctionDef : StmtOf<StmtKind::FunctionDef> {
    using StmtOf::StmtOf;  // pos is the `def` keyword
    std::string name;
    ParameterList params;
    ExprPtr returns;  // `-> annotation`, may be null
    ExprList decorators;
    Block body;
    bool isGenerator = false;  // a yield occurs in the body (outside nested functions/classes)
};
struct ClassDef : StmtOf<StmtKind::ClassDef> {
    using StmtOf::StmtOf;  // pos is the `class` keyword
    std::string name;
    ArgumentList bases;  // positional bases and keywords such as metaclass=
    ExprList decorators;
    Block body;
};

struct ImportAlias {
    std::string name;    // dotted: "os.path"; "*" for from-import-star
    std::string asName;  // empty when absent
    SourcePos pos;
};
struct Import : StmtOf<StmtKind::Import> {
    using StmtOf::StmtOf;
    std::vector<ImportAlias> names;
};
struct ImportFrom : StmtOf<StmtKind::ImportFrom> {
    using StmtOf::StmtOf;
    std::string module;  // may be empty for `from . import x`
    int level = 0;       // leading dots
    std::vector<ImportAlias> names;
};
// Python 2 print statement: print >>dest, a, b,  (newline false when it ends with a comma).
struct Print : StmtOf<StmtKind::Print> {
    using StmtOf::StmtOf;
    ExprPtr destination;
    ExprList values;
    bool newline = true;
};
// Python 2 exec statement: exec code in globals, locals.
struct Exec : StmtOf<StmtKind::Exec> {
    using StmtOf::StmtOf;
    ExprPtr body, globals, locals;
};

struct Module {
    std::string fileName;
    PythonVersion version = PythonVersion::Python3;
    Block body;
};

}  // namespace ts::script::ast
