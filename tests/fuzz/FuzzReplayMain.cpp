// The main of a fuzz target in the normal build (ctest fuzz.<target>): it feeds every file
// named on the command line, or found in a directory named there (in name order), to the
// target's LLVMFuzzerTestOneInput, as libFuzzer would — so the seed inputs and every crashing
// input once found keep running in CI without clang. An input that crashes, throws or breaks a
// check aborts the test; the name printed just before says which one.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

bool replay(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return false;
    }
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::printf("%s (%zu bytes)\n", file.c_str(), bytes.size());
    std::fflush(stdout);
    // A copy of exactly the input's size, so that ASan sees a read past its end, as in libFuzzer.
    std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(data.empty() ? nullptr : data.data(), data.size());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        std::error_code error;
        if (fs::is_directory(path, error)) {
            for (const fs::directory_entry& entry : fs::directory_iterator(path)) {
                if (entry.is_regular_file()) files.push_back(entry.path());
            }
        } else if (fs::is_regular_file(path, error)) {
            files.push_back(path);
        } else {
            std::fprintf(stderr, "no such file or directory: %s\n", argv[i]);
            return 2;
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: %s FILE|DIR...: no inputs given\n", argc > 0 ? argv[0] : "replay");
        return 2;
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        if (!replay(file)) return 1;
    }
    std::printf("%zu inputs replayed without a finding\n", files.size());
    return 0;
}
