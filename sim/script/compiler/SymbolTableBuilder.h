#pragma once
// First half of the symbol table: walks the syntax tree once, opens a Scope for every function,
// lambda, class and comprehension, and records how each name is used in each (read, assigned,
// parameter, imported, declared global/nonlocal). Names are mangled as they are recorded.
#include <string>
#include <unordered_map>

#include "script/compiler/Scope.h"
#include "script/syntax/Ast.h"

namespace ts::script {

class SymbolTableBuilder {
public:
    SymbolTableBuilder(Scope& moduleScope, std::unordered_map<const void*, Scope*>& scopesByNode,
                       PythonVersion version, std::string fileName);

    void visitModule(const ast::Module& module);

private:
    void visitBlock(const ast::Block& block);
    void visitStmt(const ast::Stmt& stmt);
    void visitExpr(const ast::Expr& expr);
    void visitExprs(const ast::ExprList& exprs);
    void visitOptional(const ast::ExprPtr& expr) { if (expr) visitExpr(*expr); }

    void visitFunctionDef(const ast::FunctionDef& def);
    void visitClassDef(const ast::ClassDef& def);
    void visitLambda(const ast::Lambda& lambda);
    void visitParameterDefaults(const ast::ParameterList& params, const ast::Expr* returns);
    void declareParameters(const ast::ParameterList& params);
    void visitComprehension(const ast::Expr& node, const ast::ComprehensionList& generators,
                            const ast::Expr* element, const ast::Expr* value);
    void visitName(const ast::Name& name);
    void visitDeclaration(const std::vector<std::string>& names, bool global, SourcePos pos);
    void visitImportAlias(const ast::ImportAlias& alias, SourcePos pos);
    void visitAnnotatedAssign(const ast::AnnAssign& assign);
    void visitYield(const ast::Expr& yield);
    void visitNamedExpr(const ast::NamedExpr& node);

    Scope& openScope(const void* node, ScopeKind kind, const std::string& name, SourcePos pos);
    void closeScope() { current_ = current_->parent(); }
    void addUse(const std::string& name, std::uint32_t flags, SourcePos pos);
    [[noreturn]] void fail(SourcePos pos, const std::string& message) const;
    bool python3() const { return version_ == PythonVersion::Python3; }

    Scope* current_;
    std::unordered_map<const void*, Scope*>& scopesByNode_;
    PythonVersion version_;
    std::string fileName_;
};

}  // namespace ts::script
