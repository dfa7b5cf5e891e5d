// def, class, lambda and comprehensions: each compiles its body into a code object of its own
// and makes a function of it where it is defined (MakeFunction, with defaults and closure
// cells). Python 2 list comprehensions run inline in the enclosing code instead.
#include "script/compiler/CodeGenerator.h"

namespace ts::script {

using namespace ast;

namespace {

constexpr std::uint32_t count(std::size_t n) { return static_cast<std::uint32_t>(n); }

const StringLiteral* docstringOf(const Block& body) {
    if (body.empty() || !body.front()->is<ExprStmt>()) return nullptr;
    const Expr& value = *body.front()->as<ExprStmt>().value;
    if (!value.is<StringLiteral>() || value.as<StringLiteral>().bytes) return nullptr;
    return &value.as<StringLiteral>();
}

bool isPositional(const Parameter& param) {
    return param.kind == Parameter::Kind::PositionalOnly || param.kind == Parameter::Kind::Positional;
}

}  // namespace

std::uint32_t CodeGenerator::defaultArguments(const ParameterList& params) {
    std::uint32_t flags = 0;
    std::vector<const Expr*> defaults;
    for (const Parameter& param : params)
        if (isPositional(param) && param.defaultValue) defaults.push_back(param.defaultValue.get());
    if (!defaults.empty()) {
        // All constants: one constant tuple, as CPython's peephole folds it.
        std::vector<Constant> folded;
        for (const Expr* value : defaults) {
            std::optional<Constant> constant = constantValue(*value);
            if (!constant) break;
            folded.push_back(std::move(*constant));
        }
        if (folded.size() == defaults.size()) {
            emitConstant(code().constants().tuple(folded));
        } else {
            for (const Expr* value : defaults) visitExpr(*value);
            emit(Opcode::BuildTuple, count(defaults.size()));
        }
        flags |= 0x01;
    }
    std::vector<Constant> keywordNames;
    for (const Parameter& param : params) {
        if (param.kind != Parameter::Kind::KeywordOnly || !param.defaultValue) continue;
        visitExpr(*param.defaultValue);
        keywordNames.push_back(code().constants().str(mangled(param.name)));
    }
    if (!keywordNames.empty()) {
        emitConstant(code().constants().tuple(keywordNames));
        emit(Opcode::BuildConstKeyMap, count(keywordNames.size()));
        flags |= 0x02;
    }
    return flags;
}

std::uint32_t CodeGenerator::annotations(const ParameterList& params, const Expr* returns) {
    // CPython 3.9's order: positional, keyword-only... then *args/**kwargs, then "return".
    std::vector<Constant> names;
    auto visitKind = [&](auto accepts) {
        for (const Parameter& param : params) {
            if (!accepts(param) || !param.annotation) continue;
            visitExpr(*param.annotation);
            names.push_back(code().constants().str(mangled(param.name)));
        }
    };
    visitKind([](const Parameter& p) { return p.kind == Parameter::Kind::Positional; });
    visitKind([](const Parameter& p) { return p.kind == Parameter::Kind::PositionalOnly; });
    visitKind([](const Parameter& p) { return p.kind == Parameter::Kind::VarArgs; });
    visitKind([](const Parameter& p) { return p.kind == Parameter::Kind::KeywordOnly; });
    visitKind([](const Parameter& p) { return p.kind == Parameter::Kind::VarKeywords; });
    if (returns) {
        visitExpr(*returns);
        names.push_back(code().constants().str("return"));
    }
    if (names.empty()) return 0;
    emitConstant(code().constants().tuple(names));
    emit(Opcode::BuildConstKeyMap, count(names.size()));
    return 0x04;
}

void CodeGenerator::visitFunctionDef(const FunctionDef& node) {
    Scope* scope = symbols_.scopeOf(&node);
    visitExprs(node.decorators);
    std::uint32_t flags = defaultArguments(node.params);
    flags |= annotations(node.params, node.returns.get());

    const SourcePos first = node.decorators.empty() ? node.pos : node.decorators.front()->pos;
    enterScope(*scope, node.name, first);
    // constants[0] is the docstring or None; the docstring statement itself is not run.
    const StringLiteral* docstring = docstringOf(node.body);
    code().constantIndex(docstring ? code().constants().str(docstring->value) : code().constants().none());
    for (std::size_t i = docstring ? 1 : 0; i < node.body.size(); ++i) visitStmt(*node.body[i]);
    const std::string qualname = unit().qualname;
    std::shared_ptr<const CodeObject> body = leaveScope();

    makeClosure(body, flags, qualname);
    for (std::size_t i = 0; i < node.decorators.size(); ++i) emit(Opcode::CallFunction, 1);
    nameOp(node.name, ExprContext::Store);
}

void CodeGenerator::visitLambda(const Lambda& node) {
    Scope* scope = symbols_.scopeOf(&node);
    const std::uint32_t flags = defaultArguments(node.params);
    enterScope(*scope, "<lambda>", node.pos);
    code().constantIndex(code().constants().none());  // a lambda has no docstring
    visitExpr(*node.body);
    if (!scope->isGenerator) emit(Opcode::ReturnValue);
    const std::string qualname = unit().qualname;
    std::shared_ptr<const CodeObject> body = leaveScope();
    makeClosure(body, flags, qualname);
}

void CodeGenerator::visitClassDef(const ClassDef& node) {
    Scope* scope = symbols_.scopeOf(&node);
    visitExprs(node.decorators);
    emit(Opcode::LoadBuildClass);

    const SourcePos first = node.decorators.empty() ? node.pos : node.decorators.front()->pos;
    enterScope(*scope, node.name, first);
    {
        PositionScope at(*this, node.pos);
        emitName(Opcode::LoadName, "__name__");
        emitName(Opcode::StoreName, "__module__");
        if (!python2()) {
            emitString(unit().qualname);
            emitName(Opcode::StoreName, "__qualname__");
        }
    }
    visitBody(node.body);
    {
        PositionScope at(*this, node.pos);
        if (scope->needsClassClosure) {
            // Hand the __class__ cell to type() so that zero-argument super() can find it.
            emit(Opcode::LoadClosure, derefIndex("__class__"));
            emit(Opcode::DupTop);
            emitName(Opcode::StoreName, "__classcell__");
        } else {
            emitNone();
        }
        emit(Opcode::ReturnValue);
    }
    const std::string qualname = unit().qualname;
    std::shared_ptr<const CodeObject> body = leaveScope();

    makeClosure(body, 0, qualname);
    emitString(node.name);
    callWithArguments(2, node.bases);
    for (std::size_t i = 0; i < node.decorators.size(); ++i) emit(Opcode::CallFunction, 1);
    nameOp(node.name, ExprContext::Store);
}

void CodeGenerator::visitComprehension(const Expr& node, ComprehensionKind kind,
                                       const ComprehensionList& generators, const Expr& element,
                                       const Expr* value) {
    Scope* scope = symbols_.scopeOf(&node);
    if (!scope) {
        // Python 2 list comprehension: inline, its variables are the enclosing scope's.
        emit(Opcode::BuildList, 0);
        comprehensionLoop(generators, 0, 0, kind, element, value, false);
        return;
    }
    enterScope(*scope, scope->name(), node.pos);
    switch (kind) {
        case ComprehensionKind::List: emit(Opcode::BuildList, 0); break;
        case ComprehensionKind::Set: emit(Opcode::BuildSet, 0); break;
        case ComprehensionKind::Dict: emit(Opcode::BuildMap, 0); break;
        case ComprehensionKind::Generator: break;
    }
    comprehensionLoop(generators, 0, 0, kind, element, value, true);
    if (kind != ComprehensionKind::Generator) emit(Opcode::ReturnValue);
    const std::string qualname = unit().qualname;
    std::shared_ptr<const CodeObject> body = leaveScope();

    makeClosure(body, 0, qualname);
    // The outermost iterable is evaluated here and passed in as the argument ".0".
    visitExpr(*generators.front().iter);
    emit(Opcode::GetIter);
    emit(Opcode::CallFunction, 1);
}

void CodeGenerator::comprehensionLoop(const ComprehensionList& generators, std::size_t index, int depth,
                                      ComprehensionKind kind, const Expr& element, const Expr* value,
                                      bool outerIteratorOnStack) {
    const Comprehension& generator = generators[index];
    PositionScope at(*this, generator.pos);
    const CodeBuilder::Label start = newLabel();
    const CodeBuilder::Label skip = newLabel();
    const CodeBuilder::Label exhausted = newLabel();
    if (index == 0 && outerIteratorOnStack) {
        emit(Opcode::LoadFast, 0);  // ".0"
    } else {
        visitExpr(*generator.iter);
        emit(Opcode::GetIter);
    }
    ++depth;
    bind(start);
    emitJump(Opcode::ForIter, exhausted);
    visitExpr(*generator.target);
    for (const ExprPtr& condition : generator.conditions) jumpIf(*condition, skip, false);
    if (index + 1 < generators.size()) {
        comprehensionLoop(generators, index + 1, depth, kind, element, value, outerIteratorOnStack);
    } else {
        // The result collection sits below one iterator per loop.
        const auto resultDepth = static_cast<std::uint32_t>(depth + 1);
        switch (kind) {
            case ComprehensionKind::Generator:
                visitExpr(element);
                emit(Opcode::YieldValue);
                emit(Opcode::PopTop);
                break;
            case ComprehensionKind::List:
                visitExpr(element);
                emit(Opcode::ListAppend, resultDepth);
                break;
            case ComprehensionKind::Set:
                visitExpr(element);
                emit(Opcode::SetAdd, resultDepth);
                break;
            case ComprehensionKind::Dict:
                visitExpr(element);
                visitExpr(*value);
                emit(Opcode::MapAdd, resultDepth);
                break;
        }
    }
    bind(skip);
    emitJump(Opcode::Jump, start);
    bind(exhausted);
}

}  // namespace ts::script
