#include "classroom/SweepCsv.h"

#include "report/CsvField.h"
#include "report/NumberText.h"

namespace ts {

void writeSweepCsv(std::ostream& out, SweepParameter parameter, const std::vector<SweepPoint>& points) {
    auto cell = [](const std::optional<Time>& t) { return t ? std::to_string(*t) : std::string(); };
    out << SweepValues::name(parameter)
        << ",avg_turnaround_ns,avg_waiting_ns,avg_response_ns,context_switches,cpu_utilization,"
           "end_ns,exit,last_output_line\n";
    for (const SweepPoint& p : points) {
        out << csvField(SweepValues::format(parameter, p.value)) << ',' << cell(p.averageTurnaround)
            << ',' << cell(p.averageWaiting) << ',' << cell(p.averageResponse) << ','
            << p.contextSwitches << ',' << utilizationText(p.cpuUtilization) << ',' << p.end << ','
            << p.exitStatus << ',' << csvField(p.lastOutputLine()) << '\n';
    }
}

}  // namespace ts
