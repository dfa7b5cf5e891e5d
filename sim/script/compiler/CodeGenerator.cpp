#include "script/compiler/CodeGenerator.h"

#include <algorithm>
#include <cassert>

#include "script/compiler/NameMangling.h"
#include "script/runtime/RuntimeContext.h"
#include "script/syntax/SyntaxError.h"
#include "script/vm/CodeValue.h"

namespace ts::script {

using namespace ast;

CodeGenerator::CodeGenerator(RuntimeContext& ctx, const SymbolTable& symbols, std::string fileName,
                             PythonVersion version, std::uint32_t codeFlags)
    : ctx_(ctx), symbols_(symbols), fileName_(std::move(fileName)), version_(version),
      codeFlags_(codeFlags) {}

void CodeGenerator::fail(SourcePos pos, const std::string& message) const {
    throw SyntaxError(fileName_, pos.known() ? pos : pos_, message);
}

std::shared_ptr<const CodeObject> CodeGenerator::compileModule(const Module& module) {
    enterScope(symbols_.moduleScope(), "<module>", SourcePos{1, 1});
    unit().qualname = "<module>";
    visitBody(module.body);
    return leaveScope();
}

std::string CodeGenerator::mangled(const std::string& name) const {
    return mangleName(units_.back()->scope->privateName, name);
}

// ---------------------------------------------------------------- scopes

std::string CodeGenerator::qualnameFor(const std::string& name, ScopeKind kind) const {
    if (units_.size() <= 1) return name;  // defined at module level
    const Unit& parent = *units_.back();
    // `global f` followed by `def f` names it at module level.
    if (kind == ScopeKind::Function || kind == ScopeKind::Class) {
        if (parent.scope->bindingOf(mangleName(parent.scope->privateName, name)) == NameBinding::GlobalExplicit)
            return name;
    }
    const ScopeKind parentKind = parent.scope->kind();
    if (parentKind == ScopeKind::Function || parentKind == ScopeKind::Lambda)
        return parent.qualname + ".<locals>." + name;
    return parent.qualname + "." + name;
}

void CodeGenerator::enterScope(Scope& scope, const std::string& name, SourcePos firstPos) {
    const std::string qualname = qualnameFor(name, scope.kind());
    units_.push_back(std::make_unique<Unit>(ctx_, fileName_));
    Unit& fresh = unit();
    fresh.scope = &scope;
    fresh.name = name;
    fresh.qualname = qualname;
    fresh.firstLine = firstPos.line;
    fresh.cellvars = scope.cellVars();
    fresh.freevars = scope.freeVars();
    // Parameters take the first local slots, in CPython's order.
    for (const std::string& parameter : scope.parameters()) fresh.code.varnameIndex(parameter);
}

std::shared_ptr<const CodeObject> CodeGenerator::leaveScope() {
    Unit& done = unit();
    const Scope& scope = *done.scope;
    // Falling off the end returns None (class bodies end with their own return).
    if (!done.code.endsWithReturn()) {
        // CPython gives the implicit return the line of the code before it.
        PositionScope at(*this, done.code.lastPosition());
        emitNone();
        emit(Opcode::ReturnValue);
    }
    auto object = std::make_shared<CodeObject>();
    object->name = done.name;
    object->qualname = done.qualname;
    object->fileName = fileName_;
    object->firstLine = done.firstLine;
    object->argCount = scope.argCount;
    object->posOnlyArgCount = scope.posOnlyArgCount;
    object->kwOnlyArgCount = scope.kwOnlyArgCount;
    std::uint32_t flags = codeFlags_;
    if (scope.isFunctionLike()) {
        flags |= CodeObject::kOptimized | CodeObject::kNewLocals;
        if (scope.isNested()) flags |= CodeObject::kNested;
        if (scope.isGenerator) flags |= CodeObject::kGenerator;
        if (scope.hasVarArgs) flags |= CodeObject::kVarArgs;
        if (scope.hasVarKeywords) flags |= CodeObject::kVarKeywords;
    }
    if (done.cellvars.empty() && done.freevars.empty()) flags |= CodeObject::kNoFree;
    object->flags = flags;
    done.code.finish(*object);
    object->cellvars = done.cellvars;
    object->freevars = done.freevars;
    for (const std::string& cell : done.cellvars) {
        const auto& params = scope.parameters();
        auto it = std::find(params.begin(), params.end(), cell);
        object->cellFromArg.push_back(it == params.end() ? -1 : static_cast<int>(it - params.begin()));
    }
    units_.pop_back();
    return object;
}

// ---------------------------------------------------------------- emission helpers

void CodeGenerator::emitConstant(const Constant& constant) {
    if (!code().emitting()) return;
    emit(Opcode::LoadConst, code().constantIndex(constant));
}

void CodeGenerator::emitNone() { emitConstant(code().constants().none()); }

void CodeGenerator::emitString(const std::string& text) { emitConstant(code().constants().str(text)); }

void CodeGenerator::emitName(Opcode op, const std::string& name) {
    if (!code().emitting()) return;
    emit(op, code().nameIndex(mangled(name)));
}

std::uint32_t CodeGenerator::derefIndex(const std::string& name) const {
    const Unit& current = *units_.back();
    auto cell = std::find(current.cellvars.begin(), current.cellvars.end(), name);
    if (cell != current.cellvars.end()) return static_cast<std::uint32_t>(cell - current.cellvars.begin());
    auto free = std::find(current.freevars.begin(), current.freevars.end(), name);
    assert(free != current.freevars.end() && "deref of a name that is neither cell nor free");
    return static_cast<std::uint32_t>(current.cellvars.size() + static_cast<std::size_t>(free - current.freevars.begin()));
}

void CodeGenerator::nameOp(const std::string& rawName, ExprContext context) {
    if (!code().emitting()) return;
    const std::string name = mangled(rawName);
    const Scope& scope = *unit().scope;
    enum class Access { Fast, Global, Deref, Name } access = Access::Name;
    switch (scope.bindingOf(name)) {
        case NameBinding::Free:
        case NameBinding::Cell: access = Access::Deref; break;
        case NameBinding::Local:
            if (scope.isFunctionLike()) access = Access::Fast;
            break;
        case NameBinding::GlobalImplicit:
            if (scope.isFunctionLike()) access = Access::Global;
            break;
        case NameBinding::GlobalExplicit: access = Access::Global; break;
        case NameBinding::Unresolved: break;  // names the compiler adds (__module__, ...)
    }
    const int which = context == ExprContext::Load ? 0 : context == ExprContext::Store ? 1 : 2;
    switch (access) {
        case Access::Fast: {
            static constexpr Opcode ops[] = {Opcode::LoadFast, Opcode::StoreFast, Opcode::DeleteFast};
            emit(ops[which], code().varnameIndex(name));
            return;
        }
        case Access::Global: {
            static constexpr Opcode ops[] = {Opcode::LoadGlobal, Opcode::StoreGlobal, Opcode::DeleteGlobal};
            emit(ops[which], code().nameIndex(name));
            return;
        }
        case Access::Deref: {
            // A class body reads free variables through its own namespace first.
            const Opcode load = scope.kind() == ScopeKind::Class ? Opcode::LoadClassDeref : Opcode::LoadDeref;
            const Opcode ops[] = {load, Opcode::StoreDeref, Opcode::DeleteDeref};
            emit(ops[which], derefIndex(name));
            return;
        }
        case Access::Name: {
            static constexpr Opcode ops[] = {Opcode::LoadName, Opcode::StoreName, Opcode::DeleteName};
            emit(ops[which], code().nameIndex(name));
            return;
        }
    }
}

void CodeGenerator::makeClosure(const std::shared_ptr<const CodeObject>& object, std::uint32_t flags,
                                const std::string& qualname) {
    if (!object->freevars.empty()) {
        const Unit& current = unit();
        for (const std::string& name : object->freevars) {
            // The enclosing code holds the variable as a cell (its own, or a class's __class__)
            // or passes it through as one of its free variables.
            const bool isCell = std::find(current.cellvars.begin(), current.cellvars.end(), name) != current.cellvars.end();
            std::uint32_t index = 0;
            if (isCell) {
                index = derefIndex(name);
            } else {
                auto free = std::find(current.freevars.begin(), current.freevars.end(), name);
                if (free == current.freevars.end()) fail(pos_, "internal error: no cell for free variable '" + name + "'");
                index = static_cast<std::uint32_t>(current.cellvars.size() + static_cast<std::size_t>(free - current.freevars.begin()));
            }
            emit(Opcode::LoadClosure, index);
        }
        emit(Opcode::BuildTuple, static_cast<std::uint32_t>(object->freevars.size()));
        flags |= 0x08;
    }
    // Opcode.h's contract: qualname below, code on top.
    emitString(qualname);
    if (code().emitting()) {
        const std::uint32_t index = code().constants().addUnique(ctx_.heap().make<CodeValue>(object));
        emit(Opcode::LoadConst, index);
    }
    emit(Opcode::MakeFunction, flags);
}

}  // namespace ts::script
