#include "DefaultScenario.h"

#include <filesystem>
#include <system_error>

namespace ts::app {
namespace {

namespace fs = std::filesystem;

fs::path executableDirectory(const std::string& argv0) {
    std::error_code error;
    fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (error || self.empty()) self = fs::absolute(argv0, error);
    return self.parent_path();
}

}  // namespace

std::vector<std::string> DefaultScenario::candidates(const std::string& argv0) {
    const fs::path bin = executableDirectory(argv0);
    std::vector<std::string> paths = {
        (bin / ".." / ".." / "scenarios" / "default.json").lexically_normal().string(),
        (bin / ".." / "share" / "timeslice" / "scenarios" / "default.json")
            .lexically_normal()
            .string(),
    };
#ifdef TIMESLICE_SCENARIO_DIR
    paths.push_back(
        (fs::path(TIMESLICE_SCENARIO_DIR) / "default.json").lexically_normal().string());
#endif
    return paths;
}

std::optional<std::string> DefaultScenario::locate(const std::string& argv0) {
    for (const std::string& path : candidates(argv0)) {
        std::error_code error;
        if (fs::is_regular_file(path, error)) return path;
    }
    return std::nullopt;
}

}  // namespace ts::app
