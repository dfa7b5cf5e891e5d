#include "OutputFile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "scenario/InputError.h"

namespace ts::app {

OutputFile::OutputFile(const std::string& path) : path_(path) {
    if (isStdout(path_)) return;
    std::error_code ignored;
    if (std::filesystem::is_directory(path_, ignored)) {
        throw InputError(path_, {}, "cannot write file: Is a directory");
    }
    errno = 0;
    file_.open(path_, std::ios::binary | std::ios::trunc);
    if (!file_) {
        throw InputError(path_, {},
                         std::string("cannot write file: ") +
                             (errno != 0 ? std::strerror(errno) : "unknown error"));
    }
}

std::ostream& OutputFile::stream() {
    return isStdout(path_) ? std::cout : file_;
}

void OutputFile::close() {
    std::ostream& out = stream();
    out.flush();
    const bool failed = !out;
    if (!isStdout(path_)) file_.close();
    if (failed || (!isStdout(path_) && !file_)) {
        throw InputError(isStdout(path_) ? std::string("<stdout>") : path_, {},
                         "writing failed (is the disk full?)");
    }
}

}  // namespace ts::app
