#pragma once
// The sys module: stdout, stderr, argv, version, version_info, maxsize, exit, exc_info,
// getrecursionlimit, platform.
namespace ts::script {

class Interpreter;
class ModuleObject;

class SysModule {
public:
    static bool fill(Interpreter& vm, ModuleObject& module);
};

}  // namespace ts::script
