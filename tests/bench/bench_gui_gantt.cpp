// The GUI's two figures from issue 4: painting one 1920x1080 frame of a Gantt chart that holds
// a million slices (target < 8 ms), and seeking / stepping back anywhere in a run of a million
// events (target < 20 ms). Painting goes into an offscreen QImage through the same GanttPainter
// the window uses. It also measures the memory a recorded slice takes (target <= 32 bytes):
// the slice array's allocation divided by the slices in it, and the whole recording's (its
// growth of the process's resident memory) divided by the same count.
#include <benchmark/benchmark.h>

// tests/bench builds every bench_*.cpp; without the GUI library (a build without Qt) this one
// has nothing to measure.
#if !__has_include(<QApplication>)
int main() { return 0; }
#else

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <fstream>
#include <memory>
#include <random>
#include <unistd.h>

#include "classroom/ComparisonRuns.h"
#include "gantt/GanttPainter.h"
#include "gantt/GanttStyle.h"
#include "model/RunRecording.h"
#include "scenario/WorkloadLoader.h"
#include "workload/WorkloadGenerator.h"

using namespace ts;
using namespace ts::ui;

namespace {

// Four CPUs, 24 processes alternating short CPU and I/O bursts under round robin: slices of
// about a millisecond, so 110 simulated seconds give about a million of them.
std::string busyWorkload() {
    std::string json = R"({"title": "a million slices", "unit": "ms", "until": "110s",
        "machine": {"cpus": 4, "policy": "rr", "quantum": 1, "contextSwitch": 0.05},
        "processes": [)";
    for (int i = 0; i < 24; ++i) {
        json += std::string(i ? "," : "") + R"({"name": "P)" + std::to_string(i) +
                R"(", "arrival": )" + std::to_string(i) +
                R"(, "bursts": [{"cpu": {"exp": 2}}, {"io": {"exp": 3}}], "repeat": true})";
    }
    return json + "]}";
}

// The process's resident memory in bytes (/proc/self/statm), 0 where it cannot be read.
double residentBytes() {
    std::ifstream statm("/proc/self/statm");
    double size = 0, resident = 0;
    statm >> size >> resident;
    return resident * static_cast<double>(sysconf(_SC_PAGESIZE));
}

double recordingBytes = 0;  // resident memory the recording added

RunRecording& recording() {
    static std::unique_ptr<RunRecording> r = [] {
        const double before = residentBytes();
        auto rec = std::make_unique<RunRecording>(loadWorkloadText(busyWorkload(), "busy.json"));
        while (rec->extend(kNever, 1'000'000)) {
        }
        recordingBytes = residentBytes() - before;
        return rec;
    }();
    return *r;
}

void addCounters(benchmark::State& state) {
    const auto& slices = recording().trace().slices();
    const double count = static_cast<double>(slices.size());
    state.counters["slices"] = count;
    state.counters["slice array bytes/slice"] =
        static_cast<double>(slices.capacity() * sizeof(Slice)) / count;
    state.counters["recording bytes/slice"] = recordingBytes / count;
    state.counters["events"] = static_cast<double>(recording().events());
    state.counters["changes"] = static_cast<double>(recording().changes().size());
}

void paintFrame(benchmark::State& state, double visibleFraction) {
    RunRecording& r = recording();
    const GanttStyle style;
    const GanttPainter painter(style, r);
    QImage image(1920, 1080, QImage::Format_RGB32);
    const QRect area = image.rect();
    TimeAxis axis;
    const Time span = static_cast<Time>(static_cast<double>(r.endTime()) * visibleFraction);
    const Time from = (r.endTime() - span) / 2;
    axis.fit(from, from + span, painter.chartRect(area).width());
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, area, axis, r.endTime());
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    addCounters(state);
}

void BM_PaintWholeRun(benchmark::State& state) { paintFrame(state, 1.0); }
void BM_PaintTenthOfRun(benchmark::State& state) { paintFrame(state, 0.1); }
void BM_PaintZoomedIn(benchmark::State& state) { paintFrame(state, 0.0002); }

void BM_SeekAnywhere(benchmark::State& state) {
    RunRecording& r = recording();
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<Time> when(0, r.endTime());
    for (auto _ : state) {
        const Time t = when(rng);
        RunState s = r.stateAt(t);
        std::vector<int> ready = r.readyQueueAt(t);
        const Decision* d = r.decisionAt(t);
        benchmark::DoNotOptimize(s.threads.data());
        benchmark::DoNotOptimize(ready.data());
        benchmark::DoNotOptimize(d);
    }
    addCounters(state);
}

void BM_StepBack(benchmark::State& state) {
    RunRecording& r = recording();
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<Time> when(1, r.endTime());
    for (auto _ : state) {
        const Time t = r.changes().previousChangeBefore(when(rng));
        RunState s = r.stateAt(t);
        benchmark::DoNotOptimize(s.threads.data());
    }
    addCounters(state);
}

// A class's largest workload in the GUI: 1,000 processes that all arrive at once, ten CPU
// bursts each with I/O between, recorded from start to end as the window records it. The
// ready queue is hundreds of threads long at every instant; `ready queue bytes/instant` is
// what recording its order costs (the Ready panel and the Compare window read it back).
std::string thousandProcesses(const char* policy) {
    std::string json = std::string(R"({"title": "1,000 processes", "unit": "ms",
        "machine": {"cpus": 2, "policy": ")") + policy + R"(", "quantum": 4},
        "processes": [)";
    std::string bursts = R"({"cpu": {"exp": 8}})";
    for (int b = 1; b < 10; ++b) bursts += R"(, {"io": {"exp": 40}}, {"cpu": {"exp": 8}})";
    for (int i = 0; i < 1000; ++i) {
        json += std::string(i ? "," : "") + R"({"name": "P)" + std::to_string(i) + R"(", "priority": )" +
                std::to_string(i % 7) + R"(, "bursts": [)" + bursts + "]}";
    }
    return json + "]}";
}

void BM_RecordThousandProcesses(benchmark::State& state, const char* policy) {
    const std::string json = thousandProcesses(policy);
    double bytes = 0, events = 0;
    for (auto _ : state) {
        RunRecording rec(loadWorkloadText(json, "thousand.json"));
        while (rec.extend(kNever, 1'000'000)) {
        }
        bytes = static_cast<double>(rec.readyQueueBytes());
        events = static_cast<double>(rec.events());
    }
    state.counters["events"] = events;
    state.counters["ready queue MB"] = bytes / 1e6;
    state.counters["ready queue bytes/event"] = bytes / events;
}

// Reading the ready queue back anywhere in the cfs run above: up to kChainLength edits replayed
// from a whole copy of about a thousand threads (the Ready panel at every step back).
void BM_ReadyQueueAtThousand(benchmark::State& state) {
    static const std::unique_ptr<RunRecording> r = [] {
        auto rec = std::make_unique<RunRecording>(loadWorkloadText(thousandProcesses("cfs"), "thousand.json"));
        while (rec->extend(kNever, 1'000'000)) {
        }
        return rec;
    }();
    std::mt19937_64 rng(13);
    std::uniform_int_distribution<Time> when(0, r->endTime());
    std::size_t longest = 0;
    for (auto _ : state) {
        const std::vector<int> ready = r->readyQueueAt(when(rng));
        longest = std::max(longest, ready.size());
        benchmark::DoNotOptimize(ready.data());
    }
    state.counters["longest queue"] = static_cast<double>(longest);
}

// The Compare window on the largest workload the generator makes: 1,000 processes arriving at
// once, five CPU bursts each with I/O between, under eight policies, every run recorded to its
// end as the window does (one after the other; the window runs them on a worker thread).
void BM_CompareThousandProcesses(benchmark::State& state) {
    WorkloadGeneratorOptions options;
    options.processes = 1000;
    options.seed = 3;
    options.cpuBursts = 5;
    options.ioBurst = DurationDistribution::exponential(40 * kMillisecond);
    options.priorities = PriorityRange{0, 7};
    const WorkloadSpec spec = loadWorkloadText(WorkloadGenerator::generate(options), "generated.json");
    std::vector<PolicyChoice> choices;
    for (const char* name : {"fcfs", "sjf", "srtf", "hrrn", "priority", "cfs"}) choices.push_back({name, {}});
    for (const char* name : {"rr", "lottery"}) choices.push_back({name, 4 * kMillisecond});
    double grown = 0;
    for (auto _ : state) {
        const double before = residentBytes();
        const ComparisonRuns runs(spec, choices);
        grown = residentBytes() - before;
        benchmark::DoNotOptimize(runs.rows().data());
    }
    state.counters["policies"] = static_cast<double>(choices.size());
    state.counters["resident MB"] = grown / 1e6;
}

}  // namespace

BENCHMARK(BM_CompareThousandProcesses)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ReadyQueueAtThousand)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_RecordThousandProcesses, rr, "rr")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_RecordThousandProcesses, cfs, "cfs")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_RecordThousandProcesses, priority, "priority")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_RecordThousandProcesses, hrrn, "hrrn")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PaintWholeRun)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PaintTenthOfRun)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PaintZoomedIn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SeekAnywhere)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StepBack)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv) {
    // Fonts and painting need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

#endif  // __has_include(<QApplication>)
