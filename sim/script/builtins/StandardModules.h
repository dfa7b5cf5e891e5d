#pragma once
// The native modules every program can import. New modules (thread, threading, logging, random,
// queue) are added to registerAll() with their factories.
namespace ts::script {

class ModuleRegistry;

class StandardModules {
public:
    static void registerAll(ModuleRegistry& registry);
};

}  // namespace ts::script
