#pragma once
// Runs a program's main thread to completion on a fake clock (time.sleep just advances it), with
// no kernel: what the VM's tests and the differential suite use. The product runs programs
// through the kernel binding instead, where threads interleave.
#include <cstddef>
#include <string>
#include <string_view>

#include "script/syntax/PythonVersion.h"
#include "script/vm/VmConfig.h"

namespace ts::script {

struct TestRunResult {
    std::string stdoutText;
    std::string stderrText;
    int exitStatus = 0;            // 0, SystemExit's code, 1 after an uncaught exception or a syntax error
    long long instructions = 0;    // executed by the program
    long long simulatedNs = 0;     // simulated time at the end
    // Objects still alive once the program, its interpreter and its code are gone and the heap
    // has reclaimed its cycles, other than the context's own strings and empty tuple: 0 unless
    // a kind keeps values that Object::dropReferences does not let go of.
    std::size_t objectsLeft = 0;
};

TestRunResult runProgramForTest(std::string_view source, const std::string& fileName,
                                PythonVersion version = PythonVersion::Python3, VmConfig config = {});

}  // namespace ts::script
