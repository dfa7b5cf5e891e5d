#pragma once
// A CodeObject held in a Value, so that nested functions, lambdas, comprehensions and class
// bodies can be constants of the code that defines them.
#include <memory>

#include "script/runtime/Object.h"
#include "script/vm/CodeObject.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class CodeValue : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Code);
    explicit CodeValue(std::shared_ptr<const CodeObject> code)
        : Object(Kind), code_(std::move(code)) {}
    const CodeObject& code() const { return *code_; }
    const std::shared_ptr<const CodeObject>& shared() const { return code_; }
    std::string_view typeName() const override { return "code"; }

private:
    std::shared_ptr<const CodeObject> code_;
};

}  // namespace ts::script
