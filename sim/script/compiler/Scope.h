#pragma once
// One block of the symbol table: the module, a class body, a function, a lambda or (Python 3,
// and Python 2 generator expressions and set/dict comprehensions) a comprehension. It records
// how each name is used in the block (SymbolTableBuilder) and then how it is resolved
// (ScopeAnalyzer): CPython's LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL, which
// decide between the *Fast, *Global, *Name and *Deref instructions.
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "scenario/SourcePos.h"

namespace ts::script {

enum class ScopeKind { Module, Class, Function, Lambda, Comprehension };

enum class NameBinding { Unresolved, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// How a name occurs in a block (bit set).
namespace symbolflag {
constexpr std::uint32_t kAssigned = 0x01;   // stored to or deleted
constexpr std::uint32_t kParameter = 0x02;
constexpr std::uint32_t kGlobal = 0x04;     // `global name`
constexpr std::uint32_t kNonlocal = 0x08;   // `nonlocal name`
constexpr std::uint32_t kUsed = 0x10;       // read
constexpr std::uint32_t kImported = 0x20;
constexpr std::uint32_t kAnnotated = 0x40;  // `name: T`
// A class binds a name that a method also reads from an enclosing function: the class passes
// the enclosing cell through as a free variable, while its own body uses the name as local.
constexpr std::uint32_t kFreeInClass = 0x80;
constexpr std::uint32_t kBound = kAssigned | kParameter | kImported;
}  // namespace symbolflag

class Scope {
public:
    Scope(ScopeKind kind, std::string name, SourcePos pos, Scope* parent);

    ScopeKind kind() const { return kind_; }
    const std::string& name() const { return name_; }
    SourcePos pos() const { return pos_; }
    Scope* parent() const { return parent_; }
    // Function, lambda or comprehension: locals live in fast slots.
    bool isFunctionLike() const { return kind_ != ScopeKind::Module && kind_ != ScopeKind::Class; }
    // Inside a function-like scope, at any depth (CPython's ste_nested).
    bool isNested() const { return nested_; }

    // ---- Collection (SymbolTableBuilder); names are already mangled.
    void addUse(const std::string& name, std::uint32_t flags, SourcePos pos);
    std::uint32_t flagsOf(const std::string& name) const;
    // The position of the global/nonlocal statement that declared the name, for errors.
    SourcePos declarationPos(const std::string& name) const;
    const std::vector<std::string>& namesInOrder() const { return order_; }
    void addParameter(const std::string& name) { parameters_.push_back(name); }
    const std::vector<std::string>& parameters() const { return parameters_; }
    Scope& addChild(std::unique_ptr<Scope> child);
    const std::vector<std::unique_ptr<Scope>>& children() const { return children_; }

    int argCount = 0;         // positional parameters
    int posOnlyArgCount = 0;
    int kwOnlyArgCount = 0;
    bool hasVarArgs = false;
    bool hasVarKeywords = false;
    bool isGenerator = false;
    // A class whose methods use super() or __class__ (Python 3): it gets the __class__ cell.
    bool needsClassClosure = false;
    // The innermost enclosing class name, for mangling (inherited by nested functions).
    std::string privateName;

    // ---- Resolution (ScopeAnalyzer)
    void setBinding(const std::string& name, NameBinding binding);
    void addFlags(const std::string& name, std::uint32_t flags);
    NameBinding bindingOf(const std::string& name) const;
    // Sorted by name, as CPython orders co_cellvars and co_freevars.
    std::vector<std::string> cellVars() const;
    std::vector<std::string> freeVars() const;

private:
    struct Symbol {
        std::uint32_t flags = 0;
        NameBinding binding = NameBinding::Unresolved;
        SourcePos declarationPos;
    };
    Symbol& symbol(const std::string& name);

    ScopeKind kind_;
    std::string name_;
    SourcePos pos_;
    Scope* parent_;
    bool nested_;
    std::unordered_map<std::string, Symbol> symbols_;
    std::vector<std::string> order_;  // first occurrence order, as CPython's symbol dict
    std::vector<std::string> parameters_;
    std::vector<std::unique_ptr<Scope>> children_;
};

}  // namespace ts::script
