#include "script/compiler/Scope.h"

#include <algorithm>

namespace ts::script {

Scope::Scope(ScopeKind kind, std::string name, SourcePos pos, Scope* parent)
    : kind_(kind), name_(std::move(name)), pos_(pos), parent_(parent),
      nested_(parent && (parent->isNested() || parent->isFunctionLike())) {
    if (parent) privateName = parent->privateName;
}

Scope::Symbol& Scope::symbol(const std::string& name) {
    auto [it, inserted] = symbols_.try_emplace(name);
    if (inserted) order_.push_back(name);
    return it->second;
}

void Scope::addUse(const std::string& name, std::uint32_t flags, SourcePos pos) {
    Symbol& entry = symbol(name);
    entry.flags |= flags;
    if ((flags & (symbolflag::kGlobal | symbolflag::kNonlocal)) != 0 && !entry.declarationPos.known())
        entry.declarationPos = pos;
}

std::uint32_t Scope::flagsOf(const std::string& name) const {
    auto it = symbols_.find(name);
    return it == symbols_.end() ? 0 : it->second.flags;
}

SourcePos Scope::declarationPos(const std::string& name) const {
    auto it = symbols_.find(name);
    return it == symbols_.end() ? SourcePos{} : it->second.declarationPos;
}

Scope& Scope::addChild(std::unique_ptr<Scope> child) {
    children_.push_back(std::move(child));
    return *children_.back();
}

void Scope::setBinding(const std::string& name, NameBinding binding) { symbol(name).binding = binding; }

void Scope::addFlags(const std::string& name, std::uint32_t flags) { symbol(name).flags |= flags; }

NameBinding Scope::bindingOf(const std::string& name) const {
    auto it = symbols_.find(name);
    return it == symbols_.end() ? NameBinding::Unresolved : it->second.binding;
}

std::vector<std::string> Scope::cellVars() const {
    std::vector<std::string> cells;
    for (const std::string& name : order_)
        if (symbols_.at(name).binding == NameBinding::Cell) cells.push_back(name);
    if (needsClassClosure && std::find(cells.begin(), cells.end(), "__class__") == cells.end())
        cells.push_back("__class__");
    std::sort(cells.begin(), cells.end());
    return cells;
}

std::vector<std::string> Scope::freeVars() const {
    std::vector<std::string> frees;
    for (const std::string& name : order_) {
        const Symbol& entry = symbols_.at(name);
        if (entry.binding == NameBinding::Free || (entry.flags & symbolflag::kFreeInClass) != 0)
            frees.push_back(name);
    }
    std::sort(frees.begin(), frees.end());
    return frees;
}

}  // namespace ts::script
