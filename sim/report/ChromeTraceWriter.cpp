#include "report/ChromeTraceWriter.h"

#include <algorithm>
#include <map>

#include "report/JsonWriter.h"

namespace ts {
namespace {

using Layout = JsonWriter::Layout;

// Trace viewers key threads by tid across the whole file, so CPU tracks take tids after the
// simulated threads' own, and their process an id after the simulated processes'.
struct TrackIds {
    int cpuProcess = 0;
    int firstCpuThread = 0;
};

void metadata(JsonWriter& json, const char* name, int pid, int tid, const char* argName,
              const std::string& text) {
    json.beginObject(Layout::Inline);
    json.key("name").value(name);
    json.key("ph").value("M");
    json.key("pid").value(pid);
    json.key("tid").value(tid);
    json.key("args").beginObject(Layout::Inline);
    json.key(argName).value(text);
    json.endObject();
    json.endObject();
}

void sortIndex(JsonWriter& json, const char* name, int pid, int tid, int index) {
    json.beginObject(Layout::Inline);
    json.key("name").value(name);
    json.key("ph").value("M");
    json.key("pid").value(pid);
    json.key("tid").value(tid);
    json.key("args").beginObject(Layout::Inline);
    json.key("sort_index").value(index);
    json.endObject();
    json.endObject();
}

}  // namespace

std::string ChromeTraceWriter::microseconds(Time ns) {
    const bool negative = ns < 0;
    const Time magnitude = negative ? -ns : ns;
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / 1000);
    const Time fraction = magnitude % 1000;
    if (fraction != 0) {
        std::string digits = std::to_string(fraction);
        digits.insert(0, 3 - digits.size(), '0');
        while (digits.back() == '0') digits.pop_back();
        text += '.' + digits;
    }
    return text;
}

void ChromeTraceWriter::write(std::ostream& out, const RunReport& report) {
    std::map<int, std::string> threadNames;
    int maxTid = 0;
    int maxPid = 0;
    for (const ThreadMetrics& t : report.threads) {
        threadNames[t.tid] = t.name;
        maxTid = std::max(maxTid, t.tid);
    }
    for (const ProcessMetrics& p : report.processes) maxPid = std::max(maxPid, p.pid);
    const TrackIds ids{maxPid + 1, maxTid + 1};
    int cpus = report.cpus;
    for (const SliceRecord& s : report.slices) cpus = std::max(cpus, static_cast<int>(s.cpu) + 1);

    JsonWriter json(out);
    json.beginObject();
    json.key("displayTimeUnit").value("ms");
    json.key("otherData").beginObject(Layout::Inline);
    json.key("scenario").value(report.scenario);
    json.key("title").value(report.title);
    json.key("policy").value(report.policy);
    json.endObject();
    json.key("traceEvents").beginArray();

    metadata(json, "process_name", ids.cpuProcess, ids.firstCpuThread, "name", "CPUs");
    sortIndex(json, "process_sort_index", ids.cpuProcess, ids.firstCpuThread, -1);
    for (int cpu = 0; cpu < cpus; ++cpu) {
        metadata(json, "thread_name", ids.cpuProcess, ids.firstCpuThread + cpu, "name",
                 "CPU " + std::to_string(cpu));
        sortIndex(json, "thread_sort_index", ids.cpuProcess, ids.firstCpuThread + cpu, cpu);
    }
    for (const ProcessMetrics& p : report.processes) {
        metadata(json, "process_name", p.pid, 0, "name", p.name);
        sortIndex(json, "process_sort_index", p.pid, 0, p.pid);
    }
    for (const ThreadMetrics& t : report.threads) {
        metadata(json, "thread_name", t.pid, t.tid, "name", t.name);
        sortIndex(json, "thread_sort_index", t.pid, t.tid, t.tid);
    }

    auto complete = [&](const SliceRecord& s, int pid, int tid, const std::string& name) {
        const bool overhead = s.kind == Slice::Kind::Switch;
        json.beginObject(Layout::Inline);
        json.key("name").value(name);
        json.key("cat").value(overhead ? "switch" : "run");
        json.key("ph").value("X");
        json.key("ts").rawNumber(microseconds(s.start));
        json.key("dur").rawNumber(microseconds(s.end - s.start));
        json.key("pid").value(pid);
        json.key("tid").value(tid);
        json.key("args").beginObject(Layout::Inline);
        json.key("cpu").value(static_cast<int>(s.cpu));
        json.key("thread").value(threadNames[s.tid]);
        json.endObject();
        json.endObject();
    };
    for (const SliceRecord& s : report.slices) {
        const bool overhead = s.kind == Slice::Kind::Switch;
        const std::string& thread = threadNames[s.tid];
        complete(s, ids.cpuProcess, ids.firstCpuThread + s.cpu,
                 overhead ? "context switch" : thread);
        const std::string where = " on CPU " + std::to_string(s.cpu);
        complete(s, s.pid, s.tid, (overhead ? "switching in" : "running") + where);
    }
    for (const DecisionRecord& d : report.decisions) {
        json.beginObject(Layout::Inline);
        json.key("name").value("decision");
        json.key("cat").value("scheduler");
        json.key("ph").value("i");
        json.key("s").value("t");
        json.key("ts").rawNumber(microseconds(d.t));
        json.key("pid").value(ids.cpuProcess);
        json.key("tid").value(ids.firstCpuThread + d.cpu);
        json.key("args").beginObject(Layout::Inline);
        json.key("thread").value(threadNames[d.tid]);
        json.key("reason").value(d.sentence);
        json.endObject();
        json.endObject();
    }
    // Timer interrupts on their CPU's track; job releases and deadline misses on the task's
    // (its first thread's) track.
    std::map<int, int> firstThreadOf;
    for (const ThreadMetrics& t : report.threads) firstThreadOf.emplace(t.pid, t.tid);
    for (const MarkRecord& m : report.marks) {
        const bool onCpu = m.cpu >= 0;
        json.beginObject(Layout::Inline);
        json.key("name").value(m.kind);
        json.key("cat").value(onCpu ? "interrupt" : "real-time");
        json.key("ph").value("i");
        json.key("s").value("t");
        json.key("ts").rawNumber(microseconds(m.t));
        json.key("pid").value(onCpu ? ids.cpuProcess : m.pid);
        json.key("tid").value(onCpu ? ids.firstCpuThread + m.cpu : firstThreadOf[m.pid]);
        json.key("args").beginObject(Layout::Inline);
        if (m.tid > 0) json.key("thread").value(threadNames[m.tid]);
        if (m.job >= 0) json.key("job").value(m.job);
        json.endObject();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.finish();
}

}  // namespace ts
