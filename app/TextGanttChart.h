#pragma once
// The run's Gantt chart as text, textbook style: one row per CPU, each stretch of time a
// segment between bars with the thread's name in it, and the times of the boundaries beneath,
// in the scenario's unit. For Silberschatz's FCFS example (P1 24, P2 3, P3 3 ms):
//
//   CPU 0 |   P1   ...   |  P2  |  P3  |
//         0              24     27     30
//
// Widths are proportional to time with a minimum so every name and time label fits; all CPUs
// share one time axis. Context-switch overhead is drawn '#', idle time '.'. A chart wider than
// the page wraps into several blocks; a run with very many slices shows its beginning only.
#include <cstddef>
#include <string>
#include <vector>

#include "report/TimeText.h"
#include "report/RunReport.h"

namespace ts::app {

class TextGanttChart {
  public:
    struct Options {
        std::size_t maxWidth = 100;  // columns of a line, CPU label included
        std::size_t maxSlices = 60;  // beyond this only the beginning is drawn
    };

    TextGanttChart(const RunReport& report, Options options);

    std::string render() const;

  private:
    enum class Kind { Run, Switch, Idle };
    struct Segment {
        Time start;
        Time end;
        Kind kind;
        std::string label;
    };

    void buildSegments(const RunReport& report);
    void layOutColumns();
    std::size_t columnOf(Time t) const;
    std::string renderBlock(std::size_t first, std::size_t last, bool& continued) const;

    Options options_;
    TimeText timeText_;
    std::vector<std::vector<Segment>> cpuSegments_;  // per CPU, in time order, gaps filled
    std::vector<Time> boundaries_;                   // every segment edge, sorted, unique
    std::vector<std::size_t> columns_;               // the column of each boundary
    std::vector<std::string> boundaryLabels_;
    std::size_t labelWidth_ = 0;  // "CPU 12 "
    Time chartEnd_ = 0;
    std::size_t hiddenSlices_ = 0;
    std::vector<std::size_t> shownCpus_;  // CPUs that ran something
    std::size_t idleCpus_ = 0;
};

}  // namespace ts::app
