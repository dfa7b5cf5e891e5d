#pragma once
// Where --json, --trace and --csv write: a file, or stdout for "-". A file that cannot be
// written is bad input (exit status 2) with a message naming it.
#include <fstream>
#include <ostream>
#include <string>

namespace ts::app {

class OutputFile {
  public:
    // Throws InputError when the file cannot be created.
    explicit OutputFile(const std::string& path);

    std::ostream& stream();
    // Flushes; throws InputError when writing failed (a full disk, say).
    void close();

    static bool isStdout(const std::string& path) { return path == "-"; }

  private:
    std::string path_;
    std::ofstream file_;
};

}  // namespace ts::app
