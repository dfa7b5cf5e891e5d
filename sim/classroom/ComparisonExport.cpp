#include "ComparisonExport.h"

#include "report/CsvField.h"
#include "report/JsonWriter.h"
#include "report/NumberText.h"
#include "report/TimeText.h"

namespace ts {

ComparisonExport::ComparisonExport(const WorkloadSpec& spec, const std::vector<ComparisonRow>& rows)
    : spec_(spec), rows_(rows) {}

void ComparisonExport::writeCsv(std::ostream& out) const {
    const TimeText time(spec_.unit);
    const std::string u = time.unit();
    auto cell = [&](const std::optional<Time>& t) { return t ? time.format(*t) : std::string(); };
    out << "policy,quantum_" << u << ",avg_turnaround_" << u << ",avg_waiting_" << u
        << ",avg_response_" << u
        << ",context_switches,dispatches,cpu_utilization,deadline_misses,end_" << u << ",exit\n";
    for (const ComparisonRow& row : rows_) {
        out << csvField(row.policy) << ',' << (row.quantum > 0 ? time.format(row.quantum) : "")
            << ',' << cell(row.averages.turnaround) << ',' << cell(row.averages.waiting) << ','
            << cell(row.averages.response) << ',' << row.contextSwitches << ',' << row.dispatches
            << ',' << utilizationText(row.cpuUtilization) << ',' << row.averages.deadlineMisses
            << ',' << time.format(row.end) << ',' << row.exitStatus << '\n';
    }
}

void ComparisonExport::writeJson(std::ostream& out) const {
    using Layout = JsonWriter::Layout;
    JsonWriter json(out);
    json.beginObject();
    json.key("scenario").value(spec_.path);
    json.key("title").value(spec_.title);
    json.key("cpus").value(spec_.machine.cpus);
    json.key("seed").value(static_cast<std::uint64_t>(spec_.machine.seed));
    json.key("policies").beginArray();
    for (const ComparisonRow& row : rows_) {
        json.beginObject(Layout::Inline);
        json.key("policy").value(row.policy);
        json.key("quantum_ns").value(row.quantum);
        json.key("avg_turnaround_ns").value(row.averages.turnaround);
        json.key("avg_waiting_ns").value(row.averages.waiting);
        json.key("avg_response_ns").value(row.averages.response);
        json.key("context_switches").value(row.contextSwitches);
        json.key("dispatches").value(row.dispatches);
        json.key("cpu_utilization").rawNumber(utilizationText(row.cpuUtilization));
        json.key("deadline_misses").value(row.averages.deadlineMisses);
        json.key("end_ns").value(row.end);
        json.key("exit").value(row.exitStatus);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.finish();
}

}  // namespace ts
