#pragma once
// The error every malformed program turns into. It is an InputError, so the command line and the
// GUI report it like any other bad input: "FILE:LINE:COL: error: SyntaxError: message". The kind
// mirrors CPython's exception classes (IndentationError and TabError are SyntaxErrors there too).
#include <string>

#include "scenario/InputError.h"
#include "scenario/SourcePos.h"

namespace ts::script {

enum class SyntaxErrorKind { Syntax, Indentation, Tab };

class SyntaxError : public ts::InputError {
  public:
    SyntaxError(std::string file, SourcePos pos, const std::string& message,
                SyntaxErrorKind kind = SyntaxErrorKind::Syntax);

    int line() const { return pos().line; }
    int column() const { return pos().column; }
    SyntaxErrorKind kind() const { return kind_; }
    // CPython's class name for the kind: "SyntaxError", "IndentationError" or "TabError".
    const char* kindName() const;
    // The bare message, e.g. "invalid syntax" (InputError::message() carries the kind prefix).
    const std::string& message() const { return bareMessage_; }

  private:
    SyntaxErrorKind kind_;
    std::string bareMessage_;
};

const char* syntaxErrorKindName(SyntaxErrorKind kind);

}  // namespace ts::script
