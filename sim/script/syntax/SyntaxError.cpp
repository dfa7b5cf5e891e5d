#include "script/syntax/SyntaxError.h"

#include <utility>

namespace ts::script {

const char* syntaxErrorKindName(SyntaxErrorKind kind) {
    switch (kind) {
        case SyntaxErrorKind::Indentation:
            return "IndentationError";
        case SyntaxErrorKind::Tab:
            return "TabError";
        case SyntaxErrorKind::Syntax:
            break;
    }
    return "SyntaxError";
}

SyntaxError::SyntaxError(std::string file, SourcePos pos, const std::string& message,
                         SyntaxErrorKind kind)
    : ts::InputError(std::move(file), pos, std::string(syntaxErrorKindName(kind)) + ": " + message),
      kind_(kind),
      bareMessage_(message) {}

const char* SyntaxError::kindName() const {
    return syntaxErrorKindName(kind_);
}

}  // namespace ts::script
