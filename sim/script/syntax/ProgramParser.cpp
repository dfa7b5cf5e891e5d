#include "script/syntax/ProgramParser.h"

#include <optional>

#include "script/syntax/Lexer.h"
#include "script/syntax/Parser.h"

namespace ts::script {
namespace {

struct Attempt {
    ast::Module module;
    bool python2Hint = false;
};

Attempt parseAs(std::string_view source, const std::string& fileName, PythonVersion version,
                bool suggestPrintCall) {
    LexerOptions lexerOptions;
    lexerOptions.version = version;
    Lexer lexer(source, fileName, lexerOptions);
    ParserOptions parserOptions;
    parserOptions.version = version;
    parserOptions.suggestPrintCall = suggestPrintCall;
    Parser parser(lexer.tokenize(), fileName, parserOptions);
    Attempt attempt{parser.parseModule(), false};
    attempt.python2Hint = parser.sawPython2Hint();
    return attempt;
}

bool isFurther(const SyntaxError& a, const SyntaxError& b) {
    if (a.line() != b.line()) return a.line() > b.line();
    return a.column() > b.column();
}

}  // namespace

ast::Module parseProgram(std::string_view source, const std::string& fileName, ParseMode mode) {
    if (mode == ParseMode::Python2)
        return parseAs(source, fileName, PythonVersion::Python2, false).module;
    if (mode == ParseMode::Python3)
        return parseAs(source, fileName, PythonVersion::Python3, true).module;

    std::optional<SyntaxError> python3Error;
    try {
        Attempt python3 = parseAs(source, fileName, PythonVersion::Python3, false);
        if (!python3.python2Hint) return std::move(python3.module);
        try {
            return parseAs(source, fileName, PythonVersion::Python2, false).module;
        } catch (const SyntaxError&) {
            return std::move(python3.module);
        }
    } catch (const SyntaxError& error) {
        python3Error = error;
    }
    try {
        return parseAs(source, fileName, PythonVersion::Python2, false).module;
    } catch (const SyntaxError& python2Error) {
        // A statement Python 3 forbids where it stands (nonlocal at module level) is no sign of
        // Python 2: its grammar merely stumbles later over the unknown keyword.
        const bool python3OnlyStatement =
            python3Error->message().rfind("nonlocal declaration", 0) == 0;
        if (!python3OnlyStatement && isFurther(python2Error, *python3Error)) throw;
        throw *python3Error;
    }
}

}  // namespace ts::script
