#include "TextGanttChart.h"

#include <algorithm>
#include <map>

#include "report/Utf8Text.h"

namespace ts::app {
namespace {

constexpr std::size_t kMaxLabel = 12;  // longer names are cut in the chart only
// Columns the whole run would take if no name or time label needed more room.
constexpr std::size_t kProportionalSpan = 72;

// A name per thread that tells it apart: the thread's own name when no other thread has it,
// else "process/thread".
std::map<int, std::string> threadLabels(const RunReport& report) {
    std::map<std::string, int> uses;
    for (const ThreadMetrics& t : report.threads) ++uses[t.name];
    std::map<int, std::string> processNames;
    for (const ProcessMetrics& p : report.processes) processNames[p.pid] = p.name;
    std::map<int, std::string> labels;
    for (const ThreadMetrics& t : report.threads) {
        const std::string name = uses[t.name] > 1 ? processNames[t.pid] + "/" + t.name : t.name;
        labels[t.tid] = utf8::truncated(name, kMaxLabel);
    }
    return labels;
}

}  // namespace

TextGanttChart::TextGanttChart(const RunReport& report, Options options)
    : options_(options), timeText_(report.unit) {
    buildSegments(report);
    layOutColumns();
}

void TextGanttChart::buildSegments(const RunReport& report) {
    std::vector<Slice> slices;
    for (const Slice& s : report.slices) {
        if (s.end > s.start) slices.push_back(s);
    }
    std::stable_sort(slices.begin(), slices.end(), [](const Slice& a, const Slice& b) {
        return a.start != b.start ? a.start < b.start : a.cpu < b.cpu;
    });
    chartEnd_ = report.end;
    for (const Slice& s : slices) chartEnd_ = std::max(chartEnd_, s.end);
    if (slices.size() > options_.maxSlices && options_.maxSlices > 0) {
        // Draw up to where the first slice left out begins; slices running across that point
        // are drawn up to it.
        Time cut = slices[options_.maxSlices].start;
        if (cut <= slices.front().start) cut = slices.front().end;
        std::size_t shown = 0;
        while (shown < slices.size() && slices[shown].start < cut) ++shown;
        hiddenSlices_ = slices.size() - shown;
        slices.resize(shown);
        chartEnd_ = cut;
    }

    const std::map<int, std::string> labels = threadLabels(report);
    int cpus = std::max(report.cpus, 1);
    for (const Slice& s : slices) cpus = std::max(cpus, static_cast<int>(s.cpu) + 1);
    cpuSegments_.assign(static_cast<std::size_t>(cpus), {});
    for (const Slice& s : slices) {
        std::vector<Segment>& row = cpuSegments_[s.cpu];
        const Time previousEnd = row.empty() ? 0 : row.back().end;
        const Time start = std::max(s.start, previousEnd);  // never overlap, whatever comes in
        const Time end = std::min(s.end, chartEnd_);
        if (end <= start) continue;
        if (start > previousEnd) row.push_back(Segment{previousEnd, start, Kind::Idle, {}});
        const auto label = labels.find(s.tid);
        row.push_back(Segment{start, end, s.kind == Slice::Kind::Switch ? Kind::Switch : Kind::Run,
                              label != labels.end() ? label->second : "?"});
    }
    for (std::vector<Segment>& row : cpuSegments_) {
        const Time last = row.empty() ? 0 : row.back().end;
        if (last < chartEnd_) row.push_back(Segment{last, chartEnd_, Kind::Idle, {}});
    }
    // A CPU that never ran anything gets no row: 256 CPUs with three busy show three rows.
    for (std::size_t cpu = 0; cpu < cpuSegments_.size(); ++cpu) {
        const auto& row = cpuSegments_[cpu];
        const bool busy = std::any_of(row.begin(), row.end(),
                                      [](const Segment& s) { return s.kind != Kind::Idle; });
        if (busy) {
            shownCpus_.push_back(cpu);
        } else {
            ++idleCpus_;
        }
    }
    labelWidth_ = std::string("CPU " + std::to_string(cpus - 1) + " ").size();
}

std::size_t TextGanttChart::columnOf(Time t) const {
    const auto it = std::lower_bound(boundaries_.begin(), boundaries_.end(), t);
    return columns_[static_cast<std::size_t>(it - boundaries_.begin())];
}

void TextGanttChart::layOutColumns() {
    boundaries_.clear();
    boundaries_.push_back(0);
    for (std::size_t cpu : shownCpus_) {
        for (const Segment& segment : cpuSegments_[cpu]) {
            boundaries_.push_back(segment.start);
            boundaries_.push_back(segment.end);
        }
    }
    std::sort(boundaries_.begin(), boundaries_.end());
    boundaries_.erase(std::unique(boundaries_.begin(), boundaries_.end()), boundaries_.end());
    for (Time t : boundaries_) boundaryLabels_.push_back(timeText_.format(t));

    // Segments ending at each boundary, with the columns they need from their start.
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> needs(boundaries_.size());
    auto indexOf = [&](Time t) {
        return static_cast<std::size_t>(
            std::lower_bound(boundaries_.begin(), boundaries_.end(), t) - boundaries_.begin());
    };
    for (std::size_t cpu : shownCpus_) {
        for (const Segment& segment : cpuSegments_[cpu]) {
            // A bar, then the name with a space either side; overhead and idle need one mark.
            const std::size_t need = segment.kind == Kind::Run ? utf8::width(segment.label) + 3 : 2;
            needs[indexOf(segment.end)].emplace_back(indexOf(segment.start), need);
        }
    }

    const double span = static_cast<double>(std::max<Time>(boundaries_.back(), 1));
    const double perNanosecond = static_cast<double>(kProportionalSpan) / span;
    columns_.assign(boundaries_.size(), 0);
    for (std::size_t k = 1; k < boundaries_.size(); ++k) {
        const double gap = static_cast<double>(boundaries_[k] - boundaries_[k - 1]);
        const auto proportional = static_cast<std::size_t>(gap * perNanosecond + 0.5);
        std::size_t column = columns_[k - 1] + std::max<std::size_t>(proportional, 1);
        // The previous boundary's time label must end before this one's begins.
        column = std::max(column, columns_[k - 1] + boundaryLabels_[k - 1].size() + 1);
        for (const auto& [startIndex, need] : needs[k]) {
            column = std::max(column, columns_[startIndex] + need);
        }
        columns_[k] = column;
    }
}

std::string TextGanttChart::renderBlock(std::size_t first, std::size_t last,
                                        bool& continued) const {
    const std::size_t offset = columns_[first];
    const std::size_t width = columns_[last] - offset + 1;
    const Time from = boundaries_[first];
    const Time to = boundaries_[last];
    std::string out;
    for (std::size_t cpu : shownCpus_) {
        // One cell per column, each holding one character (names may be multi-byte UTF-8).
        std::vector<std::string> cells(width, " ");
        for (const Segment& segment : cpuSegments_[cpu]) {
            if (segment.end <= from || segment.start >= to) continue;
            const Time start = std::max(segment.start, from);
            const Time end = std::min(segment.end, to);
            const std::size_t left = columnOf(start) - offset;
            const std::size_t right = columnOf(end) - offset;
            // ':' marks a segment that goes on in the block before or after this one.
            cells[left] = start == segment.start ? "|" : ":";
            cells[right] = end == segment.end ? "|" : ":";
            continued = continued || start != segment.start || end != segment.end;
            const char* fill = segment.kind == Kind::Switch ? "#"
                               : segment.kind == Kind::Idle ? "."
                                                            : " ";
            for (std::size_t i = left + 1; i < right; ++i) cells[i] = fill;
            const std::size_t body = right - left - 1;
            const std::size_t labelWidth = utf8::width(segment.label);
            if (segment.kind == Kind::Run && labelWidth <= body) {
                std::size_t column = left + 1 + (body - labelWidth) / 2;
                const std::string& label = segment.label;
                for (std::size_t i = 0; i < label.size(); ++column) {
                    const std::size_t length =
                        std::max<std::size_t>(utf8::sequenceLength(label, i), 1);
                    cells[column] = label.substr(i, length);
                    i += length;
                }
            }
        }
        std::string row;
        for (const std::string& cell : cells) row += cell;
        std::string prefix = "CPU " + std::to_string(cpu);
        prefix.resize(labelWidth_, ' ');
        out += prefix + row + '\n';
    }
    std::string axis(labelWidth_, ' ');
    for (std::size_t k = first; k <= last; ++k) {
        const std::size_t column = labelWidth_ + columns_[k] - offset;
        if (axis.size() < column) axis.resize(column, ' ');
        axis += boundaryLabels_[k];
    }
    return out + axis + '\n';
}

std::string TextGanttChart::render() const {
    if (shownCpus_.empty() || boundaries_.size() < 2) return "(no CPU time was used)\n";
    const std::size_t budget =
        options_.maxWidth > labelWidth_ + 10 ? options_.maxWidth - labelWidth_ : 10;
    std::string out;
    bool continued = false;
    for (std::size_t first = 0; first + 1 < boundaries_.size();) {
        std::size_t last = first + 1;
        while (last + 1 < boundaries_.size() &&
               columns_[last + 1] - columns_[first] + boundaryLabels_[last + 1].size() <= budget) {
            ++last;
        }
        if (!out.empty()) out += '\n';
        out += renderBlock(first, last, continued);
        first = last;
    }
    std::string legend = "times in " + timeText_.unit();
    bool anySwitch = false;
    bool anyIdle = false;
    for (std::size_t cpu : shownCpus_) {
        for (const Segment& segment : cpuSegments_[cpu]) {
            anySwitch = anySwitch || segment.kind == Kind::Switch;
            anyIdle = anyIdle || segment.kind == Kind::Idle;
        }
    }
    if (anySwitch) legend += "   # context switch";
    if (anyIdle) legend += "   . idle";
    if (continued) legend += "   : continues in the next block";
    out += legend + '\n';
    if (idleCpus_ > 0) {
        out += "(" + std::to_string(idleCpus_) + " idle " + (idleCpus_ == 1 ? "CPU" : "CPUs") +
               " not shown)\n";
    }
    if (hiddenSlices_ > 0) {
        out += "... and " + std::to_string(hiddenSlices_) + " more slices after " +
               timeText_.format(chartEnd_) + " " + timeText_.unit() +
               "; --json or --trace shows them all\n";
    }
    return out;
}

}  // namespace ts::app
