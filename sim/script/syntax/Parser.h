#pragma once
// Recursive-descent parser from tokens to the syntax tree (Ast.h), for the Python 3 grammar or
// the Python 2 one (print/exec statements, `except E, e`, `raise E, v`, backquotes, `<>`).
// It also makes the checks CPython makes before running anything: assignment targets,
// 'return'/'yield' outside a function, 'break'/'continue' outside a loop, argument order.
// Use parseProgram() (ProgramParser.h) to parse a file; this class is one attempt in one version.
#include <cstddef>
#include <string>
#include <vector>

#include "script/syntax/Ast.h"
#include "script/syntax/PythonVersion.h"
#include "script/syntax/SyntaxError.h"
#include "script/syntax/Token.h"

namespace ts::script {

struct ParserOptions {
    PythonVersion version = PythonVersion::Python3;
    // Explicit Python 3: say "Missing parentheses in call to 'print'" for a print statement.
    bool suggestPrintCall = false;
};

class Parser {
  public:
    static constexpr int kMaxExpressionDepth = 300;
    // Operands of one left-associative chain (a + b + ..., a.b.c..., f()()...). Each makes the
    // tree one level deeper; CPython gives up near 10000.
    static constexpr int kMaxChainLength = 2000;

    Parser(std::vector<Token> tokens, std::string fileName, ParserOptions options);

    ast::Module parseModule();

    // True after a Python 3 parse that met statements which only make sense in Python 2
    // (a bare `print`, or `print >>f, x`, both valid but useless Python 3 expressions).
    bool sawPython2Hint() const { return python2Hint_; }

  private:
    struct Scope {
        enum class Kind { Module, Function, Class, Lambda };
        Kind kind;
        int loopDepth = 0;
        bool sawYield = false;
    };
    class DepthGuard;

    // Token cursor (Parser.cpp).
    const Token& peek(std::size_t ahead = 0) const;
    const Token& current() const { return peek(0); }
    const Token& advance();
    bool check(TokenKind kind) const { return current().kind == kind; }
    bool accept(TokenKind kind);
    const Token& expect(TokenKind kind);
    void expectColon();
    bool isKeyword(const std::string& name) const;
    bool atKeyword(const char* keyword) const;
    bool acceptKeyword(const char* keyword);
    void expectKeyword(const char* keyword);
    std::string expectIdentifier();
    bool atEndOfSimpleStatement() const;
    bool startsExpression(const Token& token) const;
    [[noreturn]] void fail(SourcePos pos, const std::string& message,
                           SyntaxErrorKind kind = SyntaxErrorKind::Syntax) const;
    [[noreturn]] void failUnexpected() const;
    Scope& scope() { return scopes_.back(); }
    void countChainLink(int& links) const;
    void checkForgottenComma(const ast::Expr& previous) const;
    void checkEqualsInCondition(const ast::Expr& condition) const;

    // Statements (ParserStatements.cpp, ParserCompound.cpp).
    void parseStatement(ast::Block& out);
    void parseSimpleStatements(ast::Block& out);
    ast::StmtPtr parseSmallStatement();
    ast::StmtPtr parseExpressionStatement();
    ast::StmtPtr parseImport();
    ast::StmtPtr parseFromImport();
    ast::StmtPtr parseRaise();
    ast::StmtPtr parsePrint();
    ast::StmtPtr parseExec();
    ast::Block parseBlock(const std::string& owner, int ownerLine);
    ast::Block parseLoopBody(const std::string& owner, int ownerLine);
    ast::StmtPtr parseIf();
    ast::StmtPtr parseWhile();
    ast::StmtPtr parseFor();
    ast::StmtPtr parseTry();
    ast::StmtPtr parseWith();
    std::vector<ast::WithItem> parseWithItems(TokenKind closing);
    ast::StmtPtr parseDecorated();
    ast::StmtPtr parseFunctionDef(ast::ExprList decorators);
    ast::StmtPtr parseClassDef(ast::ExprList decorators);
    ast::ParameterList parseParameters(bool allowAnnotations, TokenKind closing);
    void checkPrintStatementInPython3(const ast::Stmt& statement);

    // Expressions (ParserExpressions.cpp, ParserAtoms.cpp).
    ast::ExprPtr parseTestListStarExpr();
    ast::ExprPtr parseTestOrStar();
    ast::ExprPtr parseNamedExprTest();
    ast::ExprPtr parseNamedExprOrStar();
    ast::ExprPtr parseTest();
    ast::ExprPtr parseTestNoCondition();
    ast::ExprPtr parseLambda(bool allowConditional);
    ast::ExprPtr parseOrTest();
    ast::ExprPtr parseAndTest();
    ast::ExprPtr parseNotTest();
    ast::ExprPtr parseComparison();
    ast::ExprPtr parseBitOr();
    ast::ExprPtr parseBitXor();
    ast::ExprPtr parseBitAnd();
    ast::ExprPtr parseShift();
    ast::ExprPtr parseArith();
    ast::ExprPtr parseTerm();
    ast::ExprPtr parseFactor();
    ast::ExprPtr parsePower();
    ast::ExprPtr parseAtomWithTrailers();
    ast::ExprPtr parseAtom();
    ast::ExprPtr parseParenthesised();
    ast::ExprPtr parseListDisplay();
    ast::ExprPtr parseBraceDisplay();
    ast::ExprPtr parseSubscriptIndex();
    ast::ExprPtr parseSubscriptItem();
    ast::ExprPtr parseYield();
    ast::ExprPtr parseYieldOrTestList();
    ast::ExprPtr parseTargetList();
    ast::ArgumentList parseArguments(TokenKind closing);
    ast::ComprehensionList parseComprehensionClauses();
    ast::ExprPtr parseNumber();

    // String literals and f-strings (ParserStrings.cpp).
    ast::ExprPtr parseStrings();
    void parseFStringBody(std::string_view body, SourcePos bodyPos, bool raw, int nesting,
                          ast::ExprList& parts);
    std::size_t parseFStringField(std::string_view body, std::size_t openAt, SourcePos bodyPos,
                                  bool raw, int nesting, ast::ExprList& parts);
    ast::ExprPtr parseEmbeddedExpression(std::string_view text, SourcePos origin);

    // Assignment targets (ParserTargets.cpp).
    void setTargetContext(ast::Expr& target, ast::ExprContext context, bool insideSequence = false);
    void checkAugmentedTarget(const ast::Expr& target) const;
    void checkAnnotatedTarget(const ast::Expr& target) const;

    std::vector<Token> tokens_;
    std::size_t index_ = 0;
    std::string fileName_;
    ParserOptions options_;
    std::vector<Scope> scopes_;
    int expressionDepth_ = 0;
    bool printIsFunction_ = false;  // Python 2 with `from __future__ import print_function`
    bool python2Hint_ = false;
    SourcePos lastNewlinePos_;  // end of the last logical line consumed, for errors after a block
};

}  // namespace ts::script

namespace ts::script {

// Bounds the recursion of nested expressions (unary chains, lambdas, brackets) so that hostile
// input ends in a SyntaxError rather than a stack overflow.
class Parser::DepthGuard {
  public:
    explicit DepthGuard(Parser& parser) : parser_(parser) {
        if (++parser_.expressionDepth_ > kMaxExpressionDepth)
            parser_.fail(parser_.current().pos, "too many nested expressions");
    }
    ~DepthGuard() { --parser_.expressionDepth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

  private:
    Parser& parser_;
};

}  // namespace ts::script
