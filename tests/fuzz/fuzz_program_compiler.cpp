// Fuzz target: any bytes as a Python program through the parser and the compiler, read with
// the version detected (SPEC format 2's default), and as Python 2 and as Python 3. Allowed
// outcomes: code objects (their syntax tree and disassembly print without fault), or one
// SyntaxError (an InputError) with a one-line message placed inside the input. Anything else —
// a crash, another exception, a sanitizer report, a hang — is a finding.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "FuzzSupport.h"
#include "script/compiler/Compiler.h"
#include "script/runtime/RuntimeContext.h"
#include "script/syntax/AstDumper.h"
#include "script/syntax/ProgramParser.h"
#include "script/vm/Disassembler.h"

namespace {

const std::string kFile = "fuzz.py";

// The grammar the module was read with, or nullopt after a SyntaxError.
std::optional<ts::script::PythonVersion> parseAndCompile(std::string_view text, ts::script::ParseMode mode) {
    using ts::script::ParseMode;
    using ts::script::PythonVersion;
    try {
        const ts::script::ast::Module module = ts::script::parseProgram(text, kFile, mode);
        if (mode == ParseMode::Python2) ts::fuzz::require(module.version == PythonVersion::Python2, "Python 2 mode gave a Python 3 tree");
        if (mode == ParseMode::Python3) ts::fuzz::require(module.version == PythonVersion::Python3, "Python 3 mode gave a Python 2 tree");
        static_cast<void>(ts::script::dumpAst(module));
        ts::script::RuntimeContext ctx(module.version);
        const auto code = ts::script::compileModule(module, ctx, kFile);
        ts::fuzz::require(code != nullptr, "the compiler returned no code");
        static_cast<void>(ts::script::disassemble(*code));
        return module.version;
    } catch (const ts::InputError& error) {
        ts::fuzz::checkInputError(error, text, kFile);
    }
    return std::nullopt;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = ts::fuzz::asText(data, size);
    // Detection reads both grammars already; the explicit modes add what it leaves out: the
    // other grammar's reading of a program it accepted, and Python 3's error hints (asked-for
    // Python 3 only) for one it did not.
    const auto detected = parseAndCompile(text, ts::script::ParseMode::Auto);
    if (detected != ts::script::PythonVersion::Python2) parseAndCompile(text, ts::script::ParseMode::Python2);
    if (detected != ts::script::PythonVersion::Python3) parseAndCompile(text, ts::script::ParseMode::Python3);
    return 0;
}
