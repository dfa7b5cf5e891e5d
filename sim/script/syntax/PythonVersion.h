#pragma once
// Which Python grammar a program is read with. The two differ in a handful of statements and
// literals (print and exec statements, `except E, e`, backquotes, `<>`, 0777 and 10L literals);
// Auto reads Python 3 first and falls back to Python 2 (see parseProgram).
namespace ts::script {

enum class PythonVersion { Python2, Python3 };

enum class ParseMode { Auto, Python2, Python3 };

}  // namespace ts::script
