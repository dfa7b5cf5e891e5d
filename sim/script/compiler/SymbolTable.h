#pragma once
// The scopes of a module and how every name in them resolves, built before code generation as
// CPython's symtable is: which names are local, global (explicitly or implicitly), free (read
// from an enclosing function) or cells (captured by an inner function). Throws SyntaxError for
// what CPython's symtable rejects (misplaced global/nonlocal, duplicate arguments, ...).
#include <memory>
#include <string>
#include <unordered_map>

#include "script/compiler/Scope.h"
#include "script/syntax/Ast.h"

namespace ts::script {

class SymbolTable {
public:
    SymbolTable(const ast::Module& module, const std::string& fileName);

    Scope& moduleScope() const { return *root_; }
    // The scope a FunctionDef, ClassDef, Lambda or comprehension node opens; null for a Python 2
    // list comprehension (it runs in the enclosing scope).
    Scope* scopeOf(const void* node) const;

private:
    std::unique_ptr<Scope> root_;
    std::unordered_map<const void*, Scope*> scopesByNode_;
};

}  // namespace ts::script
