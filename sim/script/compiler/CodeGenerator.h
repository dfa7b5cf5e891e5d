#pragma once
// Turns a module's syntax tree into code objects, instruction for instruction as CPython 3.9's
// compiler does (its peephole pass only where it changes which instructions run: jump threading
// in CodeBuilder, `a, b = b, a` as RotTwo, tuples of constants as one constant). One class, split
// by concern over several files like the parser:
//   CodeGenerator.cpp            scopes, names, closures, the module
//   CodeGeneratorExpressions.cpp expressions, conditional jumps, constants
//   CodeGeneratorCalls.cpp       calls and list/tuple/set/dict displays (starred unpacking)
//   CodeGeneratorStatements.cpp  bodies, simple statements, if/while/for, imports, print
//   CodeGeneratorAssignments.cpp assignment, unpacking, augmented and annotated assignment
//   CodeGeneratorFunctions.cpp   def, class, lambda, comprehensions
//   CodeGeneratorExceptions.cpp  try/except/finally, with, raise, and the block stack that
//                                return/break/continue unwind
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "script/compiler/CodeBuilder.h"
#include "script/compiler/SymbolTable.h"
#include "script/syntax/Ast.h"
#include "script/vm/CodeObject.h"

namespace ts::script {

class RuntimeContext;

class CodeGenerator {
public:
    // `codeFlags` (CodeObject::kFuture*) are set on every code object of the module.
    CodeGenerator(RuntimeContext& ctx, const SymbolTable& symbols, std::string fileName,
                  PythonVersion version, std::uint32_t codeFlags);

    std::shared_ptr<const CodeObject> compileModule(const ast::Module& module);

private:
    // CPython's fblock kinds: what return/break/continue must undo on their way out.
    enum class BlockKind {
        WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue,
        ExceptionHandler
    };
    struct FrameBlock {
        explicit FrameBlock(BlockKind k, CodeBuilder::Label continueAt = -1, CodeBuilder::Label breakTo = -1,
                            const ast::Block* finally = nullptr)
            : kind(k), start(continueAt), exit(breakTo), finalBody(finally) {}
        BlockKind kind;
        CodeBuilder::Label start;        // loops: where `continue` goes
        CodeBuilder::Label exit;         // loops: where `break` goes
        const ast::Block* finalBody;     // FinallyTry: the code to run on the way out
        std::string boundName;           // HandlerCleanup: `except E as name` (Python 3)
    };
    // The code object being generated, with its scope and block stack.
    struct Unit {
        Unit(RuntimeContext& ctx, const std::string& fileName) : code(ctx, fileName) {}
        Scope* scope = nullptr;
        CodeBuilder code;
        std::string name;
        std::string qualname;
        int firstLine = 0;
        std::vector<std::string> cellvars;
        std::vector<std::string> freevars;
        std::vector<FrameBlock> blocks;
    };
    enum class ComprehensionKind { List, Set, Dict, Generator };

    // Sets the position instructions carry while a node is compiled, restored afterwards.
    // Where a loop's jump back is reported: the body's last line, as CPython does.
    SourcePos loopEndPosition(const ast::Block& body);
    class PositionScope {
    public:
        PositionScope(CodeGenerator& generator, SourcePos pos) : generator_(generator), saved_(generator.pos_) {
            if (pos.known()) generator.pos_ = pos;
        }
        ~PositionScope() { generator_.pos_ = saved_; }
        PositionScope(const PositionScope&) = delete;
        PositionScope& operator=(const PositionScope&) = delete;

    private:
        CodeGenerator& generator_;
        SourcePos saved_;
    };

    // ---- Scopes, names and emission (CodeGenerator.cpp)
    Unit& unit() { return *units_.back(); }
    CodeBuilder& code() { return unit().code; }
    void enterScope(Scope& scope, const std::string& name, SourcePos firstPos);
    std::shared_ptr<const CodeObject> leaveScope();
    std::string qualnameFor(const std::string& name, ScopeKind kind) const;
    void emit(Opcode op, std::uint32_t arg = 0) { code().emit(op, arg, pos_); }
    void emitJump(Opcode op, CodeBuilder::Label target) { code().emitJump(op, target, pos_); }
    void bind(CodeBuilder::Label label) { code().bind(label); }
    CodeBuilder::Label newLabel() { return code().newLabel(); }
    void emitConstant(const Constant& constant);
    void emitNone();
    void emitString(const std::string& text);
    void emitName(Opcode op, const std::string& name);  // mangled, into names
    void nameOp(const std::string& name, ast::ExprContext context);
    std::uint32_t derefIndex(const std::string& name) const;
    void makeClosure(const std::shared_ptr<const CodeObject>& code, std::uint32_t flags,
                     const std::string& qualname);
    std::string mangled(const std::string& name) const;
    [[noreturn]] void fail(SourcePos pos, const std::string& message) const;
    bool python2() const { return version_ == PythonVersion::Python2; }

    // ---- Expressions (CodeGeneratorExpressions.cpp)
    void visitExpr(const ast::Expr& expr);
    void visitExprs(const ast::ExprList& exprs);
    void visitExprKind(const ast::Expr& expr);
    // The folded value when the expression is a constant to CPython's AST optimizer (literals,
    // a sign applied to a number, tuples of constants); nullopt otherwise.
    std::optional<Constant> constantValue(const ast::Expr& expr);
    bool isConstant(const ast::Expr& expr) { return constantValue(expr).has_value(); }
    // -1 unknown, 0 false, 1 true (for `while 1:` and `if 0:`).
    int constantTruth(const ast::Expr& expr) const;
    void visitBoolOp(const ast::BoolOp& node);
    void visitCompare(const ast::Compare& node);
    void emitComparison(ast::CompareOperator op);
    void visitIfExp(const ast::IfExp& node);
    void visitSubscript(const ast::Subscript& node);
    void visitSlice(const ast::Slice& node);
    void visitFString(const ast::FString& node);
    void visitFormattedValue(const ast::FormattedValue& node);
    void visitAttribute(const ast::Attribute& node);
    void visitYield(const ast::Yield& node);
    void visitYieldFrom(const ast::YieldFrom& node);
    void visitNamedExpr(const ast::NamedExpr& node);
    // Jumps to `target` when the expression's truth equals `condition`, consuming it.
    void jumpIf(const ast::Expr& expr, CodeBuilder::Label target, bool condition);

    // ---- Calls and displays (CodeGeneratorCalls.cpp)
    void visitCall(const ast::Call& node);
    bool tryMethodCall(const ast::Call& node);
    // Arguments after `pushed` values already on the stack (class bases: function and name).
    void callWithArguments(int pushed, const ast::ArgumentList& args);
    void keywordDict(const std::vector<const ast::Argument*>& keywords, std::size_t begin, std::size_t end);
    void starredSequence(const std::vector<const ast::Expr*>& elements, int pushed, Opcode build,
                         Opcode add, Opcode extend, bool tuple);
    void visitTuple(const ast::Tuple& node);
    void visitList(const ast::List& node);
    void visitSet(const ast::Set& node);
    void visitDict(const ast::Dict& node);
    void dictChunk(const ast::Dict& node, std::size_t begin, std::size_t end);

    // ---- Statements (CodeGeneratorStatements.cpp; assignments in CodeGeneratorAssignments.cpp)
    void visitBlock(const ast::Block& block);
    void visitStmt(const ast::Stmt& stmt);
    void visitStmtKind(const ast::Stmt& stmt);
    // Module and class bodies: SetupAnnotations, the docstring as __doc__, then the statements.
    void visitBody(const ast::Block& body);
    void visitExprStmt(const ast::ExprStmt& node);
    void visitAssign(const ast::Assign& node);
    bool trySwapAssign(const ast::Assign& node);
    void visitAugAssign(const ast::AugAssign& node);
    void visitAnnAssign(const ast::AnnAssign& node);
    void visitUnpack(const ast::ExprList& targets, SourcePos pos);
    void visitIf(const ast::If& node);
    void visitWhile(const ast::While& node);
    void visitFor(const ast::For& node);
    void visitImport(const ast::Import& node);
    void visitImportFrom(const ast::ImportFrom& node);
    void visitPrint(const ast::Print& node);
    void visitAssert(const ast::Assert& node);

    // ---- Functions, classes, comprehensions (CodeGeneratorFunctions.cpp)
    void visitFunctionDef(const ast::FunctionDef& node);
    void visitClassDef(const ast::ClassDef& node);
    void visitLambda(const ast::Lambda& node);
    // Pushes defaults and keyword-only defaults; returns the MakeFunction flags they need.
    std::uint32_t defaultArguments(const ast::ParameterList& params);
    std::uint32_t annotations(const ast::ParameterList& params, const ast::Expr* returns);
    void visitComprehension(const ast::Expr& node, ComprehensionKind kind,
                            const ast::ComprehensionList& generators, const ast::Expr& element,
                            const ast::Expr* value);
    void comprehensionLoop(const ast::ComprehensionList& generators, std::size_t index, int depth,
                           ComprehensionKind kind, const ast::Expr& element, const ast::Expr* value,
                           bool outerIteratorOnStack);

    // ---- Exceptions and the block stack (CodeGeneratorExceptions.cpp)
    void pushBlock(FrameBlock block, SourcePos pos);
    void popBlock() { unit().blocks.pop_back(); }
    void visitTry(const ast::Try& node);
    void visitTryExcept(const ast::Try& node);
    void visitTryFinally(const ast::Try& node);
    void visitExceptHandler(const ast::ExceptHandler& handler, CodeBuilder::Label end);
    void visitWith(const ast::With& node, std::size_t item);
    void callExitWithNones();
    void visitRaise(const ast::Raise& node);
    void visitReturn(const ast::Return& node);
    void visitBreak(const ast::Break& node);
    void visitContinue(const ast::Continue& node);
    void unwindBlock(const FrameBlock& block, bool preserveTop);
    // Unwinds to the innermost loop (returned) or, with loop == nullptr, everything.
    void unwindBlockStack(bool preserveTop, std::optional<FrameBlock>* loop);

    RuntimeContext& ctx_;
    const SymbolTable& symbols_;
    std::string fileName_;
    PythonVersion version_;
    std::uint32_t codeFlags_;
    std::vector<std::unique_ptr<Unit>> units_;
    SourcePos pos_{1, 1};
};

}  // namespace ts::script
