#pragma once
// What the VM derives once per CodeObject and shares between every function made from it: the
// interned str of each name (so global and attribute lookups hash nothing) and frame layout.
#include <memory>
#include <vector>

#include "script/runtime/Value.h"
#include "script/vm/CodeObject.h"

namespace ts::script {

struct CodeInfo {
    std::shared_ptr<const CodeObject> code;
    std::vector<Value> names;     // interned str per CodeObject::names entry
    std::vector<Value> varnames;  // interned str per CodeObject::varnames entry
    int localCount = 0;           // varnames
    int cellCount = 0;            // cellvars + freevars
    int frameSlots = 0;           // locals + cells + stack
    bool simpleArguments = false; // no *args/**kwargs/kw-only/cells from arguments: fast binding
    bool hasDocstring = false;    // constants[0] is the docstring
    // Per name: the entry position it last had in a globals dict, a hint that LoadGlobal and
    // StoreGlobal check (the entry's key must be that very interned str) before trusting it,
    // so a global variable costs no hashing or probing once found. Any dict, any staleness:
    // a wrong hint only sends the lookup down the ordinary path.
    mutable std::vector<std::uint32_t> globalHints;
};

}  // namespace ts::script
