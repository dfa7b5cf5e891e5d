#pragma once
// threading.Timer (Python 2: threading._Timer): a Thread whose run() waits out `interval`
// seconds and then, unless cancel() came first, calls function(*args, **kwargs) as the timer
// thread's own Python code — pre-emptible and free to block, as in CPython.
#include "script/threading/ThreadingShared.h"
#include "script/vm/NativeCall.h"

namespace ts::script {

class TimerClass {
public:
    // Builds the class into shared.timerClass as a subclass of threadClass; threadInit
    // initialises the Thread part of an instance (without Thread's own arguments).
    static void build(ThreadingShared& shared, const Value& threadClass, NativeImpl threadInit);
};

}  // namespace ts::script
