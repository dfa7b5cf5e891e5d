#pragma once
// The native modules a program may import (sys, time, and later thread, threading, logging,
// random, queue), by name. A module is built on first import by its factory, which fills the
// module's dict; the Interpreter caches the result, so each program gets its own module state.
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace ts::script {

class Interpreter;
class ModuleObject;

class ModuleRegistry {
public:
    // Fills module.globals (a dict that already holds __name__); false after raising.
    using Factory = std::function<bool(Interpreter& vm, ModuleObject& module)>;

    void add(std::string name, Factory factory) { factories_[std::move(name)] = std::move(factory); }
    const Factory* find(std::string_view name) const {
        auto found = factories_.find(std::string(name));
        return found == factories_.end() ? nullptr : &found->second;
    }

private:
    std::map<std::string, Factory> factories_;
};

}  // namespace ts::script
