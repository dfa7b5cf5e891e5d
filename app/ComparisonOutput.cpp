#include "ComparisonOutput.h"

#include "TextTable.h"
#include "report/NumberText.h"
#include "report/TimeText.h"

namespace ts::app {

ComparisonOutput::ComparisonOutput(const WorkloadSpec& spec, const std::vector<ComparisonRow>& rows)
    : spec_(spec), rows_(rows), export_(spec, rows) {}

std::string ComparisonOutput::table() const {
    const TimeText time(spec_.unit);
    auto cell = [&](const std::optional<Time>& t) {
        return t ? time.format(*t) : std::string("-");
    };
    using Align = TextTable::Align;
    TextTable table({{"Policy", Align::Left},
                     {"Avg turnaround"},
                     {"Avg waiting"},
                     {"Avg response"},
                     {"Switches"},
                     {"CPU util."},
                     {"Misses"},
                     {"End time"}});
    for (const ComparisonRow& row : rows_) {
        table.addRow({row.label, cell(row.averages.turnaround), cell(row.averages.waiting),
                      cell(row.averages.response), std::to_string(row.contextSwitches),
                      percentText(row.cpuUtilization) + "%",
                      std::to_string(row.averages.deadlineMisses), time.format(row.end)});
    }
    const std::string name = spec_.title.empty() ? spec_.path : spec_.title;
    return name + "  [" + std::to_string(spec_.machine.cpus) +
           (spec_.machine.cpus == 1 ? " CPU" : " CPUs") + ", times in " + time.unit() + "]\n\n" +
           table.render();
}

}  // namespace ts::app
