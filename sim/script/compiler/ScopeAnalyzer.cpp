#include "script/compiler/ScopeAnalyzer.h"

#include "script/syntax/SyntaxError.h"

namespace ts::script {

void ScopeAnalyzer::analyze(Scope& moduleScope) {
    NameSet free;
    NameSet global;
    analyzeBlock(moduleScope, nullptr, free, global);
}

void ScopeAnalyzer::analyzeName(const Scope& scope, const std::string& name, Bindings& bindings,
                                NameSet* bound, NameSet& local, NameSet& free,
                                NameSet& global) const {
    const std::uint32_t flags = scope.flagsOf(name);
    if ((flags & symbolflag::kGlobal) != 0) {
        if ((flags & symbolflag::kNonlocal) != 0)
            throw SyntaxError(fileName_, scope.declarationPos(name), "name '" + name + "' is nonlocal and global");
        bindings[name] = NameBinding::GlobalExplicit;
        global.insert(name);
        if (bound) bound->erase(name);
        return;
    }
    if ((flags & symbolflag::kNonlocal) != 0) {
        if (!bound)
            throw SyntaxError(fileName_, scope.declarationPos(name), "nonlocal declaration not allowed at module level");
        if (bound->count(name) == 0)
            throw SyntaxError(fileName_, scope.declarationPos(name), "no binding for nonlocal '" + name + "' found");
        bindings[name] = NameBinding::Free;
        free.insert(name);
        return;
    }
    if ((flags & symbolflag::kBound) != 0) {
        bindings[name] = NameBinding::Local;
        local.insert(name);
        global.erase(name);
        return;
    }
    // Read but not bound here: an enclosing function's variable, or a global.
    if (bound && bound->count(name) != 0) {
        bindings[name] = NameBinding::Free;
        free.insert(name);
        return;
    }
    bindings[name] = NameBinding::GlobalImplicit;
}

void ScopeAnalyzer::analyzeBlock(Scope& scope, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local;
    NameSet newGlobal;
    NameSet newFree;
    NameSet newBound;
    Bindings bindings;
    const bool isClass = scope.kind() == ScopeKind::Class;

    // A class body's names are invisible to the functions inside it, so its children see what
    // its parent sees.
    if (isClass) {
        newGlobal = global;
        if (bound) newBound = *bound;
    }
    for (const std::string& name : scope.namesInOrder())
        analyzeName(scope, name, bindings, bound, local, free, global);
    if (!isClass) {
        if (scope.isFunctionLike()) newBound.insert(local.begin(), local.end());
        if (bound) newBound.insert(bound->begin(), bound->end());
        newGlobal.insert(global.begin(), global.end());
    } else {
        // Methods find __class__ in the class's implicit cell.
        newBound.insert("__class__");
    }

    NameSet allChildFree;
    for (const auto& child : scope.children()) {
        NameSet childBound = newBound;
        NameSet childFree = newFree;
        NameSet childGlobal = newGlobal;
        analyzeBlock(*child, &childBound, childFree, childGlobal);
        allChildFree.insert(childFree.begin(), childFree.end());
    }
    newFree.insert(allChildFree.begin(), allChildFree.end());

    if (scope.isFunctionLike()) {
        // Locals that inner functions read become cells.
        for (auto& [name, binding] : bindings) {
            if (binding == NameBinding::Local && newFree.erase(name) != 0) binding = NameBinding::Cell;
        }
    } else if (isClass && newFree.erase("__class__") != 0) {
        scope.needsClassClosure = true;
    }
    recordBindings(scope, bindings, bound, newFree);
    free.insert(newFree.begin(), newFree.end());
}

void ScopeAnalyzer::recordBindings(Scope& scope, const Bindings& bindings, const NameSet* bound,
                                   const NameSet& childFree) {
    for (const auto& [name, binding] : bindings) scope.setBinding(name, binding);
    const bool isClass = scope.kind() == ScopeKind::Class;
    for (const std::string& name : childFree) {
        const std::uint32_t flags = scope.flagsOf(name);
        if (scope.bindingOf(name) != NameBinding::Unresolved) {
            // A method reads an enclosing function's variable that the class also binds: the
            // class passes the cell through while using its own binding in its body.
            if (isClass && (flags & (symbolflag::kBound | symbolflag::kGlobal)) != 0)
                scope.addFlags(name, symbolflag::kFreeInClass);
            continue;
        }
        if (bound && bound->count(name) == 0) continue;  // a global
        scope.setBinding(name, NameBinding::Free);       // passes through this scope
    }
}

}  // namespace ts::script
