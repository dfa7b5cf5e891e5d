#pragma once
// Second half of the symbol table: resolves every name of every scope the way CPython's
// symtable analysis does. A name bound in a function is local; read in a nested function, it
// becomes a cell there and free in the reader (and in every scope between, which passes the
// cell through). Class bodies are skipped by that lookup — their names are not visible to their
// methods — and a name no function binds is global (explicitly with `global`, else implicitly).
#include <set>
#include <string>
#include <unordered_map>

#include "script/compiler/Scope.h"

namespace ts::script {

class ScopeAnalyzer {
public:
    explicit ScopeAnalyzer(std::string fileName) : fileName_(std::move(fileName)) {}

    // Throws SyntaxError for nonlocal declarations that name nothing.
    void analyze(Scope& moduleScope);

private:
    using NameSet = std::set<std::string>;
    using Bindings = std::unordered_map<std::string, NameBinding>;

    // `bound`: names bound in enclosing functions (null at the module); `free` collects the
    // names this block and its children read from further out; `global`: names declared global
    // further out. All three belong to the caller's copy, as the analysis edits them.
    void analyzeBlock(Scope& scope, NameSet* bound, NameSet& free, NameSet& global);
    void analyzeName(const Scope& scope, const std::string& name, Bindings& bindings,
                     NameSet* bound, NameSet& local, NameSet& free, NameSet& global) const;
    // Records the bindings, and the free names of children that pass through this scope.
    static void recordBindings(Scope& scope, const Bindings& bindings, const NameSet* bound,
                               const NameSet& childFree);

    std::string fileName_;
};

}  // namespace ts::script
