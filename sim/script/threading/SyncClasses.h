#pragma once
// The native classes behind threading.Lock, RLock, Semaphore, BoundedSemaphore, Event,
// Condition and Barrier. Each instance keeps its sim/sync object in its nativeSlot, so the
// kernel (and the GUI) sees every acquire, wait and wake-up; blocking calls suspend the calling
// Python thread with Demand::block and finish when the kernel wakes it.
#include <string>
#include <string_view>

#include "script/threading/ThreadingShared.h"
#include "script/vm/NativeCall.h"

namespace ts {
class SyncLock;
}

namespace ts::script {

class Interpreter;

class SyncClasses {
public:
    // Builds the classes once per program (into shared).
    static void build(ThreadingShared& shared);
    // The SyncLock inside a Lock or RLock instance, or nullptr.
    static SyncLock* lockOf(const Value& instance);
    // A new Lock instance (thread.allocate_lock()); Error after raising.
    static Value newLock(ThreadingShared& shared);
    // Condition and Barrier (ConditionClasses.cpp).
    static void buildConditions(ThreadingShared& shared);
    // Instance address text for messages: "lock 0x55..."
    static std::string addressText(const char* what, const Value& object);
    // Binds impl as method `name` of the native class cls.
    static void method(Interpreter& vm, const Value& cls, const char* name, NativeImpl impl);
    // Python 3's repr of Event, Semaphore and Barrier: "<threading.Event at 0x7f...: unset>",
    // named by the instance's own class (a subclass shows its name).
    static Value statusRepr(NativeCall& call, const Value& self, std::string_view status);
};

}  // namespace ts::script
