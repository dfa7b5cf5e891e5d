#include "SweepOutput.h"

#include "TextTable.h"
#include "classroom/SweepCsv.h"
#include "report/TimeText.h"
#include "report/JsonWriter.h"
#include "report/NumberText.h"

namespace ts::app {

SweepOutput::SweepOutput(std::string scenario, std::string title, std::string unit, bool program,
                         SweepParameter parameter, const std::vector<SweepPoint>& points)
    : scenario_(std::move(scenario)), title_(std::move(title)), unit_(std::move(unit)),
      program_(program), parameter_(parameter), points_(points) {}

std::string SweepOutput::table() const {
    const TimeText time(unit_);
    auto cell = [&](const std::optional<Time>& t) { return t ? time.format(*t) : std::string("-"); };
    using Align = TextTable::Align;
    std::vector<TextTable::Column> columns = {{SweepValues::name(parameter_)}};
    if (program_) {
        for (const char* c : {"Exit", "Switches", "CPU util.", "End time"}) columns.push_back({c});
        columns.push_back({"Last output line", Align::Left});
    } else {
        for (const char* c : {"Avg turnaround", "Avg waiting", "Avg response", "Switches",
                              "CPU util.", "End time"}) {
            columns.push_back({c});
        }
    }
    TextTable table(std::move(columns));
    for (const SweepPoint& p : points_) {
        const std::string value = SweepValues::format(parameter_, p.value);
        const std::string util = percentText(p.cpuUtilization) + "%";
        if (program_) {
            table.addRow({value, p.exitStatus, std::to_string(p.contextSwitches), util,
                          time.format(p.end), p.lastOutputLine()});
        } else {
            table.addRow({value, cell(p.averageTurnaround), cell(p.averageWaiting),
                          cell(p.averageResponse), std::to_string(p.contextSwitches), util,
                          time.format(p.end)});
        }
    }
    const std::string name = title_.empty() ? scenario_ : title_;
    return name + "  [" + std::to_string(points_.size()) + " runs, " +
           SweepValues::name(parameter_) + " varied, times in " + time.unit() + "]\n\n" +
           table.render();
}

void SweepOutput::writeCsv(std::ostream& out) const {
    writeSweepCsv(out, parameter_, points_);
}

void SweepOutput::writeJson(std::ostream& out) const {
    using Layout = JsonWriter::Layout;
    JsonWriter json(out);
    json.beginObject();
    json.key("scenario").value(scenario_);
    json.key("title").value(title_);
    json.key("parameter").value(SweepValues::name(parameter_));
    json.key("points").beginArray();
    for (const SweepPoint& p : points_) {
        json.beginObject(Layout::Inline);
        json.key("value").value(p.value);
        json.key("value_text").value(SweepValues::format(parameter_, p.value));
        json.key("avg_turnaround_ns").value(p.averageTurnaround);
        json.key("avg_waiting_ns").value(p.averageWaiting);
        json.key("avg_response_ns").value(p.averageResponse);
        json.key("context_switches").value(p.contextSwitches);
        json.key("cpu_utilization").rawNumber(utilizationText(p.cpuUtilization));
        json.key("end_ns").value(p.end);
        json.key("exit").beginObject(Layout::Inline);
        json.key("status").value(p.exitStatus);
        json.key("message").value(p.exitMessage);
        json.endObject();
        if (program_) {
            json.key("output").beginArray(Layout::Inline);
            for (const std::string& line : p.output) json.value(line);
            json.endArray();
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.finish();
}

}  // namespace ts::app
