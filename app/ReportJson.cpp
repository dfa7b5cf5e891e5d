#include "ReportJson.h"

#include <optional>

#include "report/NumberText.h"
#include "report/JsonWriter.h"

namespace ts::app {
namespace {

using Layout = JsonWriter::Layout;

void writeProcess(JsonWriter& json, const ProcessMetrics& p) {
    json.beginObject(Layout::Inline);
    json.key("pid").value(p.pid);
    json.key("name").value(p.name);
    json.key("arrival_ns").value(p.arrival);
    json.key("first_run_ns").value(p.firstRun);
    json.key("completion_ns").value(p.completion);
    json.key("turnaround_ns").value(p.turnaround);
    json.key("waiting_ns").value(p.waiting);
    json.key("response_ns").value(p.response);
    json.key("cpu_ns").value(p.cpu);
    json.key("deadline_misses").value(p.deadlineMisses);
    // Extensions.
    json.key("preemptions").value(p.preemptions);
    json.key("jobs_released").value(p.jobsReleased);
    json.key("jobs_completed").value(p.jobsCompleted);
    json.endObject();
}

void writeThread(JsonWriter& json, const ThreadMetrics& t) {
    json.beginObject(Layout::Inline);
    json.key("tid").value(t.tid);
    json.key("pid").value(t.pid);
    json.key("name").value(t.name);
    json.key("daemon").value(t.daemon);
    json.key("start_ns").value(t.start);
    json.key("end_ns").value(t.end);
    json.key("cpu_ns").value(t.cpu);
    json.key("waiting_ns").value(t.waiting);
    json.endObject();
}

void writeSlice(JsonWriter& json, const SliceRecord& s) {
    json.beginObject(Layout::Inline);
    json.key("cpu").value(static_cast<int>(s.cpu));
    json.key("pid").value(static_cast<int>(s.pid));
    json.key("tid").value(static_cast<int>(s.tid));
    json.key("start_ns").value(s.start);
    json.key("end_ns").value(s.end);
    json.key("kind").value(s.kind == Slice::Kind::Switch ? "switch" : "run");
    json.endObject();
}

}  // namespace

void ReportJson::write(std::ostream& out, const RunReport& r, Options options) {
    JsonWriter json(out);
    json.beginObject();
    json.key("scenario").value(r.scenario);
    json.key("policy").value(r.policy);
    json.key("quantum_ns").value(r.quantum);
    json.key("cpus").value(r.cpus);
    json.key("seed").value(r.seed);
    json.key("end_ns").value(r.end);
    json.key("context_switches").value(r.contextSwitches);
    json.key("dispatches").value(r.dispatches);
    json.key("cpu_utilization").rawNumber(utilizationText(r.cpuUtilization));

    json.key("processes").beginArray();
    for (const ProcessMetrics& p : r.processes) writeProcess(json, p);
    json.endArray();
    json.key("threads").beginArray();
    for (const ThreadMetrics& t : r.threads) writeThread(json, t);
    json.endArray();
    if (options.slices) {
        json.key("slices").beginArray();
        for (const SliceRecord& s : r.slices) writeSlice(json, s);
        json.endArray();
    }
    json.key("output").beginArray();
    for (const OutputRecord& o : r.output) {
        json.beginObject(Layout::Inline);
        json.key("t_ns").value(o.t);
        json.key("thread").value(o.thread);
        json.key("stream").value(o.stream);
        json.key("text").value(o.text);
        json.endObject();
    }
    json.endArray();
    json.key("exit").beginObject(Layout::Inline);
    json.key("status").value(r.exitStatus);
    json.key("message").value(r.exitMessage);
    json.endObject();

    // Extensions, after every SPEC key.
    json.key("title").value(r.title);
    json.key("unit").value(r.unit);
    json.key("timer_interrupts").value(r.timerInterrupts);
    json.key("preemptions").value(r.preemptions);
    if (options.decisions) {
        json.key("decisions").beginArray();
        for (const DecisionRecord& d : r.decisions) {
            json.beginObject(Layout::Inline);
            json.key("t_ns").value(d.t);
            json.key("cpu").value(d.cpu);
            json.key("tid").value(d.tid);
            json.key("reason").value(d.sentence);
            json.endObject();
        }
        json.endArray();
    }
    // The scenario's captions at their moments (docs/captions.md); t_ns null: never reached.
    json.key("captions").beginArray();
    for (const CaptionRecord& c : r.captions) {
        json.beginObject(Layout::Inline);
        json.key("t_ns").value(c.t);
        json.key("text").value(c.text);
        json.key("pause").value(c.pause);
        json.key("moment").value(c.moment);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.finish();
}

}  // namespace ts::app
