#pragma once
// The entry point: a program file's bytes to a syntax tree, in a given Python version or with
// the version detected.
//
// ParseMode::Auto follows the SPEC: Python 2 when the file uses Python-2-only syntax, else 3.
// It parses as Python 3; if that fails, or succeeds only with tell-tale Python 2 statements
// (a bare `print`, `print >>f, x`), it parses as Python 2 and keeps that when it succeeds.
// When both fail, the reported error is the one further into the file (ties go to Python 3):
// a Python 2 program with a typo fails early as Python 3 (at its first print statement) but
// late as Python 2, at the typo, and vice versa, so the further error is the real one.
// The Python 3 error is then reported without the "Missing parentheses in call to 'print'" hint,
// which is only given when Python 3 was asked for explicitly.
#include <string>
#include <string_view>

#include "script/syntax/Ast.h"
#include "script/syntax/PythonVersion.h"

namespace ts::script {

// Throws SyntaxError. The returned module's `version` is the grammar that was used.
ast::Module parseProgram(std::string_view source, const std::string& fileName,
                         ParseMode mode = ParseMode::Auto);

}  // namespace ts::script
