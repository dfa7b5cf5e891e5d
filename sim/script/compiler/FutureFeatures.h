#pragma once
// `from __future__ import ...` at the top of a module: checked as CPython checks it (only after
// the docstring and other future imports; only known features) and turned into code-object
// flags. The import statement itself still compiles and runs as an ordinary import.
#include <cstdint>
#include <string>

#include "script/syntax/Ast.h"

namespace ts::script {

class FutureFeatures {
public:
    // Throws SyntaxError for a misplaced or unknown future import.
    FutureFeatures(const ast::Module& module, const std::string& fileName);

    // CodeObject::kFutureDivision / kFuturePrintFunction, for every code object of the module.
    std::uint32_t codeFlags() const { return codeFlags_; }

private:
    std::uint32_t codeFlags_ = 0;
};

}  // namespace ts::script
