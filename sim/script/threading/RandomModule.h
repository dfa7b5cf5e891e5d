#pragma once
// The random module, drawing from the program's own seeded generator (sim/random, seeded from
// the scenario's seed), never from the machine: random, uniform, randint, randrange, choice,
// shuffle, sample, seed. The numbers differ from CPython's Mersenne Twister, but a run repeats
// exactly under the same seed.
namespace ts::script {

class PythonProcess;
class ModuleObject;

class RandomModule {
public:
    static bool fill(PythonProcess& process, ModuleObject& module);
};

}  // namespace ts::script
