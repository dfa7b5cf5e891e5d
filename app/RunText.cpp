#include "RunText.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "report/NumberText.h"
#include "report/ProcessAverages.h"
#include "TextGanttChart.h"
#include "TextTable.h"
#include "report/TimeText.h"

namespace ts::app {

RunText::RunText(const RunReport& report, const MachineConfig& machine)
    : report_(report), machine_(machine) {}

std::string RunText::title() const {
    const TimeText time(report_.unit);
    const std::string name = report_.title.empty() ? report_.scenario : report_.title;
    std::string settings = report_.policy;
    if (report_.quantum > 0) {  // the report gives one only where the policy uses it
        settings += ", quantum " + time.formatWithUnit(report_.quantum);
    }
    settings += ", " + std::to_string(report_.cpus) + (report_.cpus == 1 ? " CPU" : " CPUs");
    if (machine_.contextSwitch > 0) {
        settings += ", context switch " + time.formatWithUnit(machine_.contextSwitch);
    }
    if (machine_.threadSwitch >= 0) {  // shown only when set; by default it is a fifth
        settings += ", thread switch " + time.formatWithUnit(machine_.threadSwitch);
    }
    settings += ", seed " + std::to_string(report_.seed);
    // A long title puts the settings on a line of their own, to stay within the page.
    const std::string separator = name.size() + settings.size() + 4 > 100 ? "\n" : "  ";
    return name + separator + "[" + settings + "]\n";
}

std::string RunText::metricsTable() const {
    const TimeText time(report_.unit);
    auto cell = [&](const std::optional<Time>& t) {
        return t ? time.format(*t) : std::string("-");
    };
    using Align = TextTable::Align;
    TextTable table({{"Process", Align::Left},
                     {"Arrival"},
                     {"First run"},
                     {"Completion"},
                     {"Turnaround"},
                     {"Waiting"},
                     {"Response"},
                     {"CPU"},
                     {"Deadline misses"}});
    for (const ProcessMetrics& p : report_.processes) {
        table.addRow({p.name, time.format(p.arrival), cell(p.firstRun), cell(p.completion),
                      cell(p.turnaround), time.format(p.waiting), cell(p.response),
                      time.format(p.cpu), std::to_string(p.deadlineMisses)});
    }
    const ProcessAverages mean = ProcessAverages::of(report_);
    table.addRule();
    table.addRow({"Average", "", "", "", cell(mean.turnaround), cell(mean.waiting),
                  cell(mean.response), cell(mean.cpu),
                  std::to_string(mean.deadlineMisses) + " in all"});
    return "Process metrics (times in " + time.unit() + ")\n" + table.render();
}

std::string RunText::totals() const {
    const TimeText time(report_.unit);
    const std::vector<std::pair<std::string, std::string>> lines = {
        {"End time", time.format(report_.end) + " " + time.unit()},
        {"Context switches", std::to_string(report_.contextSwitches)},
        {"Dispatches", std::to_string(report_.dispatches)},
        {"Timer interrupts", std::to_string(report_.timerInterrupts)},
        {"Pre-emptions", std::to_string(report_.preemptions)},
        {"CPU utilisation", percentText(report_.cpuUtilization) + "%"},
    };
    std::size_t width = 0;
    for (const auto& line : lines) width = std::max(width, line.first.size());
    std::string out;
    for (const auto& [label, value] : lines) {
        out += label + std::string(width + 2 - label.size(), ' ') + value + '\n';
    }
    if (report_.exitStatus == "time-limit") {
        out += "Stopped at the time limit, " + time.format(report_.end) + " " + time.unit() +
               "; a process without a completion was still running.\n";
    } else if (report_.exitStatus != "completed") {
        out += "The run ended: " + report_.exitStatus;
        if (!report_.exitMessage.empty()) out += ": " + report_.exitMessage;
        out += '\n';
    }
    return out;
}

std::string RunText::captions() const {
    if (report_.captions.empty()) return {};
    const TimeText time(report_.unit);
    std::size_t width = 0;
    for (const CaptionRecord& c : report_.captions) {
        if (c.t) width = std::max(width, time.format(*c.t).size());
    }
    std::string out = "Captions (times in " + time.unit() + ")\n";
    for (const CaptionRecord& c : report_.captions) {
        if (!c.t) continue;  // RunCommand notes the ones never reached
        const std::string at = time.format(*c.t);
        out += "  " + std::string(width - at.size(), ' ') + at + "  " + c.text + '\n';
    }
    return out;
}

std::string RunText::render() const {
    const TextGanttChart chart(report_, TextGanttChart::Options{});
    const std::string notes = captions();
    return title() + '\n' + chart.render() + '\n' + metricsTable() + '\n' + totals() +
           (notes.empty() ? "" : '\n' + notes);
}

}  // namespace ts::app
