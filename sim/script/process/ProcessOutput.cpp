#include "script/process/ProcessOutput.h"

#include <algorithm>

#include "script/process/PythonProcess.h"
#include "script/vm/VmThread.h"

namespace ts::script {

void ProcessOutput::write(OutputStream stream, std::string_view text, const VmThread& writer, Time at) {
    PendingLine& line = pending_[stream == OutputStream::Stdout ? 0 : 1];
    while (!text.empty()) {
        if (line.text.empty()) {
            // The line belongs to the thread (and instant) that began it.
            line.thread = writer.name;
            line.tid = process_.tidOf(writer);
            line.at = at;
        }
        const std::size_t newline = text.find('\n');
        if (newline == std::string_view::npos) {
            line.text += text;
            return;
        }
        line.text += text.substr(0, newline + 1);
        text.remove_prefix(newline + 1);
        emit(stream, line);
    }
}

void ProcessOutput::flushLine(OutputStream stream) {
    PendingLine& line = pending_[stream == OutputStream::Stdout ? 0 : 1];
    if (!line.text.empty()) emit(stream, line);
}

void ProcessOutput::flush() {
    for (int i = 0; i < 2; ++i) {
        if (!pending_[i].text.empty()) emit(i == 0 ? OutputStream::Stdout : OutputStream::Stderr, pending_[i]);
    }
}

void ProcessOutput::emit(OutputStream stream, PendingLine& line) {
    const Time at = std::max(line.at, lastShown_);
    lastShown_ = at;
    kernel_.reportOutput(at, line.tid, stream, line.text);
    records_.push_back(OutputRecord{at, line.thread, stream == OutputStream::Stdout ? "stdout" : "stderr",
                                    std::move(line.text)});
    line.text.clear();
}

}  // namespace ts::script
