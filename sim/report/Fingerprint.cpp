#include "report/Fingerprint.h"

#include <cstdio>
#include <cstring>

namespace ts {
namespace {

// FNV-1a over the report's fields in a fixed order; integers are mixed in little-endian byte
// order and doubles by their bit pattern, so the result is the same on every build.
class Hasher {
public:
    void bytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) {
            h_ ^= p[i];
            h_ *= 0x100000001b3ULL;
        }
    }
    void integer(std::int64_t v) {
        unsigned char b[8];
        for (int i = 0; i < 8; ++i) b[i] = static_cast<unsigned char>(static_cast<std::uint64_t>(v) >> (8 * i));
        bytes(b, 8);
    }
    void real(double v) {
        std::uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        integer(static_cast<std::int64_t>(bits));
    }
    void text(const std::string& s) {
        integer(static_cast<std::int64_t>(s.size()));
        bytes(s.data(), s.size());
    }
    void optional(const std::optional<Time>& t) { integer(t ? *t : -1); }
    std::uint64_t value() const { return h_; }

private:
    std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace

std::uint64_t Fingerprint::of(const RunReport& r) {
    Hasher h;
    h.text(r.policy);
    h.integer(r.quantum);
    h.integer(r.cpus);
    h.integer(static_cast<std::int64_t>(r.seed));
    h.integer(r.end);
    h.integer(r.contextSwitches);
    h.integer(r.dispatches);
    h.integer(r.timerInterrupts);
    h.integer(r.preemptions);
    h.integer(r.events);
    h.real(r.cpuUtilization);
    for (const auto& p : r.processes) {
        h.integer(p.pid);
        h.text(p.name);
        h.integer(p.arrival);
        h.optional(p.firstRun);
        h.optional(p.completion);
        h.integer(p.waiting);
        h.integer(p.cpu);
        h.integer(p.deadlineMisses);
        h.integer(p.jobsReleased);
        h.integer(p.preemptions);
    }
    for (const auto& t : r.threads) {
        h.integer(t.tid);
        h.integer(t.pid);
        h.text(t.name);
        h.integer(t.daemon);
        h.optional(t.start);
        h.optional(t.end);
        h.integer(t.cpu);
        h.integer(t.waiting);
    }
    for (const auto& s : r.slices) {
        h.integer(s.start);
        h.integer(s.end);
        h.integer(s.tid);
        h.integer(s.cpu);
        h.integer(static_cast<int>(s.kind));
    }
    for (const auto& d : r.decisions) {
        h.integer(d.t);
        h.integer(d.cpu);
        h.integer(d.tid);
        h.text(d.sentence);
    }
    for (const auto& o : r.output) {
        h.integer(o.t);
        h.text(o.thread);
        h.text(o.stream);
        h.text(o.text);
    }
    h.text(r.exitStatus);
    h.text(r.exitMessage);
    return h.value();
}

std::string Fingerprint::hex(std::uint64_t fingerprint) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fingerprint));
    return buf;
}

}  // namespace ts
