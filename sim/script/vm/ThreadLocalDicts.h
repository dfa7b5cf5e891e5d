#pragma once
// The attributes of a threading.local object: one dict per thread, so that each thread sees
// its own values through the same object (a request's user, a connection per worker). Kept in
// the instance's nativeSlot; before each attribute access of the instance the interpreter puts
// the current thread's dict in its place (Interpreter::selectThreadLocalDict). A thread that
// uses the object for the first time gets an empty dict, and a subclass's __init__ runs again
// for it with the arguments the object was made with, as CPython's local does.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class ThreadLocalDicts : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::ThreadLocal);
    ThreadLocalDicts() : Object(Kind) {}

    std::string_view typeName() const override { return "_local_dicts"; }
    void dropReferences() override {
        byThread.clear();
        initArgs.clear();
        initKeywords.clear();
    }

    std::map<int, Value> byThread;  // VmThread::id -> DictObject
    // The arguments the object was made with, for __init__ in each further thread.
    std::vector<Value> initArgs;
    std::vector<std::pair<std::string, Value>> initKeywords;
};

}  // namespace ts::script
