// try/except/else/finally, with and raise on CPython 3.9's block stack (SetupFinally/SetupWith
// push a handler block, PopBlock drops it, an exception enters the handler with six values on
// the stack), and return/break/continue, which undo the blocks they leave on their way out:
// pop a for loop's iterator, run a finally body inline, call a with's __exit__.
#include "script/compiler/CodeGenerator.h"

namespace ts::script {

using namespace ast;

namespace {

// CPython's CO_MAXBLOCKS.
constexpr std::size_t kMaxNestedBlocks = 20;

}  // namespace

void CodeGenerator::pushBlock(FrameBlock block, SourcePos pos) {
    if (unit().blocks.size() >= kMaxNestedBlocks) fail(pos, "too many statically nested blocks");
    unit().blocks.push_back(std::move(block));
}

void CodeGenerator::visitTry(const Try& node) {
    if (!node.finalBody.empty()) visitTryFinally(node);
    else visitTryExcept(node);
}

void CodeGenerator::visitTryFinally(const Try& node) {
    const CodeBuilder::Label handler = newLabel();
    const CodeBuilder::Label exit = newLabel();
    emitJump(Opcode::SetupFinally, handler);
    pushBlock(FrameBlock(BlockKind::FinallyTry, -1, -1, &node.finalBody), node.pos);
    if (!node.handlers.empty()) visitTryExcept(node);
    else visitBlock(node.body);
    emit(Opcode::PopBlock);
    popBlock();
    // The finally body twice: once on the normal path, once as the handler that re-raises.
    visitBlock(node.finalBody);
    emitJump(Opcode::Jump, exit);
    bind(handler);
    pushBlock(FrameBlock(BlockKind::FinallyEnd), node.pos);
    visitBlock(node.finalBody);
    popBlock();
    emit(Opcode::Reraise);
    bind(exit);
}

void CodeGenerator::visitTryExcept(const Try& node) {
    const CodeBuilder::Label handlers = newLabel();
    const CodeBuilder::Label orElse = newLabel();
    const CodeBuilder::Label end = newLabel();
    emitJump(Opcode::SetupFinally, handlers);
    pushBlock(FrameBlock(BlockKind::TryExcept), node.pos);
    visitBlock(node.body);
    emit(Opcode::PopBlock);
    popBlock();
    emitJump(Opcode::Jump, orElse);
    bind(handlers);
    // The VM pushes an except-handler block when it enters the handlers.
    pushBlock(FrameBlock(BlockKind::ExceptionHandler), node.pos);
    for (std::size_t i = 0; i < node.handlers.size(); ++i) {
        const ExceptHandler& handler = node.handlers[i];
        if (!handler.type && i + 1 < node.handlers.size()) fail(handler.pos, "default 'except:' must be last");
        visitExceptHandler(handler, end);
    }
    popBlock();
    // No handler matched: the exception goes on.
    emit(Opcode::Reraise);
    bind(orElse);
    visitBlock(node.orElse);
    bind(end);
}

void CodeGenerator::visitExceptHandler(const ExceptHandler& handler, CodeBuilder::Label end) {
    PositionScope at(*this, handler.pos);
    const CodeBuilder::Label nextHandler = newLabel();
    // Stack on entry: exception type, value, traceback (on top of the saved exception state).
    if (handler.type) {
        emit(Opcode::DupTop);
        visitExpr(*handler.type);
        emitJump(Opcode::JumpIfNotExcMatch, nextHandler);
    }
    emit(Opcode::PopTop);
    if (!handler.name.empty() && !python2()) {
        // except E as name: the body runs in a try/finally that unbinds the name, so the
        // traceback does not keep the frame alive (and `name` is gone after the handler).
        const CodeBuilder::Label cleanupEnd = newLabel();
        nameOp(handler.name, ExprContext::Store);
        emit(Opcode::PopTop);
        emitJump(Opcode::SetupFinally, cleanupEnd);
        FrameBlock cleanup(BlockKind::HandlerCleanup);
        cleanup.boundName = handler.name;
        pushBlock(std::move(cleanup), handler.pos);
        visitBlock(handler.body);
        popBlock();
        emit(Opcode::PopBlock);
        emit(Opcode::PopExcept);
        emitNone();
        nameOp(handler.name, ExprContext::Store);
        nameOp(handler.name, ExprContext::Del);
        emitJump(Opcode::Jump, end);
        bind(cleanupEnd);
        emitNone();
        nameOp(handler.name, ExprContext::Store);
        nameOp(handler.name, ExprContext::Del);
        emit(Opcode::Reraise);
    } else {
        // Python 2's `except E, name` keeps the name bound after the handler.
        if (!handler.name.empty()) nameOp(handler.name, ExprContext::Store);
        else emit(Opcode::PopTop);
        emit(Opcode::PopTop);
        pushBlock(FrameBlock(BlockKind::HandlerCleanup), handler.pos);
        visitBlock(handler.body);
        popBlock();
        emit(Opcode::PopExcept);
        emitJump(Opcode::Jump, end);
    }
    bind(nextHandler);
}

void CodeGenerator::callExitWithNones() {
    emitNone();
    emit(Opcode::DupTop);
    emit(Opcode::DupTop);
    emit(Opcode::CallFunction, 3);
}

void CodeGenerator::visitWith(const With& node, std::size_t item) {
    const WithItem& current = node.items[item];
    const CodeBuilder::Label handler = newLabel();
    const CodeBuilder::Label exit = newLabel();
    visitExpr(*current.context);
    emitJump(Opcode::SetupWith, handler);
    pushBlock(FrameBlock(BlockKind::With), node.pos);
    if (current.target) visitExpr(*current.target);
    else emit(Opcode::PopTop);  // the value of __enter__()
    if (item + 1 == node.items.size()) visitBlock(node.body);
    else visitWith(node, item + 1);
    emit(Opcode::PopBlock);
    popBlock();
    // Normal exit: __exit__(None, None, None).
    callExitWithNones();
    emit(Opcode::PopTop);
    emitJump(Opcode::Jump, exit);
    // Exceptional exit: __exit__(type, value, traceback) decides whether it is swallowed.
    bind(handler);
    emit(Opcode::WithExceptStart);
    const CodeBuilder::Label swallowed = newLabel();
    emitJump(Opcode::PopJumpIfTrue, swallowed);
    emit(Opcode::Reraise);
    bind(swallowed);
    emit(Opcode::PopTop);
    emit(Opcode::PopTop);
    emit(Opcode::PopTop);
    emit(Opcode::PopExcept);
    emit(Opcode::PopTop);
    bind(exit);
}

void CodeGenerator::visitRaise(const Raise& node) {
    std::uint32_t argc = 0;
    if (node.exception) {
        visitExpr(*node.exception);
        ++argc;
        if (node.legacyValue) {
            // Python 2 `raise E, value` is `raise E(value)` (a traceback argument is ignored).
            visitExpr(*node.legacyValue);
            emit(Opcode::CallFunction, 1);
        }
        if (node.cause) {
            visitExpr(*node.cause);
            ++argc;
        }
    }
    emit(Opcode::RaiseVarargs, argc);
}

void CodeGenerator::unwindBlock(const FrameBlock& block, bool preserveTop) {
    switch (block.kind) {
        case BlockKind::WhileLoop:
        case BlockKind::ExceptionHandler: return;
        case BlockKind::ForLoop:
            // Drop the iterator (under the return value).
            if (preserveTop) emit(Opcode::RotTwo);
            emit(Opcode::PopTop);
            return;
        case BlockKind::TryExcept: emit(Opcode::PopBlock); return;
        case BlockKind::FinallyTry: {
            emit(Opcode::PopBlock);
            if (preserveTop) pushBlock(FrameBlock(BlockKind::PopValue), pos_);
            // Run the finally body on the way out.
            const SourcePos saved = pos_;
            visitBlock(*block.finalBody);
            pos_ = saved;
            if (preserveTop) popBlock();
            return;
        }
        case BlockKind::FinallyEnd:
            // Leaving a finally that runs for an exception: drop it and restore the old one.
            if (preserveTop) emit(Opcode::RotFour);
            emit(Opcode::PopTop);
            emit(Opcode::PopTop);
            emit(Opcode::PopTop);
            if (preserveTop) emit(Opcode::RotFour);
            emit(Opcode::PopExcept);
            return;
        case BlockKind::With:
            emit(Opcode::PopBlock);
            if (preserveTop) emit(Opcode::RotTwo);
            callExitWithNones();
            emit(Opcode::PopTop);
            return;
        case BlockKind::HandlerCleanup:
            if (!block.boundName.empty()) emit(Opcode::PopBlock);
            if (preserveTop) emit(Opcode::RotFour);
            emit(Opcode::PopExcept);
            if (!block.boundName.empty()) {
                emitNone();
                nameOp(block.boundName, ExprContext::Store);
                nameOp(block.boundName, ExprContext::Del);
            }
            return;
        case BlockKind::PopValue:
            if (preserveTop) emit(Opcode::RotTwo);
            emit(Opcode::PopTop);
            return;
    }
}

void CodeGenerator::unwindBlockStack(bool preserveTop, std::optional<FrameBlock>* loop) {
    std::vector<FrameBlock>& blocks = unit().blocks;
    if (blocks.empty()) return;
    const BlockKind top = blocks.back().kind;
    if (loop && (top == BlockKind::WhileLoop || top == BlockKind::ForLoop)) {
        *loop = blocks.back();
        return;
    }
    // The block is off the stack while its exit code runs (a finally body inlined here sees
    // only the blocks outside it), then restored for the code that follows.
    FrameBlock block = std::move(blocks.back());
    blocks.pop_back();
    unwindBlock(block, preserveTop);
    unwindBlockStack(preserveTop, loop);
    unit().blocks.push_back(std::move(block));
}

void CodeGenerator::visitReturn(const Return& node) {
    const Scope& scope = *unit().scope;
    if (!scope.isFunctionLike()) fail(node.pos, "'return' outside function");
    if (python2() && scope.isGenerator && node.value)
        fail(node.pos, "'return' with argument inside generator");
    // A computed value is kept on the stack while finally bodies and __exit__ calls run.
    const bool preserveTop = node.value && !isConstant(*node.value);
    if (preserveTop) visitExpr(*node.value);
    unwindBlockStack(preserveTop, nullptr);
    if (!node.value) emitNone();
    else if (!preserveTop) visitExpr(*node.value);
    emit(Opcode::ReturnValue);
}

void CodeGenerator::visitBreak(const Break& node) {
    std::optional<FrameBlock> loop;
    unwindBlockStack(false, &loop);
    if (!loop) fail(node.pos, "'break' outside loop");
    unwindBlock(*loop, false);
    emitJump(Opcode::Jump, loop->exit);
}

void CodeGenerator::visitContinue(const Continue& node) {
    std::optional<FrameBlock> loop;
    unwindBlockStack(false, &loop);
    if (!loop) fail(node.pos, "'continue' not properly in loop");
    emitJump(Opcode::Jump, loop->start);
}

}  // namespace ts::script
