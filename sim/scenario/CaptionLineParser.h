#pragma once
// The value of a program's `caption:` front matter line (docs/captions.md):
//
//   caption: WHEN [pause]: TEXT
//   WHEN := TIME                                  3ms, 1.5s, 250us (a bare number is in ms)
//         | line N [THREAD] [#K]                  a thread reaches source line N
//         | EVENT [REASON] [THREAD] [at line N] [#K]
//   EVENT := dispatch | preempt | block | wake | exit | output | deadline-miss
//   REASON (block, wake) := io | sleep | period | lock | semaphore | event | condition | join
//                         | barrier | queue | gil
//   THREAD := a name without spaces, or any name in double quotes ("Thread-1 (worker)")
//
// The words after the moment may come in any order. The text is everything after the first
// ':' outside quotes. Errors are InputErrors at the offending word.
#include <string>
#include <string_view>

#include "scenario/Caption.h"
#include "scenario/SourcePos.h"

namespace ts {

// `value` is the text after `caption:` with surrounding blanks removed; `valuePos` is where its
// first character stands in the file.
Caption parseCaptionLine(std::string_view value, SourcePos valuePos, const std::string& path);

}  // namespace ts
