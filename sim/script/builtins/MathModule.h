#pragma once
// The math module: CPython's functions on floats and ints, with its errors ("math domain
// error", "math range error") and each version's differences — Python 2's floor() and ceil()
// return floats and it lacks gcd, isqrt, log2, isclose, prod, comb, perm, inf, nan and tau.
// The functions are the C library's, as CPython's are: the same results on this machine.
namespace ts::script {

class Interpreter;
class ModuleObject;

class MathModule {
public:
    static bool fill(Interpreter& vm, ModuleObject& module);
};

}  // namespace ts::script
