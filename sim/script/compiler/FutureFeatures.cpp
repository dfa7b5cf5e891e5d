#include "script/compiler/FutureFeatures.h"

#include <array>
#include <string_view>

#include "script/syntax/SyntaxError.h"
#include "script/vm/CodeObject.h"

namespace ts::script {

using namespace ast;

namespace {

constexpr std::array<std::string_view, 10> kKnownFeatures = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
};

bool isFutureImport(const Stmt& stmt) {
    return stmt.is<ImportFrom>() && stmt.as<ImportFrom>().module == "__future__" &&
           stmt.as<ImportFrom>().level == 0;
}

}  // namespace

FutureFeatures::FutureFeatures(const Module& module, const std::string& fileName) {
    bool stillAtTop = true;
    for (std::size_t i = 0; i < module.body.size(); ++i) {
        const Stmt& stmt = *module.body[i];
        const bool docstring = i == 0 && stmt.is<ExprStmt>() && stmt.as<ExprStmt>().value->is<StringLiteral>();
        if (docstring) continue;
        if (!isFutureImport(stmt)) {
            stillAtTop = false;
            continue;
        }
        if (!stillAtTop)
            throw SyntaxError(fileName, stmt.pos, "from __future__ imports must occur at the beginning of the file");
        for (const ImportAlias& alias : stmt.as<ImportFrom>().names) {
            const SourcePos pos = alias.pos.known() ? alias.pos : stmt.pos;
            if (alias.name == "braces") throw SyntaxError(fileName, pos, "not a chance");
            bool known = false;
            for (std::string_view feature : kKnownFeatures) known = known || feature == alias.name;
            if (!known) throw SyntaxError(fileName, pos, "future feature " + alias.name + " is not defined");
            if (alias.name == "division") codeFlags_ |= CodeObject::kFutureDivision;
            if (alias.name == "print_function") codeFlags_ |= CodeObject::kFuturePrintFunction;
        }
    }
}

}  // namespace ts::script
