#include "ProcessAverages.h"

#include "kernel/WideInt.h"

namespace ts {
namespace {

// Sums in 128 bits: a thousand processes of long runs could pass the range of a Time.
class Mean {
  public:
    void add(const std::optional<Time>& value) {
        if (!value) return;
        sum_ += *value;
        ++count_;
    }
    std::optional<Time> value() const {
        if (count_ == 0) return std::nullopt;
        const Int128 half = count_ / 2;
        return static_cast<Time>((sum_ >= 0 ? sum_ + half : sum_ - half) / count_);
    }

  private:
    Int128 sum_ = 0;
    Int128 count_ = 0;
};

}  // namespace

ProcessAverages ProcessAverages::of(const RunReport& report) {
    Mean turnaround;
    Mean waiting;
    Mean response;
    Mean cpu;
    ProcessAverages averages;
    for (const ProcessMetrics& p : report.processes) {
        turnaround.add(p.turnaround);
        waiting.add(p.waiting);
        response.add(p.response);
        cpu.add(p.cpu);
        averages.deadlineMisses += p.deadlineMisses;
    }
    averages.turnaround = turnaround.value();
    averages.waiting = waiting.value();
    averages.response = response.value();
    averages.cpu = cpu.value();
    return averages;
}

}  // namespace ts
