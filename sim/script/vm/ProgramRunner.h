#pragma once
// Runs a program's main thread to completion on a fake clock (time.sleep just advances it), with
// no kernel: what the VM's tests and the differential suite use. The product runs programs
// through the kernel binding instead, where threads interleave.
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
};

TestRunResult runProgramForTest(std::string_view source, const std::string& fileName,
                                PythonVersion version = PythonVersion::Python3, VmConfig config = {});

}  // namespace ts::script
