#pragma once
// Registers the modules a threading program imports — thread (Python 2) or _thread (Python 3),
// threading, logging, random, and Queue (2) or queue (3) — with one program's interpreter.
// They exist only for programs run on the kernel (they need its threads and sync objects).
#include "script/threading/ThreadingShared.h"

namespace ts::script {

class ModuleRegistry;

class ThreadingModules {
public:
    static void registerAll(ModuleRegistry& registry, ThreadingShared& shared);
};

}  // namespace ts::script
