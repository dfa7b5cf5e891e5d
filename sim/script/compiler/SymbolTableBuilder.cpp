#include "script/compiler/SymbolTableBuilder.h"

#include "script/compiler/NameMangling.h"
#include "script/syntax/SyntaxError.h"

namespace ts::script {

using namespace ast;

SymbolTableBuilder::SymbolTableBuilder(Scope& moduleScope,
                                       std::unordered_map<const void*, Scope*>& scopesByNode,
                                       PythonVersion version, std::string fileName)
    : current_(&moduleScope), scopesByNode_(scopesByNode), version_(version),
      fileName_(std::move(fileName)) {}

void SymbolTableBuilder::fail(SourcePos pos, const std::string& message) const {
    throw SyntaxError(fileName_, pos, message);
}

void SymbolTableBuilder::addUse(const std::string& name, std::uint32_t flags, SourcePos pos) {
    current_->addUse(mangleName(current_->privateName, name), flags, pos);
}

Scope& SymbolTableBuilder::openScope(const void* node, ScopeKind kind, const std::string& name,
                                     SourcePos pos) {
    Scope& child = current_->addChild(std::make_unique<Scope>(kind, name, pos, current_));
    scopesByNode_[node] = &child;
    current_ = &child;
    return child;
}

void SymbolTableBuilder::visitModule(const Module& module) { visitBlock(module.body); }

void SymbolTableBuilder::visitBlock(const Block& block) {
    for (const StmtPtr& stmt : block) visitStmt(*stmt);
}

void SymbolTableBuilder::visitExprs(const ExprList& exprs) {
    for (const ExprPtr& expr : exprs) visitExpr(*expr);
}

void SymbolTableBuilder::visitStmt(const Stmt& stmt) {
    switch (stmt.kind) {
        case StmtKind::ExprStmt: visitExpr(*stmt.as<ExprStmt>().value); break;
        case StmtKind::Assign: {
            const auto& assign = stmt.as<Assign>();
            visitExprs(assign.targets);
            visitExpr(*assign.value);
            break;
        }
        case StmtKind::AugAssign: {
            const auto& assign = stmt.as<AugAssign>();
            visitExpr(*assign.target);
            visitExpr(*assign.value);
            break;
        }
        case StmtKind::AnnAssign: visitAnnotatedAssign(stmt.as<AnnAssign>()); break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue: break;
        case StmtKind::Return: visitOptional(stmt.as<Return>().value); break;
        case StmtKind::Delete: visitExprs(stmt.as<Delete>().targets); break;
        case StmtKind::Global: visitDeclaration(stmt.as<Global>().names, true, stmt.pos); break;
        case StmtKind::Nonlocal: visitDeclaration(stmt.as<Nonlocal>().names, false, stmt.pos); break;
        case StmtKind::Assert: {
            const auto& assertion = stmt.as<Assert>();
            visitExpr(*assertion.test);
            visitOptional(assertion.message);
            break;
        }
        case StmtKind::If: {
            const auto& node = stmt.as<If>();
            visitExpr(*node.test);
            visitBlock(node.body);
            visitBlock(node.orElse);
            break;
        }
        case StmtKind::While: {
            const auto& node = stmt.as<While>();
            visitExpr(*node.test);
            visitBlock(node.body);
            visitBlock(node.orElse);
            break;
        }
        case StmtKind::For: {
            const auto& node = stmt.as<For>();
            visitExpr(*node.target);
            visitExpr(*node.iter);
            visitBlock(node.body);
            visitBlock(node.orElse);
            break;
        }
        case StmtKind::Try: {
            const auto& node = stmt.as<Try>();
            visitBlock(node.body);
            for (const ExceptHandler& handler : node.handlers) {
                visitOptional(handler.type);
                if (!handler.name.empty()) addUse(handler.name, symbolflag::kAssigned, handler.pos);
                visitBlock(handler.body);
            }
            visitBlock(node.orElse);
            visitBlock(node.finalBody);
            break;
        }
        case StmtKind::Raise: {
            const auto& node = stmt.as<Raise>();
            visitOptional(node.exception);
            visitOptional(node.cause);
            visitOptional(node.legacyValue);
            visitOptional(node.legacyTraceback);
            break;
        }
        case StmtKind::With: {
            const auto& node = stmt.as<With>();
            for (const WithItem& item : node.items) {
                visitExpr(*item.context);
                visitOptional(item.target);
            }
            visitBlock(node.body);
            break;
        }
        case StmtKind::FunctionDef: visitFunctionDef(stmt.as<FunctionDef>()); break;
        case StmtKind::ClassDef: visitClassDef(stmt.as<ClassDef>()); break;
        case StmtKind::Import:
            for (const ImportAlias& alias : stmt.as<Import>().names) visitImportAlias(alias, stmt.pos);
            break;
        case StmtKind::ImportFrom:
            for (const ImportAlias& alias : stmt.as<ImportFrom>().names) visitImportAlias(alias, stmt.pos);
            break;
        case StmtKind::Print: {
            const auto& node = stmt.as<Print>();
            visitOptional(node.destination);
            visitExprs(node.values);
            break;
        }
        case StmtKind::Exec: {
            const auto& node = stmt.as<Exec>();
            visitExpr(*node.body);
            visitOptional(node.globals);
            visitOptional(node.locals);
            break;
        }
    }
}

void SymbolTableBuilder::visitAnnotatedAssign(const AnnAssign& assign) {
    if (assign.target->is<Name>()) {
        const std::string& name = assign.target->as<Name>().id;
        const std::uint32_t flags = current_->flagsOf(mangleName(current_->privateName, name));
        if ((flags & (symbolflag::kGlobal | symbolflag::kNonlocal)) != 0 &&
            current_->kind() != ScopeKind::Module) {
            const char* which = (flags & symbolflag::kGlobal) != 0 ? "global" : "nonlocal";
            fail(assign.target->pos, "annotated name '" + name + "' can't be " + which);
        }
        addUse(name, symbolflag::kAnnotated | symbolflag::kAssigned, assign.target->pos);
    } else {
        visitExpr(*assign.target);
    }
    visitExpr(*assign.annotation);
    visitOptional(assign.value);
}

void SymbolTableBuilder::visitDeclaration(const std::vector<std::string>& names, bool global,
                                          SourcePos pos) {
    const std::string keyword = global ? "global" : "nonlocal";
    for (const std::string& name : names) {
        const std::uint32_t flags = current_->flagsOf(mangleName(current_->privateName, name));
        const std::string quoted = "name '" + name + "' ";
        if ((flags & symbolflag::kParameter) != 0) fail(pos, quoted + "is parameter and " + keyword);
        // Python 2 only warns about the other misplaced declarations.
        if (python3()) {
            if ((flags & symbolflag::kUsed) != 0)
                fail(pos, quoted + "is used prior to " + keyword + " declaration");
            if ((flags & symbolflag::kAnnotated) != 0)
                fail(pos, "annotated " + quoted + "can't be " + keyword);
            if ((flags & symbolflag::kAssigned) != 0)
                fail(pos, quoted + "is assigned to before " + keyword + " declaration");
        }
        addUse(name, global ? symbolflag::kGlobal : symbolflag::kNonlocal, pos);
    }
}

void SymbolTableBuilder::visitImportAlias(const ImportAlias& alias, SourcePos pos) {
    if (alias.name == "*") {
        if (python3() && current_->kind() != ScopeKind::Module)
            fail(alias.pos.known() ? alias.pos : pos, "import * only allowed at module level");
        return;
    }
    // `import a.b` binds `a`; `import a.b as c` binds `c`.
    const std::string bound = !alias.asName.empty() ? alias.asName : alias.name.substr(0, alias.name.find('.'));
    addUse(bound, symbolflag::kImported, alias.pos.known() ? alias.pos : pos);
}

void SymbolTableBuilder::visitParameterDefaults(const ParameterList& params, const Expr* returns) {
    // Defaults and annotations are evaluated where the function is defined.
    for (const Parameter& param : params)
        if (param.defaultValue) visitExpr(*param.defaultValue);
    for (const Parameter& param : params)
        if (param.annotation) visitExpr(*param.annotation);
    if (returns) visitExpr(*returns);
}

void SymbolTableBuilder::declareParameters(const ParameterList& params) {
    using Kind = Parameter::Kind;
    auto declare = [&](const Parameter& param) {
        const std::string name = mangleName(current_->privateName, param.name);
        if ((current_->flagsOf(name) & symbolflag::kParameter) != 0)
            fail(param.pos, "duplicate argument '" + param.name + "' in function definition");
        current_->addUse(name, symbolflag::kParameter, param.pos);
        current_->addParameter(name);
    };
    // CPython's order of co_varnames: positional, keyword-only, *args, **kwargs.
    for (const Parameter& param : params) {
        if (param.kind != Kind::PositionalOnly && param.kind != Kind::Positional) continue;
        declare(param);
        ++current_->argCount;
        if (param.kind == Kind::PositionalOnly) ++current_->posOnlyArgCount;
    }
    for (const Parameter& param : params) {
        if (param.kind != Kind::KeywordOnly) continue;
        declare(param);
        ++current_->kwOnlyArgCount;
    }
    for (const Parameter& param : params) {
        if (param.kind != Kind::VarArgs) continue;
        declare(param);
        current_->hasVarArgs = true;
    }
    for (const Parameter& param : params) {
        if (param.kind != Kind::VarKeywords) continue;
        declare(param);
        current_->hasVarKeywords = true;
    }
}

void SymbolTableBuilder::visitFunctionDef(const FunctionDef& def) {
    addUse(def.name, symbolflag::kAssigned, def.pos);
    visitParameterDefaults(def.params, def.returns.get());
    visitExprs(def.decorators);
    const SourcePos first = def.decorators.empty() ? def.pos : def.decorators.front()->pos;
    openScope(&def, ScopeKind::Function, def.name, first);
    declareParameters(def.params);
    visitBlock(def.body);
    closeScope();
}

void SymbolTableBuilder::visitClassDef(const ClassDef& def) {
    addUse(def.name, symbolflag::kAssigned, def.pos);
    for (const Argument& base : def.bases) visitExpr(*base.value);
    visitExprs(def.decorators);
    const SourcePos first = def.decorators.empty() ? def.pos : def.decorators.front()->pos;
    Scope& scope = openScope(&def, ScopeKind::Class, def.name, first);
    scope.privateName = def.name;
    visitBlock(def.body);
    closeScope();
}

void SymbolTableBuilder::visitLambda(const Lambda& lambda) {
    visitParameterDefaults(lambda.params, nullptr);
    openScope(&lambda, ScopeKind::Lambda, "<lambda>", lambda.pos);
    declareParameters(lambda.params);
    visitExpr(*lambda.body);
    closeScope();
}

void SymbolTableBuilder::visitComprehension(const Expr& node, const ComprehensionList& generators,
                                            const Expr* element, const Expr* value) {
    // Python 2 runs list comprehensions inline: their variables belong to the enclosing scope.
    const bool inlineListComp = !python3() && node.is<ListComp>();
    // The outermost iterable is evaluated in the enclosing scope, and passed in as ".0".
    visitExpr(*generators.front().iter);
    if (!inlineListComp) {
        const char* name = node.is<ListComp>() ? "<listcomp>"
                         : node.is<SetComp>()  ? "<setcomp>"
                         : node.is<DictComp>() ? "<dictcomp>"
                                               : "<genexpr>";
        Scope& scope = openScope(&node, ScopeKind::Comprehension, name, node.pos);
        scope.addUse(".0", symbolflag::kParameter, node.pos);
        scope.addParameter(".0");
        scope.argCount = 1;
        scope.isGenerator = node.is<GeneratorExp>();
    }
    for (std::size_t i = 0; i < generators.size(); ++i) {
        visitExpr(*generators[i].target);
        if (i > 0) visitExpr(*generators[i].iter);
        visitExprs(generators[i].conditions);
    }
    visitExpr(*element);
    if (value) visitExpr(*value);
    if (!inlineListComp) closeScope();
}

void SymbolTableBuilder::visitName(const Name& name) {
    const bool load = name.context == ExprContext::Load;
    addUse(name.id, load ? symbolflag::kUsed : symbolflag::kAssigned, name.pos);
    // Zero-argument super() needs the class cell: a function that names super uses __class__.
    if (load && python3() && name.id == "super" && current_->isFunctionLike())
        current_->addUse("__class__", symbolflag::kUsed, name.pos);
}

void SymbolTableBuilder::visitYield(const Expr& yield) {
    if (current_->kind() == ScopeKind::Comprehension) {
        const std::string& name = current_->name();
        const char* what = name == "<listcomp>" ? "list comprehension"
                         : name == "<setcomp>"  ? "set comprehension"
                         : name == "<dictcomp>" ? "dict comprehension"
                                                : "generator expression";
        fail(yield.pos, std::string("'yield' inside ") + what);
    }
    if (!current_->isFunctionLike()) fail(yield.pos, "'yield' outside function");
    current_->isGenerator = true;
}

void SymbolTableBuilder::visitNamedExpr(const NamedExpr& node) {
    visitExpr(*node.value);
    const auto& target = node.target->as<Name>();
    if (current_->kind() != ScopeKind::Comprehension) {
        visitName(target);
        return;
    }
    // PEP 572: inside a comprehension, `name :=` binds in the enclosing function (or module),
    // and the comprehensions in between reach it as nonlocal (or global).
    Scope* owner = current_;
    while (owner->kind() == ScopeKind::Comprehension) owner = owner->parent();
    if (owner->kind() == ScopeKind::Class)
        fail(node.pos, "assignment expression within a comprehension cannot be used in a class body");
    const std::string name = mangleName(current_->privateName, target.id);
    const std::uint32_t throughFlag = owner->kind() == ScopeKind::Module ? symbolflag::kGlobal : symbolflag::kNonlocal;
    for (Scope* scope = current_; scope != owner; scope = scope->parent()) scope->addUse(name, throughFlag, node.pos);
    owner->addUse(name, symbolflag::kAssigned, node.pos);
}

void SymbolTableBuilder::visitExpr(const Expr& expr) {
    switch (expr.kind) {
        case ExprKind::Name: visitName(expr.as<Name>()); break;
        case ExprKind::NoneLiteral:
        case ExprKind::BoolLiteral:
        case ExprKind::IntLiteral:
        case ExprKind::FloatLiteral:
        case ExprKind::ImaginaryLiteral:
        case ExprKind::StringLiteral:
        case ExprKind::EllipsisLiteral: break;
        case ExprKind::FString: visitExprs(expr.as<FString>().parts); break;
        case ExprKind::FormattedValue: {
            const auto& node = expr.as<FormattedValue>();
            visitExpr(*node.value);
            visitOptional(node.formatSpec);
            break;
        }
        case ExprKind::UnaryOp: visitExpr(*expr.as<UnaryOp>().operand); break;
        case ExprKind::BinaryOp: {
            const auto& node = expr.as<BinaryOp>();
            visitExpr(*node.left);
            visitExpr(*node.right);
            break;
        }
        case ExprKind::BoolOp: visitExprs(expr.as<BoolOp>().values); break;
        case ExprKind::Compare: {
            const auto& node = expr.as<Compare>();
            visitExpr(*node.left);
            visitExprs(node.comparators);
            break;
        }
        case ExprKind::IfExp: {
            const auto& node = expr.as<IfExp>();
            visitExpr(*node.test);
            visitExpr(*node.body);
            visitExpr(*node.orElse);
            break;
        }
        case ExprKind::Lambda: visitLambda(expr.as<Lambda>()); break;
        case ExprKind::Call: {
            const auto& node = expr.as<Call>();
            visitExpr(*node.func);
            for (const Argument& arg : node.args) visitExpr(*arg.value);
            break;
        }
        case ExprKind::Attribute: visitExpr(*expr.as<Attribute>().value); break;
        case ExprKind::Subscript: {
            const auto& node = expr.as<Subscript>();
            visitExpr(*node.value);
            visitExpr(*node.index);
            break;
        }
        case ExprKind::Slice: {
            const auto& node = expr.as<Slice>();
            visitOptional(node.lower);
            visitOptional(node.upper);
            visitOptional(node.step);
            break;
        }
        case ExprKind::Tuple: visitExprs(expr.as<Tuple>().elements); break;
        case ExprKind::List: visitExprs(expr.as<List>().elements); break;
        case ExprKind::Set: visitExprs(expr.as<Set>().elements); break;
        case ExprKind::Dict: {
            const auto& node = expr.as<Dict>();
            for (std::size_t i = 0; i < node.values.size(); ++i) {
                if (node.keys[i]) visitExpr(*node.keys[i]);
                visitExpr(*node.values[i]);
            }
            break;
        }
        case ExprKind::ListComp: {
            const auto& node = expr.as<ListComp>();
            visitComprehension(expr, node.generators, node.element.get(), nullptr);
            break;
        }
        case ExprKind::SetComp: {
            const auto& node = expr.as<SetComp>();
            visitComprehension(expr, node.generators, node.element.get(), nullptr);
            break;
        }
        case ExprKind::GeneratorExp: {
            const auto& node = expr.as<GeneratorExp>();
            visitComprehension(expr, node.generators, node.element.get(), nullptr);
            break;
        }
        case ExprKind::DictComp: {
            const auto& node = expr.as<DictComp>();
            visitComprehension(expr, node.generators, node.key.get(), node.value.get());
            break;
        }
        case ExprKind::Starred: visitExpr(*expr.as<Starred>().value); break;
        case ExprKind::Yield:
            visitOptional(expr.as<Yield>().value);
            visitYield(expr);
            break;
        case ExprKind::YieldFrom:
            visitExpr(*expr.as<YieldFrom>().value);
            visitYield(expr);
            break;
        case ExprKind::Repr: visitExpr(*expr.as<Repr>().value); break;
        case ExprKind::NamedExpr: visitNamedExpr(expr.as<NamedExpr>()); break;
    }
}

}  // namespace ts::script
