#include "script/compiler/SymbolTable.h"

#include "script/compiler/ScopeAnalyzer.h"
#include "script/compiler/SymbolTableBuilder.h"

namespace ts::script {

SymbolTable::SymbolTable(const ast::Module& module, const std::string& fileName)
    : root_(std::make_unique<Scope>(ScopeKind::Module, "<module>", SourcePos{1, 1}, nullptr)) {
    SymbolTableBuilder(*root_, scopesByNode_, module.version, fileName).visitModule(module);
    ScopeAnalyzer(fileName).analyze(*root_);
}

Scope* SymbolTable::scopeOf(const void* node) const {
    auto it = scopesByNode_.find(node);
    return it == scopesByNode_.end() ? nullptr : it->second;
}

}  // namespace ts::script
