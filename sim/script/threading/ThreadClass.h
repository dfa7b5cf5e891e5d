#pragma once
// threading.Thread (and Timer, _MainThread, _DummyThread) as native classes, and the
// threading module's functions that deal with threads: current_thread, enumerate,
// active_count, main_thread, get_ident — with Python 2's camelCase names when the program is
// Python 2 and CPython 3.11's names and default thread names otherwise.
#include "script/runtime/Value.h"
#include "script/threading/ThreadingShared.h"

namespace ts::script {

struct PythonThreadRecord;

class ThreadClass {
public:
    // Builds Thread and Timer into shared (once).
    static void build(ThreadingShared& shared);
    // Adds the thread functions and classes to the threading module's dict.
    static void fillModule(ThreadingShared& shared, const Value& dict);
    // The Thread object of a running thread (made on first use for the main thread and for
    // threads of the thread module).
    static Value handleOf(ThreadingShared& shared, PythonThreadRecord& record);
};

}  // namespace ts::script
