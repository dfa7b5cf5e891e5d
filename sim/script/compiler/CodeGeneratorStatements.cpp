// Statements: bodies and docstrings, expression statements, if/while/for, imports, assert and
// Python 2's print statement (assignment is in CodeGeneratorAssignments.cpp).
#include "script/compiler/CodeGenerator.h"

namespace ts::script {

using namespace ast;

namespace {

bool isDocstring(const Stmt& stmt) {
    if (!stmt.is<ExprStmt>()) return false;
    const Expr& value = *stmt.as<ExprStmt>().value;
    return value.is<StringLiteral>() && !value.as<StringLiteral>().bytes;
}

// Module and class bodies get an __annotations__ dict when any `name: T` occurs in them,
// outside nested functions and classes.
bool containsAnnotation(const Block& block) {
    for (const StmtPtr& stmt : block) {
        switch (stmt->kind) {
            case StmtKind::AnnAssign: return true;
            case StmtKind::If: {
                const auto& node = stmt->as<If>();
                if (containsAnnotation(node.body) || containsAnnotation(node.orElse)) return true;
                break;
            }
            case StmtKind::While: {
                const auto& node = stmt->as<While>();
                if (containsAnnotation(node.body) || containsAnnotation(node.orElse)) return true;
                break;
            }
            case StmtKind::For: {
                const auto& node = stmt->as<For>();
                if (containsAnnotation(node.body) || containsAnnotation(node.orElse)) return true;
                break;
            }
            case StmtKind::With:
                if (containsAnnotation(stmt->as<With>().body)) return true;
                break;
            case StmtKind::Try: {
                const auto& node = stmt->as<Try>();
                if (containsAnnotation(node.body) || containsAnnotation(node.orElse) ||
                    containsAnnotation(node.finalBody))
                    return true;
                for (const ExceptHandler& handler : node.handlers)
                    if (containsAnnotation(handler.body)) return true;
                break;
            }
            default: break;
        }
    }
    return false;
}

}  // namespace

void CodeGenerator::visitBody(const Block& body) {
    // SetupAnnotations carries the first statement's position, as in CPython.
    PositionScope bodyStart(*this, body.empty() ? SourcePos{} : body.front()->pos);
    if (containsAnnotation(body)) emit(Opcode::SetupAnnotations);
    std::size_t first = 0;
    if (!body.empty() && isDocstring(*body.front())) {
        PositionScope at(*this, body.front()->pos);
        visitExpr(*body.front()->as<ExprStmt>().value);
        nameOp("__doc__", ExprContext::Store);
        first = 1;
    }
    for (std::size_t i = first; i < body.size(); ++i) visitStmt(*body[i]);
}

void CodeGenerator::visitBlock(const Block& block) {
    for (const StmtPtr& stmt : block) visitStmt(*stmt);
}

void CodeGenerator::visitStmt(const Stmt& stmt) {
    PositionScope at(*this, stmt.pos);
    visitStmtKind(stmt);
}

void CodeGenerator::visitStmtKind(const Stmt& stmt) {
    switch (stmt.kind) {
        case StmtKind::ExprStmt: visitExprStmt(stmt.as<ExprStmt>()); return;
        case StmtKind::Assign: visitAssign(stmt.as<Assign>()); return;
        case StmtKind::AugAssign: visitAugAssign(stmt.as<AugAssign>()); return;
        case StmtKind::AnnAssign: visitAnnAssign(stmt.as<AnnAssign>()); return;
        case StmtKind::Pass:
        case StmtKind::Global:
        case StmtKind::Nonlocal: return;
        case StmtKind::Break: visitBreak(stmt.as<Break>()); return;
        case StmtKind::Continue: visitContinue(stmt.as<Continue>()); return;
        case StmtKind::Return: visitReturn(stmt.as<Return>()); return;
        case StmtKind::Delete: visitExprs(stmt.as<Delete>().targets); return;
        case StmtKind::Assert: visitAssert(stmt.as<Assert>()); return;
        case StmtKind::If: visitIf(stmt.as<If>()); return;
        case StmtKind::While: visitWhile(stmt.as<While>()); return;
        case StmtKind::For: visitFor(stmt.as<For>()); return;
        case StmtKind::Try: visitTry(stmt.as<Try>()); return;
        case StmtKind::Raise: visitRaise(stmt.as<Raise>()); return;
        case StmtKind::With: visitWith(stmt.as<With>(), 0); return;
        case StmtKind::FunctionDef: visitFunctionDef(stmt.as<FunctionDef>()); return;
        case StmtKind::ClassDef: visitClassDef(stmt.as<ClassDef>()); return;
        case StmtKind::Import: visitImport(stmt.as<Import>()); return;
        case StmtKind::ImportFrom: visitImportFrom(stmt.as<ImportFrom>()); return;
        case StmtKind::Print: visitPrint(stmt.as<Print>()); return;
        case StmtKind::Exec: fail(stmt.pos, "the exec statement is not supported");
    }
}

void CodeGenerator::visitExprStmt(const ExprStmt& node) {
    // A constant on its own (a docstring further down, `...`) compiles to nothing.
    // (isConstant still rejects literals the runtime cannot hold: bytes, complex, ...)
    if (node.value->is<EllipsisLiteral>() || isConstant(*node.value)) return;
    visitExpr(*node.value);
    emit(Opcode::PopTop);
}

void CodeGenerator::visitIf(const If& node) {
    const CodeBuilder::Label end = newLabel();
    const int truth = constantTruth(*node.test);
    if (truth == 0) {
        // `if 0:` — the body is checked but not emitted.
        code().beginDeadCode();
        visitBlock(node.body);
        code().endDeadCode();
        visitBlock(node.orElse);
    } else if (truth == 1) {
        visitBlock(node.body);
        code().beginDeadCode();
        visitBlock(node.orElse);
        code().endDeadCode();
    } else {
        const CodeBuilder::Label next = node.orElse.empty() ? end : newLabel();
        jumpIf(*node.test, next, false);
        visitBlock(node.body);
        if (!node.orElse.empty()) {
            emitJump(Opcode::Jump, end);
            bind(next);
            visitBlock(node.orElse);
        }
    }
    bind(end);
}

void CodeGenerator::visitWhile(const While& node) {
    const int truth = constantTruth(*node.test);
    if (truth == 0) {
        code().beginDeadCode();
        pushBlock(FrameBlock(BlockKind::WhileLoop), node.pos);
        visitBlock(node.body);
        popBlock();
        code().endDeadCode();
        visitBlock(node.orElse);
        return;
    }
    const CodeBuilder::Label loop = newLabel();
    const CodeBuilder::Label end = newLabel();
    // `while 1:` tests nothing: the body jumps straight back.
    const CodeBuilder::Label exhausted = truth == -1 ? newLabel() : end;
    bind(loop);
    pushBlock(FrameBlock(BlockKind::WhileLoop, loop, end), node.pos);
    if (truth == -1) jumpIf(*node.test, exhausted, false);
    visitBlock(node.body);
    {
        // The jump back belongs, as in CPython 2.7, to the body's last line (an interrupt in
        // `while 1: pass` is reported at `pass`); in 3.11 to the `while` line.
        PositionScope at(*this, python2() ? loopEndPosition(node.body) : node.pos);
        emitJump(Opcode::Jump, loop);
    }
    if (truth == -1) bind(exhausted);
    popBlock();
    visitBlock(node.orElse);
    bind(end);
}

SourcePos CodeGenerator::loopEndPosition(const Block& body) {
    // A simple last statement (pass, an assignment, a call) gives its own place; after a
    // compound one, the last instruction emitted stands for it.
    if (!body.empty()) {
        const Stmt& last = *body.back();
        switch (last.kind) {
            case StmtKind::If: case StmtKind::While: case StmtKind::For: case StmtKind::Try:
            case StmtKind::With: case StmtKind::FunctionDef: case StmtKind::ClassDef:
                break;
            default:
                return last.pos;
        }
    }
    const SourcePos p = code().lastPosition();
    return p.known() ? p : pos_;
}

void CodeGenerator::visitFor(const For& node) {
    const CodeBuilder::Label start = newLabel();
    const CodeBuilder::Label cleanup = newLabel();
    const CodeBuilder::Label end = newLabel();
    pushBlock(FrameBlock(BlockKind::ForLoop, start, end), node.pos);
    visitExpr(*node.iter);
    emit(Opcode::GetIter);
    bind(start);
    emitJump(Opcode::ForIter, cleanup);
    visitExpr(*node.target);
    visitBlock(node.body);
    {
        PositionScope at(*this, loopEndPosition(node.body));
        emitJump(Opcode::Jump, start);
    }
    bind(cleanup);
    popBlock();
    visitBlock(node.orElse);
    bind(end);
}

void CodeGenerator::visitImport(const Import& node) {
    for (const ImportAlias& alias : node.names) {
        PositionScope at(*this, alias.pos);
        emitConstant(code().constants().integer(0));
        emitNone();
        emitName(Opcode::ImportName, alias.name);
        const std::size_t dot = alias.name.find('.');
        if (alias.asName.empty()) {
            // `import a.b` binds the top package `a`.
            nameOp(alias.name.substr(0, dot), ExprContext::Store);
            continue;
        }
        if (dot == std::string::npos) {
            nameOp(alias.asName, ExprContext::Store);
            continue;
        }
        // `import a.b.c as d`: ImportName gives `a`; walk down to `c`.
        std::size_t start = dot + 1;
        while (true) {
            const std::size_t next = alias.name.find('.', start);
            emitName(Opcode::ImportFrom, alias.name.substr(start, next == std::string::npos ? std::string::npos : next - start));
            if (next == std::string::npos) break;
            emit(Opcode::RotTwo);
            emit(Opcode::PopTop);
            start = next + 1;
        }
        nameOp(alias.asName, ExprContext::Store);
        emit(Opcode::PopTop);
    }
}

void CodeGenerator::visitImportFrom(const ImportFrom& node) {
    std::vector<Constant> names;
    for (const ImportAlias& alias : node.names) names.push_back(code().constants().str(alias.name));
    emitConstant(code().constants().integer(node.level));
    emitConstant(code().constants().tuple(names));
    emitName(Opcode::ImportName, node.module);
    for (const ImportAlias& alias : node.names) {
        PositionScope at(*this, alias.pos);
        if (alias.name == "*") {
            emit(Opcode::ImportStar);
            return;
        }
        emitName(Opcode::ImportFrom, alias.name);
        nameOp(alias.asName.empty() ? alias.name : alias.asName, ExprContext::Store);
    }
    emit(Opcode::PopTop);
}

void CodeGenerator::visitPrint(const Print& node) {
    if (node.destination) visitExpr(*node.destination);
    for (const ExprPtr& value : node.values) {
        if (node.destination) {
            emit(Opcode::DupTop);
            visitExpr(*value);
            emit(Opcode::PrintItemTo);
        } else {
            visitExpr(*value);
            emit(Opcode::PrintItem);
        }
    }
    if (node.newline) emit(node.destination ? Opcode::PrintNewlineTo : Opcode::PrintNewline);
    else if (node.destination) emit(Opcode::PopTop);
}

void CodeGenerator::visitAssert(const Assert& node) {
    const CodeBuilder::Label end = newLabel();
    jumpIf(*node.test, end, true);
    emit(Opcode::LoadAssertionError);
    if (node.message) {
        visitExpr(*node.message);
        emit(Opcode::CallFunction, 1);
    }
    emit(Opcode::RaiseVarargs, 1);
    bind(end);
}

}  // namespace ts::script
