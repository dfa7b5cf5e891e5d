#include "script/compiler/Compiler.h"

#include "script/compiler/CodeGenerator.h"
#include "script/compiler/FutureFeatures.h"
#include "script/compiler/SymbolTable.h"

namespace ts::script {

std::shared_ptr<const CodeObject> compileModule(const ast::Module& module, RuntimeContext& ctx,
                                                const std::string& fileName) {
    const FutureFeatures future(module, fileName);
    const SymbolTable symbols(module, fileName);
    CodeGenerator generator(ctx, symbols, fileName, module.version, future.codeFlags());
    return generator.compileModule(module);
}

}  // namespace ts::script
