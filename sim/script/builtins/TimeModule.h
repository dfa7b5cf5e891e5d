#pragma once
// The time module on the simulated clock: sleep suspends the thread for simulated time;
// time() is the configured wall-clock origin plus simulated time; monotonic and perf_counter
// are simulated time; ctime, localtime, gmtime, strftime, asctime and mktime use UTC as local
// time. Nothing here reads a real clock.
namespace ts::script {

class Interpreter;
class ModuleObject;

class TimeModule {
public:
    static bool fill(Interpreter& vm, ModuleObject& module);
};

}  // namespace ts::script
