#include "classroom/QuizBuilder.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "classroom/QuizCandidates.h"
#include "classroom/QuizSetting.h"
#include "random/Random.h"
#include "scenario/InputError.h"

namespace ts {
namespace {

// Every candidate the run offers, one list per kind, in the order the sheet lists kinds.
std::vector<std::vector<QuizQuestion>> pools(const RunReport& report, bool program,
                                             const std::string& unit, Random& instants) {
    const QuizCandidates c(report, unit, QuizCandidates::nounFor(report, program));
    std::vector<std::vector<QuizQuestion>> all;
    all.push_back(c.runningAt(instants));
    all.push_back(c.nextAfterSwitch());
    if (program) {
        all.push_back(c.outputLines());
        all.push_back(c.threadOfLine());
        all.push_back(c.finalCounter());
    } else {
        all.push_back(c.completion());
        all.push_back(c.waiting());
        all.push_back(c.turnaround());
        all.push_back(c.averageWaiting());
        all.push_back(c.averageTurnaround());
    }
    all.push_back(c.contextSwitches());
    return all;
}

// What a question is about, so that a sheet spreads its questions.
std::string topicOf(const QuizQuestion& q) {
    if (!q.subject.empty()) return "s:" + q.subject;
    if (q.line > 0) return "l:" + std::to_string(q.line);
    return "t:" + std::to_string(q.at);
}

std::string baseName(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

int QuizBuilder::available(const RunReport& report, bool program, const std::string& unit) {
    Random instants(1);
    std::size_t total = 0;
    for (const auto& pool : pools(report, program, unit, instants)) total += pool.size();
    return static_cast<int>(std::min<std::size_t>(total, kMaxQuestions));
}

std::vector<QuizQuestion> QuizBuilder::draw(const RunReport& report, bool program,
                                            const std::string& unit, const std::string& path,
                                            int questions, std::uint64_t seed) {
    // Separate streams: which instants are asked about does not change which questions are.
    Random instants = Random::stream(seed, 1);
    Random picks = Random::stream(seed, 2);
    std::vector<std::vector<QuizQuestion>> all = pools(report, program, unit, instants);
    std::size_t total = 0;
    for (const auto& pool : all) total += pool.size();
    if (questions < 1 || static_cast<std::size_t>(questions) > total) {
        throw InputError(path, {},
                         "this run offers " + std::to_string(total) + " different questions; ask for " +
                             (total == 0 ? std::string("none") : "1 to " + std::to_string(total)) +
                             " (--questions), or use a longer scenario");
    }
    // The kinds take turns in a shuffled order; each turn takes a random question of its kind.
    std::vector<std::size_t> kinds;
    for (std::size_t k = 0; k < all.size(); ++k) {
        if (!all[k].empty()) kinds.push_back(k);
    }
    for (std::size_t i = kinds.size(); i > 1; --i) {
        std::swap(kinds[i - 1], kinds[static_cast<std::size_t>(picks.below(i))]);
    }
    // Indices still free in each pool, and the (kind, index) pairs taken.
    std::vector<std::vector<std::size_t>> remaining(all.size());
    for (std::size_t k = 0; k < all.size(); ++k) {
        for (std::size_t i = 0; i < all[k].size(); ++i) remaining[k].push_back(i);
    }
    std::vector<std::pair<std::size_t, std::size_t>> taken;
    std::set<std::string> topics;
    for (std::size_t turn = 0; taken.size() < static_cast<std::size_t>(questions); ++turn) {
        const std::size_t k = kinds[turn % kinds.size()];
        std::vector<std::size_t>& left = remaining[k];
        if (left.empty()) continue;
        // Prefer a question about a process, instant or line no question is about yet.
        std::vector<std::size_t> fresh;
        for (std::size_t i = 0; i < left.size(); ++i) {
            if (!topics.count(topicOf(all[k][left[i]]))) fresh.push_back(i);
        }
        const std::size_t at = fresh.empty() ? static_cast<std::size_t>(picks.below(left.size()))
                                             : fresh[static_cast<std::size_t>(picks.below(fresh.size()))];
        topics.insert(topicOf(all[k][left[at]]));
        taken.emplace_back(k, left[at]);
        left.erase(left.begin() + static_cast<std::ptrdiff_t>(at));
    }
    std::sort(taken.begin(), taken.end());
    std::vector<QuizQuestion> out;
    out.reserve(taken.size());
    for (const auto& [k, i] : taken) out.push_back(std::move(all[k][i]));
    return out;
}

Quiz QuizBuilder::forWorkload(const WorkloadSpec& spec, const RunReport& report, int questions,
                              std::uint64_t seed) {
    Quiz quiz;
    quiz.title = spec.title.empty() ? baseName(spec.path) : spec.title;
    quiz.scenario = spec.path;
    quiz.seed = seed;
    quiz.setting = QuizSetting::workload(spec);
    quiz.questions = draw(report, false, spec.unit, spec.path, questions, seed);
    return quiz;
}

Quiz QuizBuilder::forProgram(const ProgramSpec& spec, const RunReport& report, int questions,
                             std::uint64_t seed) {
    Quiz quiz;
    quiz.title = spec.title.empty() ? baseName(spec.path) : spec.title;
    quiz.scenario = spec.path;
    quiz.seed = seed;
    quiz.setting = QuizSetting::program(spec);
    // A program's instants are nanoseconds apart: each time is written in the unit it reaches.
    quiz.questions = draw(report, true, "", spec.path, questions, seed);
    return quiz;
}

}  // namespace ts
