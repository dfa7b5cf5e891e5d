#pragma once
// A place in a scenario file, for error messages: 1-based line and column (0: unknown).
namespace ts {

struct SourcePos {
    int line = 0;
    int column = 0;
    bool known() const { return line > 0; }
};

}  // namespace ts
