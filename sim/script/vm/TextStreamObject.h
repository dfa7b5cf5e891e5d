#pragma once
// sys.stdout and sys.stderr: write() and flush() reach the OutputSink. The soft-space flag is
// Python 2's print-statement state, kept per file as in CPython 2.7.
#include "kernel/SyncOp.h"
#include "script/runtime/Object.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class TextStreamObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::File);
    explicit TextStreamObject(OutputStream which) : Object(Kind), stream(which) {}
    std::string_view typeName() const override { return "_io.TextIOWrapper"; }
    bool appendRepr(RuntimeContext&, std::string& out) const override {
        out += stream == OutputStream::Stdout ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
                                              : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>";
        return true;
    }

    OutputStream stream;
    bool softspace = false;
};

}  // namespace ts::script
