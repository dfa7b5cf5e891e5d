#pragma once
// The kinds of heap object the VM adds to the runtime's (ObjectKind::FirstVmKind upwards). One
// list, so that the compiler, the VM and the modules never pick the same number twice.
#include "script/runtime/Object.h"

namespace ts::script {

namespace vmkind {
constexpr int kFirst = static_cast<int>(ObjectKind::FirstVmKind);
}

enum class VmKind : int {
    Code = vmkind::kFirst,  // a CodeObject as a constant (CodeValue)
    Function,
    BoundMethod,
    Builtin,                // a native function or method
    Class,
    Instance,
    Module,
    Cell,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Exception,              // instances of BaseException and its subclasses
    Traceback,
    Generator,
    File,                   // sys.stdout / sys.stderr
    // threading and friends (backed by sim/sync)
    ThreadHandle,
    Lock,
    RLock,
    Semaphore,
    Event,
    Condition,
    Barrier,
    Queue,
    NativeStep,             // what a native does when the Python code it called returns
    ThreadLocal,            // a threading.local object's dicts, one per thread
    Deque,                  // collections.deque's items
    Last_
};

constexpr ObjectKind objectKind(VmKind k) { return static_cast<ObjectKind>(static_cast<int>(k)); }

}  // namespace ts::script
