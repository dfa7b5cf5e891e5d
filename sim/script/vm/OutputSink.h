#pragma once
// Where a program's output goes: print, sys.stdout.write, tracebacks. Each write carries its
// stream, the thread that wrote it and the simulated time of the writing instruction, so the
// kernel binding can record every line with its time and thread (SPEC: report "output"). Writes
// are pieces of text as the program produced them; a line may arrive in several writes
// (print "a", ; print "b").
#include <string_view>

#include "kernel/SyncOp.h"
#include "kernel/Time.h"

namespace ts::script {

class VmThread;

class OutputSink {
public:
    virtual ~OutputSink() = default;
    virtual void write(OutputStream stream, std::string_view text, const VmThread& writer, Time at) = 0;
    // Shows the stream's unfinished line now, as it is (the stream was flushed). A sink that
    // keeps no unfinished lines has nothing to do.
    virtual void flushLine(OutputStream /*stream*/) {}
};

}  // namespace ts::script
