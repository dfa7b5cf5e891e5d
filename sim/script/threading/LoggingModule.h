#pragma once
// A minimal logging module with CPython's output: basicConfig(level, format, datefmt), the
// module functions debug .. critical, exception and log, getLogger(name) loggers with setLevel,
// the level constants, and records formatted with %(name)s, %(levelname)s, %(levelno)s,
// %(message)s, %(threadName)s, %(thread)d, %(asctime)s, %(created)f, %(relativeCreated)d,
// %(msecs)d, %(process)d, %(funcName)s-free formats — through the runtime's % formatter, so
// width and alignment (%(threadName)-10s) behave as in Python. Records go to stderr, with the
// simulated wall clock (clock origin + simulated time, UTC) for %(asctime)s.
namespace ts::script {

class PythonProcess;
class ModuleObject;

class LoggingModule {
public:
    static bool fill(PythonProcess& process, ModuleObject& module);
};

}  // namespace ts::script
