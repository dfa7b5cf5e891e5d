#pragma once
// Formats an exception the way CPython's default excepthook prints it:
//   Traceback (most recent call last):
//     File "race.py", line 12, in worker
//       counter += 1
//   ZeroDivisionError: division by zero
// quoting the program's source lines (stripped), folding runs of a repeated entry into
// "[Previous line repeated N more times]" and printing the exception that was being handled
// first ("During handling of the above exception, another exception occurred:"). CPython
// 3.11's ^^^^ markers under the failing expression are not drawn (positions carry no end).
// The threading module prefixes "Exception in thread NAME:" itself.
#include <string>
#include <unordered_map>

#include "script/runtime/Value.h"

namespace ts::script {

class Interpreter;

class TracebackFormatter {
public:
    TracebackFormatter(Interpreter& vm, const std::unordered_map<std::string, std::string>& sources)
        : vm_(vm), sources_(sources) {}

    std::string format(const Value& exception);
    // "ValueError: message", "__main__.MyError: message", or the bare name for an empty str().
    std::string formatExceptionOnly(const Value& exception);

private:
    void formatOne(const Value& exception, std::string& out, int depth);
    std::string sourceLine(const std::string& fileName, int line) const;

    Interpreter& vm_;
    const std::unordered_map<std::string, std::string>& sources_;
};

}  // namespace ts::script
