#pragma once
// A compact s-expression rendering of the syntax tree, for tests and debugging:
//   x = f(a, k=1)   ->  (Module (Assign x = (Call f a (= k 1))))
// Names and literals print bare; with positions on, each node head gets "@LINE:COL".
#include <string>

#include "script/syntax/Ast.h"

namespace ts::script {

struct AstDumpOptions {
    bool positions = false;
};

std::string dumpAst(const ast::Module& module, AstDumpOptions options = {});
std::string dumpAst(const ast::Stmt& statement, AstDumpOptions options = {});
std::string dumpAst(const ast::Expr& expression, AstDumpOptions options = {});

class AstDumper {
  public:
    explicit AstDumper(AstDumpOptions options) : options_(options) {}

    void module(const ast::Module& module);
    void statement(const ast::Stmt& statement);
    void expression(const ast::Expr& expression);
    std::string take() { return std::move(out_); }

  private:
    void open(const char* head, SourcePos pos);
    void close() { out_ += ')'; }
    void atom(const std::string& text, SourcePos pos);
    void word(const std::string& text);
    void optional(const ast::ExprPtr& expression);
    void block(const char* head, const ast::Block& statements, bool evenIfEmpty = false);
    void parameters(const ast::ParameterList& params);
    void arguments(const ast::ArgumentList& args);
    void comprehensions(const ast::ComprehensionList& generators);
    void decorators(const ast::ExprList& list);
    void literalExpression(const ast::Expr& expression);
    void compoundStatement(const ast::Stmt& statement);

    AstDumpOptions options_;
    std::string out_;
};

}  // namespace ts::script
